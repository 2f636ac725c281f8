import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/** "“…,” the statement read.": a document's "read" is its "says"; anyone else's "read" is not a cue. */
describe('a document that reads', () => {
  it('credits the statement’s issuer, named in the sentence before', () => {
    expect(
      speakersIn([
        'UN spokesperson Stephane Dujarric said in a statement that the secretary general is calling for restraint.',
        '“The world cannot afford a military confrontation between the two countries,” the statement read.',
      ]),
    ).toEqual(['Stephane Dujarric']);
  });

  it('credits the body whose letter reads, as for one that says', () => {
    expect(
      speakersIn([
        'The Harbour Authority wrote to residents on Monday.',
        'The letter reads: “The bridge will close for repairs in the spring and reopen by the summer.”',
      ]),
    ).toEqual(
      speakersIn([
        'The Harbour Authority wrote to residents on Monday.',
        'The letter says: “The bridge will close for repairs in the spring and reopen by the summer.”',
      ]),
    );
  });

  it('does not take a person reading aloud for the words’ speaker by the verb alone', () => {
    expect(
      speakersIn(['At the hearing Jane Doe read: “The bridge will close for repairs in the spring.”']),
    ).toEqual(
      speakersIn(['At the hearing Jane Doe glanced up: “The bridge will close for repairs in the spring.”']),
    );
  });
});

describe('a body named again without its legal form or its last word', () => {
  it('"the company said" after "… Boeing is …" is Boeing, named first as "Boeing Co." beside another body', () => {
    expect(
      speakersIn([
        'Shares of Boeing Co. and Lockheed Martin Corp. fell after the tweet.',
        'Lockheed Martin Corp. declined to comment on Tuesday.',
        'Boeing is in only the early stages of planning the replacement. “We look forward to working with the Air Force,” the company said.',
      ]),
    ).toEqual(['Boeing']);
  });

  it('"The company denied it in a statement" issued the statement that reads, not the body quoted before', () => {
    expect(
      speakersIn([
        'Big Machine Records issued a statement on Monday.',
        '“At no time did we agree to any of this,” the production company Dick Clark Productions said in a separate statement.',
        'On Thursday, Swift accused Big Machine of blocking a documentary.',
        'The company flat-out denied the allegations in a statement shared to its website.',
        '“At no point did we say Taylor could not perform,” the statement read.',
      ]),
    ).toEqual(['Dick Clark Productions', 'Big Machine Records']);
  });
});
