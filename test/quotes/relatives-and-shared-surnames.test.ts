import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Stop 53: "which says" after a body, two people sharing a surname, and a title's own "of" — made-up text.
 */

describe('a relative "which" after a clause about someone', () => {
  it('is the body named last with its article ("…, the head of the Dialogue Group in Turkey, which says …")', () => {
    expect(
      speakersIn([
        'Sadeq Abu Amer told reporters a deal was possible. Abu Amer is the head of the Palestinian Dialogue Group in Turkey, which says on its site that it aims to “protect the historical rights of the Palestinian people.”',
      ]),
    ).toEqual(['Palestinian Dialogue Group']);
  });
});

describe('two people who share a surname', () => {
  it('"Abu Amer" is the one whose name ends so, not the one met first with the same first word', () => {
    expect(
      speakersIn([
        'Abu Hassan Amer, 44, a shopkeeper, agreed with his neighbours.',
        'Sadeq Abu Amer, an analyst, told reporters a deal was still possible.',
        '“There are rules to resistance and rules to war,” said Abu Amer.',
      ]),
    ).toEqual(['Sadeq Abu Amer']);
  });
});

describe('a title with its own "of"', () => {
  it('stays whole ("the secretary of state", not "state secretary")', () => {
    expect(
      speakersIn([
        'The U.S. secretary of state says in a post on X that “I am monitoring the situation between both countries closely.”',
      ]),
    ).toEqual(['secretary of state']);
  });

  it('while a body after "of the" still goes first ("the spokesman of the ministry")', () => {
    expect(
      speakersIn(['“We are ready to talk to anyone at any time,” said the spokesman of the ministry.']),
    ).toEqual(['ministry spokesman']);
  });
});
