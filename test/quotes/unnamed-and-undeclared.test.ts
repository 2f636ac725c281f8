import { describe, expect, it } from 'vitest';
import { findOrThrow } from '../../src/core/quotes';
import { speakersIn } from './helpers';

/**
 * Stop 49: a pronoun that stands for an unnamed voice its paragraph just brought in, and an
 * undeclared page whose words are plainly English read as English — made-up text.
 */

const SPEECH = 'I am so far ahead of every other parent I know when it comes to technology';

describe('a gendered pronoun stands for the unnamed voice just brought in', () => {
  it('gives "she said" to "one mother", not to the woman named a paragraph before', () => {
    expect(
      speakersIn([
        'Jane Doe, a researcher at the institute, studied the accounts of teenagers in March.',
        `Reporters spoke to one mother, who knew her son had an account. “${SPEECH},” she said.`,
      ]),
    ).toEqual(['mother']);
  });

  it('keeps the named woman when the noun says what she is ("is a mother of three")', () => {
    expect(
      speakersIn([`Jane Doe is a mother of three and runs the school board. “${SPEECH},” she said.`]),
    ).toEqual(['Jane Doe']);
  });

  it('keeps someone named after the voice, who is nearer', () => {
    expect(
      speakersIn([
        `We met one mother in the park, and then her neighbour Mary Jones joined us. “${SPEECH},” she said.`,
      ]),
    ).toEqual(['Mary Jones']);
  });

  it('does not give "she said" to a voice of the other gender', () => {
    expect(
      speakersIn([
        'Jane Doe, a researcher at the institute, studied the accounts of teenagers in March.',
        `Reporters spoke to one father about it later. “${SPEECH},” she said.`,
      ]),
    ).toEqual(['Jane Doe']);
  });
});

describe('an undeclared page whose words are plainly English', () => {
  const page = [
    'For the first time, biologists had found at least one explanation for what the cells do in the gut.',
    'Before this, “people just kind of ignored them or didn’t even realize that they were there,” said Megan Baldridge, a molecular microbiologist at Washington University in St. Louis.',
  ];
  const roleOf = (lang: string | null) =>
    findOrThrow(page, { title: '', excerpt: null, lang }).map((q) => q.speaker?.role ?? null);

  it('reads the speaker’s role as a page declared English does', () => {
    expect(roleOf('en')).toEqual(['a molecular microbiologist at Washington University in St. Louis']);
    expect(roleOf(null)).toEqual(roleOf('en'));
  });
});

describe('a line that signs the quote after it with who gave the thing', () => {
  const SAID = '“It had been in the family since 1912 and was kept on top of a piano for years.”';

  it('reads "Donated by Jane Roe, Gwynedd, Pa." past a picture credit as the signature', () => {
    expect(
      speakersIn([
        'Family Bible',
        'Donated by Jane Roe, Gwynedd, Pa.',
        'John Smith for The Daily News',
        SAID,
      ]),
    ).toEqual(['Jane Roe']);
  });

  it('keeps a place with full stops inside it ("South Orange, N.J.") in the signing line', () => {
    expect(speakersIn(['Tennis racket', 'Donated by Jon Doe, South Orange, N.J.', SAID])).toEqual([
      'Jon Doe',
    ]);
    expect(speakersIn(['Tennis racket', 'Jon Doe, South Orange, N.J.', SAID])).toEqual(['Jon Doe']);
  });

  it('does not take a picture credit for the signature', () => {
    expect(speakersIn(['Family Bible', 'Photographed by Jane Roe', SAID])).toEqual([null]);
  });
});

describe('hints, musings and grumbles are verbs of saying', () => {
  it('credits the words to who hinted, opined, confided or grumbled them', () => {
    expect(
      speakersIn([
        'Jane Doe, the mayor, met the council on Monday.',
        '“We may yet find the money for the bridge before the winter,” she hinted.',
        '“The council has never been good at spending on roads,” opined John Roe, a councillor.',
        'Mary Major confided: “I did not expect the vote to go this way at all.”',
        '“Nobody asked the people who live by the river,” grumbled one resident.',
      ]),
    ).toEqual(['Jane Doe', 'John Roe', 'Mary Major', 'resident']);
  });
});

describe('a sentence whose colon leads the next quote', () => {
  it('leaves the quote before it to the one who asked it ("answered that rhetorical question:")', () => {
    expect(
      speakersIn([
        'One Nevada Democrat asked simply, “Who cares about the debate this year?” An Iowa Republican seemingly answered that rhetorical question: “Nobody cares at all.”',
      ]),
    ).toEqual([expect.stringMatching(/Nevada Democrat$/u), 'Iowa Republican']);
  });
});

describe('titles named as works in a sentence with a speaker', () => {
  it('does not take “The Alchemy” after "two tracks," for speech', () => {
    expect(
      speakersIn([
        'Since the album’s release last week, fans have said that at least two tracks, “The Alchemy” and “So High School,” reference her current relationship.',
      ]),
    ).toEqual([]);
  });
});

describe('participles of verbs only people do', () => {
  it('credits the words after "quipping", "lamenting" to the sentence’s subject', () => {
    expect(
      speakersIn([
        'Jane Doe closed the meeting early on Friday, quipping, “We will need a much bigger room next year.”',
        'John Roe left the hall after the vote, lamenting, “Nobody listened to the people who live by the river.”',
      ]),
    ).toEqual(['Jane Doe', 'John Roe']);
  });

  it('gives the words to the sentence’s subject, not to a title set off before the participle', () => {
    expect(
      speakersIn([
        'Daniel Roe concludes his hymn to the old empire, Inventing Freedom, by proclaiming that the “happiness of the human race” depends on it.',
      ]),
    ).toEqual(['Daniel Roe']);
  });

  it('reads a title opening the main clause after a fronted phrase as the subject', () => {
    expect(
      speakersIn([
        'Without mentioning Trump by name, the First Lady quietly tore into the Republican businessman, insinuating that the nation will lose a “grownup in the White House” when the term ends.',
      ]),
    ).toEqual(['First Lady']);
  });
});

describe('a subject set off from an aside by a dash', () => {
  it('gives the words to the body right after the dash, not to the name inside the aside', () => {
    expect(
      speakersIn([
        'Rudy Roe will remain a part of the transition team.',
        'Yet despite the statement’s claim that Roe had withdrawn back in November, a point he confirmed in a phone interview — CNN suggested a prior report that the former mayor “was told he would not get the position this week.”',
      ]),
    ).toEqual(['CNN']);
  });

  it('keeps a name set off between two dashes as an aside of the subject before it', () => {
    expect(
      speakersIn(['“The budget will not balance this year,” the mayor — Jane Doe — said on Monday.']),
    ).toEqual(['Jane Doe']);
  });
});

describe('the imperfect of narrative, and a body named by its noun and what it is of', () => {
  it('reads "explicaba el ministerio de Exteriores de Egipto" as the ministry, whole', () => {
    expect(
      speakersIn(
        [
          '“Se espera que en ella se discutan los esfuerzos internacionales para poner fin a la guerra”, explicaba el ministerio de Exteriores de Egipto en una nota.',
        ],
        'es',
      ),
    ).toEqual(['ministerio de Exteriores de Egipto']);
  });

  it('reads the imperfect in Portuguese and French', () => {
    expect(
      speakersIn(
        ['“Nunca vimos uma enchente assim em toda a nossa vida”, dizia Maria Souza à porta de casa.'],
        'pt',
      ),
    ).toEqual(['Maria Souza']);
    expect(
      speakersIn(
        [
          '« Nous n’avons jamais vu une crue pareille dans toute notre vie », disait Marie Dupont devant sa porte.',
        ],
        'fr',
      ),
    ).toEqual(['Marie Dupont']);
  });

  it('keeps the ministry of Foreign Affairs whole in English', () => {
    expect(
      speakersIn([
        '“We expect the talks to discuss the efforts to end the war,” said the ministry of Foreign Affairs of Egypt.',
      ]),
    ).toEqual(['ministry of Foreign Affairs of Egypt']);
  });
});
