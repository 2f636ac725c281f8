import { describe, expect, it } from 'vitest';
import { quotesIn } from './helpers';

/**
 * German attribution as news features write it: an adverb before the verb puts the subject after
 * it ("Demnach fragte Weiß …"), compound roles ("der Parteienrechtler Martin Morlok, Professor an
 * der Universität Düsseldorf"), an age for the person ("erzählt der 48-Jährige"), a name opening
 * with its particle ("berichtet de Decker"). Made-up sentences; English twins where the rule is
 * not German only.
 */

const speakerOf = (paragraphs: string[], lang = 'de') => quotesIn(paragraphs, lang)[0]?.speaker ?? null;

describe('an adverb before the verb', () => {
  it('puts the subject after the verb', () => {
    expect(
      speakerOf([
        'Anna Weiß leitet den Kreisverband. Demnach fragte Weiß ihn im Oktober: „Wann kann ich Dir die nächsten Zeitungen bringen?“',
      ])?.name,
    ).toBe('Anna Weiß');
    expect(
      speakerOf(['Daarna zei minister Hugo de Jonge: „We gaan de regels aanscherpen voor de winter.”'], 'nl')
        ?.name,
    ).toBe('Hugo de Jonge');
  });

  it('is no part of a role', () => {
    expect(
      speakerOf([
        'Auch FDP-Chef Christian Lindner fordert mehr Züge. „Was würde dem Klima mehr helfen?“, sagte Lindner.',
      ]),
    ).toEqual({ name: 'Christian Lindner', role: 'FDP-Chef' });
  });
});

describe('a compound role', () => {
  it('is the role of the name after it, whatever follows the comma', () => {
    expect(
      speakerOf([
        '„Das ist ganz klar eine Absprache“, sagt der Parteienrechtler Martin Morlok, Professor an der Universität Düsseldorf.',
      ]),
    ).toEqual({ name: 'Martin Morlok', role: 'Parteienrechtler' });
    expect(
      speakerOf([
        '„Ich kann mir das nicht vorstellen“, schreibt der Bundestagsabgeordnete Stefan Keuter auf Anfrage.',
      ])?.name,
    ).toBe('Stefan Keuter');
  });
});

describe('an age standing for the person', () => {
  it('is the person the text is about, in German and English', () => {
    expect(
      speakerOf([
        'Kris de Decker kennt das aus eigener Erfahrung. Seit 2008 reist der belgische Technikjournalist von seinem Wohnort Barcelona mit dem Zug. „Ich habe diese Art zu reisen sehr genossen“, erzählt der 48-Jährige.',
      ])?.name,
    ).toBe('Kris de Decker');
    expect(
      speakerOf(
        [
          'Kris de Decker knows this from experience. Since 2008 the Belgian journalist has travelled by train. “I have really enjoyed this way of travelling,” says the 48-year-old.',
        ],
        'en',
      )?.name,
    ).toBe('Kris de Decker');
  });
});

describe('a name opening with its particle after the verb', () => {
  it('is the subject', () => {
    expect(
      speakerOf([
        'Kris de Decker reist mit dem Zug. Die Bahn strich die Nachtzüge, berichtet de Decker. „Schneller sind diese Fahrten dadurch nicht geworden, nur teurer.“',
      ])?.name,
    ).toBe('Kris de Decker');
  });
});

describe('a role set off after the name', () => {
  it('loses the clause cut off after it, but not a field ending in -ing', () => {
    const quotes = quotesIn(
      [
        '“The state has seen well above average fire activity,” said Mark Parrington, a senior scientist working on wildfire emissions at the European Centre.',
        '“Residents started complaining about the smoke,” Alberto Shiguematsu, a São Paulo resident who tweeted about it, said.',
        '“There is a trend toward moving these functions in-house,” said Randi Priluck, associate dean and professor of marketing.',
      ],
      'en',
    );
    expect(quotes.map((q) => q.speaker?.role)).toEqual([
      'a senior scientist',
      'a São Paulo resident',
      'associate dean and professor of marketing',
    ]);
  });
});
