import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/** Stop 53: the one the writer just asked answers — made-up text. */

describe('a pronoun right after "I asked …" or "We asked …"', () => {
  it('is the role the writer asked ("We asked the Garmin product manager …. They said")', () => {
    expect(
      speakersIn([
        'Tom Harris tested the watches on a long trail.',
        'We asked the Garmin product manager to explain the differences. They said, “There are numerous challenges in forming an elevation profile over a long run.”',
      ]),
    ).toEqual(['Garmin product manager']);
  });

  it('is not the person the article named last ("I asked the store manager why …. He said")', () => {
    expect(
      speakersIn([
        'Jane Roe runs the shop across the road. I asked the store manager why the plant closed. He said, “There was no money left to keep it going.”',
      ]),
    ).toEqual(['store manager']);
  });

  it('(a guard) is the one named when the writer asked someone by name', () => {
    expect(
      speakersIn([
        'Jane Roe runs the shop. I asked Tom Harris why the plant closed. He said, “There was no money left to keep it going.”',
      ]),
    ).toEqual(['Tom Harris']);
  });
});
