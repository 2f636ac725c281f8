import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Stop 45: speakers made of words that cannot name anyone, and an embedded post's signature, seen
 * on the unlabelled pools' pages and written here as made-up text (other names, other words).
 */

describe('words that name no one', () => {
  it('gives a run of quoted questions no speaker made of the next quote ("\'Who went on …?\'")', () => {
    expect(
      speakersIn([
        "I have never asked. 'So, did he buy the red car or the blue one?' 'Does she cook or order in?' 'Who went on first?'",
      ]),
    ).toEqual([null, null]);
  });

  it('reads no name in a clause-opening word after a role ("From: Aunt What she said:")', () => {
    expect(
      speakersIn([
        'From: Grandpa What he said: "Shouldn\'t you have a proper job by now?" What we said: "I have one, thanks."',
      ]),
    ).toEqual([null]);
  });

  it('still reads a name after a role word', () => {
    expect(speakersIn(['"We will not close the depot," Grandpa Walter told the meeting.'])).toEqual([
      'Walter',
    ]);
  });
});

describe('an embedded post signed after a dash', () => {
  it('takes the name before the links the post carries', () => {
    expect(
      speakersIn([
        '"Good luck to the whole team tonight!" – Maren Solberg http://t.co/Xy12Ab pic.twitter.com/Qw34Er',
      ]),
    ).toEqual(['Maren Solberg']);
  });

  it('takes no name when only links follow the dash', () => {
    expect(speakersIn(['"Good luck to the whole team tonight!" – http://t.co/Xy12Ab'])).toEqual([null]);
  });
});
