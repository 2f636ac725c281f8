import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * Telling people apart: those who share a surname (a couple, a parent and child) by their titles,
 * a relation's role ("the partner of …") from the named person's own, a name in an opening phrase
 * from the pronoun after it, a speaker who goes on after quotes so long that the pronoun's
 * antecedent is out of reach, and "one of the survivors" as a voice of its own.
 * Made-up paragraphs in the shapes met on unlabelled English news pages.
 */

describe('a title tells apart people who share a surname', () => {
  it('"Mr Smith" is the husband and "Mrs Smith" the wife, whoever was named first', () => {
    const farm = (first: string, second: string) => [
      `${first} and ${second} have run the farm since 1998.`,
      'Mr Smith said: “We will sell the north field if the price is right.”',
      '“I would rather keep it for the grandchildren,” Mrs Smith said.',
    ];
    expect(speakersIn(farm('Mary Smith', 'her husband, John Smith,'))).toEqual(['John Smith', 'Mary Smith']);
    expect(speakersIn(farm('John Smith', 'his wife, Mary Smith,'))).toEqual(['John Smith', 'Mary Smith']);
  });

  it('"Lady Starmer" is not the man named "Sir Keir Starmer": his pronouns and role stay his', () => {
    const quotes = quotesIn(
      [
        'Sir Keir Starmer has defended accepting gifts from a donor.',
        'Over the weekend it emerged that Lady Starmer, the Prime Minister’s wife, had also been given clothes.',
        'Sir Keir said on Monday: “All Members of Parliament get gifts. The rules say you have to declare them.”',
        'Asked whether he would go on accepting them, he said: “I am going to comply with the rules.”',
      ],
      'en',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Keir Starmer', 'Keir Starmer']);
    expect(quotes.every((q) => q.speaker?.role !== 'the Prime Minister’s wife')).toBe(true);
  });
});

describe('a name in a phrase opening an earlier sentence is not who its pronoun is', () => {
  it('"Asked … about Lord Alli, he said" names Lord Alli, but "he" is the one named before', () => {
    expect(
      speakersIn([
        'Sir Keir Starmer spoke to reporters on Monday.',
        'Asked again whether he would accept gifts from Lord Alli, he said: “I am going to comply with the rules.”',
        'Asked whether an adviser would be appointed, he went on: “There is a massive difference between declarations and corruption.”',
      ]),
    ).toEqual(['Keir Starmer', 'Keir Starmer']);
  });
});

describe('a speaker going on after long quotes', () => {
  it('"she continued" after quotes that fill the pronoun’s reach is the one who spoke last, shown to be a woman', () => {
    const long =
      '“We built it by hand. It took years. Nobody helped. We lost money. We lost friends. We kept going. We never stopped.”';
    expect(
      speakersIn([
        'Jane Roe opened the bakery in 1990 with her savings.',
        `${long.slice(0, -1)}” she said.`,
        '“The ovens came from Italy. They broke twice. We fixed them. We learned. We stayed. We grew. We hired ten people.”',
        'She continued: “Having a shop that people trust is important for the street.”',
      ]),
    ).toEqual(['Jane Roe', 'Jane Roe', 'Jane Roe']);
  });

  it('but not when the pronoun does not fit the one who spoke last, or nothing shows who they are', () => {
    const long =
      '“We built it by hand. It took years. Nobody helped. We lost money. We lost friends. We kept going. We never stopped.”';
    const speakers = speakersIn([
      'Jane Roe, a baker, opened the shop in 1990 with her savings.',
      `${long.slice(0, -1)}” she said.`,
      '“The ovens came from Italy. They broke twice. We fixed them. We learned. We stayed. We grew. We hired ten people.”',
      'He continued: “Having a shop that people trust is important for the street.”',
    ]);
    expect(speakers[speakers.length - 1]).toBeNull();
    // (A dialogue of "he" and "she" whose speakers the article never shows.)
    const unshown = speakersIn([
      'Stu-art sat down beside the stranger at the fire.',
      `${long.slice(0, -1)}” the stranger said.`,
      '“The ovens came from Italy. They broke twice. We fixed them. We learned. We stayed. We grew. We hired ten people.”',
      'She smiled: “You are still angry with me, and I do not know why you thought I would not side with them.”',
    ]);
    expect(unshown[unshown.length - 1]).toBeNull();
  });
});

describe('a relation before a name is someone else’s role', () => {
  it('"the partner of Manchester City midfielder Phil Foden" gives him his own role, not "partner of"', () => {
    const quotes = quotesIn(
      [
        'Rebecca Cooke is the long-term partner of Manchester City midfielder Phil Foden.',
        'Speaking at the time of the birth of his son, Phil said: “I was there for the birth, and it was a special moment.”',
      ],
      'en',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: 'Phil Foden', role: 'Manchester City midfielder' },
    ]);
  });
});

describe('"one of the survivors" is a voice of that kind', () => {
  it('names the group’s member, whatever the plural', () => {
    expect(
      speakersIn([
        'According to one of the survivors, “He took her chain off, and he carried her body upstairs.”',
        '“The smell was there for weeks and nobody did anything about it,” one of his neighbours said.',
        'One of the young volunteers told the paper: “We cleared the road by hand through the night.”',
      ]),
    ).toEqual(['survivor', 'neighbour', 'young volunteer']);
  });
});

describe('a job in lower case before a name, then the name’s age and places', () => {
  it('"mechanical engineer Richard Weir, 60, from Tynemouth, North Tyneside, said" is Richard Weir, not the place', () => {
    expect(
      speakersIn([
        'Fellow protester, mechanical engineer Richard Weir, 60, from Tynemouth, North Tyneside, said: “I started my career in the shipyards and watched them close.”',
      ]),
    ).toEqual(['Richard Weir']);
  });
});

describe('a title capitalised after "the" is the one introduced with it', () => {
  it('"the Prime Minister said", "the Foreign Secretary said", "the French President said"', () => {
    const visit = (intro: string, cue: string) =>
      speakersIn([
        `${intro} visited the plant on Monday.`,
        `“This is a great day for the north east,” ${cue} said.`,
      ]);
    expect(visit('Prime Minister Keir Starmer', 'the Prime Minister')).toEqual(['Keir Starmer']);
    expect(visit('Foreign Secretary David Lammy', 'the Foreign Secretary')).toEqual(['David Lammy']);
    expect(visit('French President Emmanuel Macron', 'the French President')).toEqual(['Emmanuel Macron']);
  });

  it('and the title itself when no one was introduced with it', () => {
    expect(
      speakersIn([
        'Jane Doe, the council leader, visited the plant.',
        '“This is a great day,” the Prime Minister said.',
      ]),
    ).toEqual(['Prime Minister']);
  });
});
