import { describe, expect, it } from 'vitest';
import { alternation } from '../../src/core/quotes/regex-words';

/** Stop 52: word lists become one regular expression whose words share their prefixes. */

const whole = (words: string[]) => new RegExp(`^${alternation(words)}$`, 'iu');
const first = (words: string[], text: string) => new RegExp(alternation(words), 'iu').exec(text)?.[0];

describe('alternation', () => {
  it('matches every word and nothing else', () => {
    const words = ['señala', 'señalan', 'señaló', 'señalaron', 'dijo', 'por su parte', 'a.b'];
    for (const word of words) expect(whole(words).test(word)).toBe(true);
    for (const other of ['señal', 'señalar', 'dij', 'axb', 'por su', 'por  su  parte x'])
      expect(whole(words).test(other)).toBe(false);
  });

  it('prefers the longest word, as a list sorted longest first does', () => {
    expect(first(['por', 'por su parte'], 'dijo por su parte que')).toBe('por su parte');
    expect(first(['ha', 'ha dicho', 'ha dichos'], 'ha dichos')).toBe('ha dichos');
  });

  it('keeps spaces loose and special characters literal', () => {
    expect(whole(['por su parte']).test('por\u00a0su   parte')).toBe(true);
    expect(whole(['a.b', '(x)']).test('(x)')).toBe(true);
    expect(whole(['a.b']).test('acb')).toBe(false);
  });

  it('never matches when empty', () => {
    expect(whole([]).test('')).toBe(false);
  });
});
