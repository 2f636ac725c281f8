import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Stop 53: a second verb of saying after "and then just", and a sentence that opens with a title and
 * the name set off after it — made-up text.
 */

describe('a second verb that shares the opening subject', () => {
  it('past adverbs between "and" and the verb ("and then just told it “…”")', () => {
    expect(
      speakersIn([
        'Simon Willison ported the library in an afternoon.',
        'He had the model inspect the code, and then just told it “do the rest, commit and push often” while he waited.',
      ]),
    ).toEqual(['Simon Willison']);
  });

  it('(a guard) is the name set off after an opening title ("Minister of Natural Resources, Mohlomi Moleko, … and only said:")', () => {
    expect(
      speakersIn([
        'Minister of Natural Resources, Mohlomi Moleko, would not confirm whether the ministry is aware of the situation and only said: “Ask them to submit a formal complaint to the ministry.”',
      ]),
    ).toEqual(['Mohlomi Moleko']);
  });
});
