import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Stop 52: a quoted predicate after a name alone, a German source with no comma before its verb,
 * and where an unnamed voice is rather than whom it speaks for — made-up text.
 */

describe('a name alone whose verb the quote is', () => {
  it('is spoken about in the words of whoever spoke before ("Abbas “has put aside …”")', () => {
    expect(
      speakersIn([
        '“Both leaders have shown a willingness to take real risks,” the envoy, Ann Lee, said in her speech. Palestinian Authority President Mahmoud Abbas “has put aside efforts to shortcut the pursuit of peace and come to the table.”',
      ]),
    ).toEqual(['Ann Lee', 'Ann Lee']);
  });

  it('nor a fragment told of someone named ("Mr. Reed fled, “firing …”")', () => {
    expect(
      speakersIn([
        'Capt. Dana Moss of the city police described the arrest to reporters.',
        '“The officer returned fire,” she said. Mr. Reed fled, “indiscriminately firing his weapon at passing cars.”',
      ]),
    ).toEqual(['Dana Moss', 'Dana Moss']);
  });

  it('a sentence with its own verb still gives its subject ("Claire Vasseur … a ouvert …, « avec … »")', () => {
    expect(
      speakersIn(
        [
          'Claire Vasseur, 58 ans, a ouvert sa librairie en 1994, « avec un prêt que personne ne voulait me donner à l’époque ».',
        ],
        'fr',
      ),
    ).toEqual(['Claire Vasseur']);
  });
});

describe('a German source with no comma', () => {
  it('ends at the verb after its noun ("Laut Polizei ist „…“")', () => {
    expect(speakersIn(['Laut Polizei ist „der Täter flüchtig und womöglich bewaffnet“.'], 'de')).toEqual([
      'Polizei',
    ]);
  });

  it('with an article in the dative ("Laut einem Sprecher der Stadt sind „…“")', () => {
    expect(
      speakersIn(
        ['Laut einem Sprecher der Stadt sind „die Straßen wieder frei und sicher befahrbar“.'],
        'de',
      ),
    ).toEqual(['Sprecher der Stadt']);
  });
});

describe('an unnamed voice at a place', () => {
  it('is not put after the place as if it were a body ("a firefighter at the scene")', () => {
    expect(
      speakersIn(['“It spread very quickly through the roof,” a firefighter at the scene told reporters.']),
    ).toEqual(['firefighter at the scene']);
  });

  it('a body after "at" still leads ("a nurse at St Mary’s Hospital")', () => {
    expect(
      speakersIn(['“We had no beds left by midnight,” a nurse at St Mary’s Hospital told reporters.']),
    ).toEqual(['St Mary’s Hospital nurse']);
  });
});

describe('an eagerness to say', () => {
  it('is a verb of saying ("Roe was keen to stress that … “…”")', () => {
    expect(
      speakersIn([
        'Jane Roe, an economist, said the figures were wrong.',
        'Roe was keen to stress that the plan will cost “far more than anyone has admitted so far.”',
      ]),
    ).toEqual(['Jane Roe']);
  });

  it('after "As", which is no part of the name ("As Jane Roe was quick to point out, …")', () => {
    expect(
      speakersIn([
        'Jane Roe, an economist, said the figures were wrong.',
        'As Jane Roe was quick to point out, the plan will cost “far more than anyone has admitted so far.”',
      ]),
    ).toEqual(['Jane Roe']);
  });
});
