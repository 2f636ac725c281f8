import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * Words that credit a quote without a verb of saying: a source credited in brackets after it,
 * which is no one speaking, and a view named as someone's own. Made-up paragraphs in the shapes
 * met on unlabelled news pages.
 */

describe('credits around a quote', () => {
  it('a source credited in brackets ("(Via …)") does not sign the quote before it', () => {
    expect(
      speakersIn([
        'Last year, director Ada Brennan staged the play, and she told Stagehand how it grew.',
        '‘It’s not a musical. It’s a play with a few songs, and the audience sings along.’',
        '‘We are a small company nobody has heard of, and we answer the same way every time: it’s a sad day for theatre.’ (Via Stagehand)',
      ]),
    ).not.toContain('Via Stagehand');
  });

  it('a view named as someone’s own ("X’s bottom line … : “…”") is theirs', () => {
    expect(
      speakersIn([
        'Governor Dale Prentice spoke for an hour in the debate on Tuesday.',
        'Prentice’s bottom line on the rivals he declined to endorse was the right one: “Anyone who will not say the truth about the budget is unfit to run it.”',
      ]),
    ).toEqual(['Dale Prentice']);
  });

  it('and so is a warning named as hers', () => {
    expect(
      speakersIn([
        'The inspector, Mara Quist, visited the site in May.',
        'Quist’s warning to the council was blunt: “The bridge will not last another winter.”',
      ]),
    ).toEqual(['Mara Quist']);
  });

  it('a quotation introduced as "a quote from" someone in the paragraph before is theirs', () => {
    expect(
      speakersIn([
        'In honour of my aunt, who was a teacher, I will close with a quote from a beloved Irish poet, Nora Keane.',
        '“Years from now you will regret the trips you did not take more than the ones you took. So go.”',
      ]),
    ).toEqual(['Nora Keane']);
  });
});

describe('a name set off after someone’s relation', () => {
  it('"said Stevens’ mother, Janet": the first name after a named person’s relation speaks', () => {
    const [quote] = quotesIn(
      [
        'The parents of Laura Stevens said they had come to accept her partner. “We were quite surprised at first, but we came around to it,” said Stevens’ mother, Janet, who noted that the couple still get stares.',
        'Janet Stevens said she would welcome any grandchildren.',
      ],
      'en',
    );
    expect(quote?.speaker).toEqual({ name: 'Janet Stevens', role: 'Stevens’ mother' });
  });

  it('and so does a full name after a body’s role ("said Acme’s lawyer, Dan Obi")', () => {
    expect(
      speakersIn([
        'Acme sued the city in March. “The permit was withdrawn without any notice,” said Acme’s lawyer, Dan Obi, outside the court.',
      ]),
    ).toEqual(['Dan Obi']);
  });
});

describe('words that open a sentence or a link, not a name', () => {
  it('"Months later, the same mother … said": a span of time before its "later" is no part of the speaker', () => {
    const names = speakersIn([
      'The bride’s mother paid for the tent and the band.',
      'Months later, the same mother, while admiring the tent we had spent days putting up, said, in all seriousness, “I hate that it’s only being used for one night. I wish someone could stay in it after we leave.”',
    ]);
    expect(names).toHaveLength(1);
    expect(names[0] ?? '').not.toMatch(/Months|later/u);
  });

  it('a sentence adverb opening the paragraph before a quote is no speaker ("Unfortunately, …")', () => {
    expect(
      speakersIn([
        'I brought the magazine to every family dinner to show what we had built.',
        'Unfortunately, this only added to the confusion. “Don’t they realize they could have bought a house with all of this money?”',
      ]),
    ).not.toContain('Unfortunately');
  });

  it('a link’s label or an adverb opening a clause is no one "she" stands for ("View More", "Back when …")', () => {
    const names = speakersIn([
      'View More',
      'Back when I worked as a planner, we once got an email from a bride on her honeymoon. A call from her mother followed. “Repeat after me,” she said. “I am bad at my job. I should never do this job again.”',
    ]);
    expect(names).not.toContain('View More');
    expect(names).not.toContain('Back');
  });
});
