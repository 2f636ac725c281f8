import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Stop 51: an opening phrase a preposition leads, whatever it names, and a first name an
 * apposition brings in ("an 80-year-old widower named Frank") — made-up text.
 */

describe('an opening phrase a preposition leads', () => {
  it('is not the subject, even when it names a body ("In an interview with the BBC, the prime minister insisted:")', () => {
    expect(
      speakersIn([
        'In an interview with the BBC, the prime minister insisted: “We will meet every one of our targets.”',
      ]),
    ).toEqual(['prime minister']);
  });

  it('nor when it names a place ("In a speech in London, the mayor said:")', () => {
    expect(
      speakersIn(['In a speech in London, the mayor said: “The city will not stop for anyone.”']),
    ).toEqual(['mayor']);
  });

  it('a name after it still speaks ("In London, Mayor Sadiq Khan said:")', () => {
    expect(speakersIn(['In London, Mayor Sadiq Khan said: “The city will not stop for anyone.”'])).toEqual([
      'Sadiq Khan',
    ]);
  });
});

describe('a first name an apposition brings in', () => {
  it('is who the role is, with the apposition’s gender ("Her neighbour, an 80-year-old widower named Frank,")', () => {
    expect(
      speakersIn([
        'When the water came, Maria Gonzalez was asleep. Her neighbour, an 80-year-old widower named Frank, banged on her door.',
        '“He saved my life,” she said.',
        'Frank, for his part, shrugs it off. “Anyone would have done the same,” he says.',
      ]),
    ).toEqual(['Maria Gonzalez', 'Frank']);
  });
});

describe('"Speaker" as a title before a name', () => {
  it('is the role, and the name after it is who "he" stands for ("House Speaker Mike Johnson")', () => {
    expect(
      speakersIn([
        'State Sen. Bill Jones, the bill’s sponsor, pushed back.',
        'Asked about the dispute, House Speaker Mike Johnson said he had not read the bill. “I’ll look at it,” he told reporters.',
      ]),
    ).toEqual(['Mike Johnson']);
  });
});

describe('a role with a name set off after it', () => {
  it('is that person: ruled out by gender, the role is ruled out too ("Her neighbour, Tom Baker, said he …")', () => {
    expect(
      speakersIn([
        'Maria Lopez, 61, has run the bakery since 1990. She says the rent has tripled.',
        'Her neighbour, Tom Baker, said he had no choice but to sell.',
        '“I will not close without a fight,” she said.',
      ]),
    ).toEqual(['Maria Lopez']);
  });
});
