import { describe, expect, it } from 'vitest';
import { quotesOf, speakersIn, texts } from './helpers';

/**
 * Words no one spoke (a sign's), a role that goes on speaking as "he", the subject of a clause
 * reported after "said … then", a Q&A's labelled answers, and an account's handle.
 * Made-up paragraphs in the shapes met on unlabelled news pages.
 */

describe('words shown, not spoken', () => {
  it('slogans on signs are no key quotes, whoever the paragraph before named', () => {
    const quotes = quotesOf([
      'At the vigil, they mourned Officers Lind and Marsh, and asked why other deaths drew less anger.',
      'A modest crowd moved along the avenue on Sunday evening. They walked silently. A few carried signs: "IMAGINE JUSTICE," "HOLD THE LINE," "CLAIM HUMANITY." But mostly they just walked.',
      'One protester held a sign that read “No justice, no peace for the families of the men we lost” as the crowd moved on.',
    ]);
    expect(texts(quotes)).toEqual([]);
  });

  it('but "signs:" is no sign when someone is credited with the words', () => {
    expect(
      speakersIn([
        'There were worrying signs: “We cannot keep going like this for much longer,” one nurse said.',
      ]),
    ).toEqual(['nurse']);
  });
});

describe('a role that spoke last goes on as the pronoun', () => {
  it('"‘…,’ the minister added. ‘…,’ he said." is the minister', () => {
    expect(
      speakersIn([
        '‘My officials will get the country building again,’ the minister added.',
        '‘We will strengthen the border and make the streets safer,’ he said.',
      ]),
    ).toEqual(['minister', 'minister']);
  });

  it('not a role whose noun says the other gender', () => {
    expect(
      speakersIn([
        '‘The school will reopen on Monday,’ the headmistress said.',
        '‘We will strengthen the fences around the playground,’ he said.',
      ])[1],
    ).toBeNull();
  });

  it('nor far into a paragraph that brings in someone else unnamed', () => {
    expect(
      speakersIn([
        'Months later, the same mother said, in all seriousness, “I hate that the tent is only being used for one night.”',
        'I once got a call from a woman in a panic: her daughter was getting married in a few weeks and she needed my partner and me to save the wedding. She offered no further details over the phone, insisting that we come uptown to her apartment so she could properly convey the scale of the problem. Right before she hung up, she whispered, “By the way, I’m very, very rich.”',
      ])[1],
    ).not.toBe('same mother');
  });
});

describe('the subject of a clause reported after a verb of saying', () => {
  it('"She said he then announced: “…”" is his', () => {
    expect(
      speakersIn([
        'Marta Lund was 17 when she met the financier Carl Voss.',
        'Ms Lund said Mr Voss told her: “We are going to have a special day today.” She said he then announced: “My friend will be joining us,” and another man entered the room.',
      ]),
    ).toEqual(['Carl Voss', 'Carl Voss']);
  });

  it('"She said the man then told her: “…”" is the man’s', () => {
    expect(
      speakersIn([
        'Marta Lund described the night to the court.',
        'She said the man then told her: “You can go home now, and nobody will know about this.”',
      ]),
    ).toEqual(['man']);
  });
});

describe('a pronoun before anyone else is named', () => {
  it('"X was 17 when she met Y" shows X a woman, so a later "he" is Y', () => {
    expect(
      speakersIn([
        'Marta Lund was 17 when she met the financier Carl Voss.',
        'Lund said Voss told her: “We are going to have a special day today.” He then announced: “My friend will be joining us.”',
      ]),
    ).toEqual(['Carl Voss', 'Carl Voss']);
  });
});

describe('the subject of a participle after a fronted phrase', () => {
  it('"In X’s first visit …, he spoke …, stating “…”" is the pronoun’s, not the place named last', () => {
    expect(
      speakersIn([
        'Oct. 1, 1935: a president in the stadium.',
        'In President Delano’s first visit to the city as president, he spoke from his car to a crowd of 70,000 at the Coliseum, stating “No state has a finer record in the great task of helping the least fortunate.”',
      ]),
    ).toEqual(['Delano']);
  });
});

describe('a Q&A whose answers open with the speaker’s initials', () => {
  it('"I said" inside an answer is the one the initials stand for', () => {
    expect(
      speakersIn([
        'Talk-show host Orla Wynne and director Ada Durant sat down to talk about their film.',
        'Orla, was it your dream to be on screen?',
        'OW I was 12, 13. My father was saying, “You can’t be a preacher!” “Well, I’m gonna have me a church,” I said.',
        'Ada, how did you cast the film?',
        'AD I kept saying to the producers, “Please, can you give me one more week to find her?”',
      ]),
    ).toEqual([null, 'Orla Wynne', 'Ada Durant']);
  });

  it('but "I" stays the unnamed writer where no label opens the paragraph', () => {
    expect(
      speakersIn([
        'Talk-show host Orla Wynne and director Ada Durant sat down to talk about their film.',
        'I kept saying to the producers, “Please, can you give me one more week to find her?”',
      ]),
    ).toEqual([null]);
  });
});

describe('an account’s handle', () => {
  it('"acebush1 wrote, “…”" credits the account', () => {
    expect(
      speakersIn([
        'Bushnell had served in the Air Force since 2020.',
        'Shortly after the post, in June 2023, acebush1 wrote, “I’m sticking it out to the end of my contract, though it was a huge mistake.”',
      ]),
    ).toEqual(['acebush1']);
  });
});
