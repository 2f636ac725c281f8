import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/quotes/lang';
import { restoreLanguage, useLanguagesOf } from '../../src/core/quotes/language';
import { namesAThing, runStart } from '../../src/core/quotes/mention-context';
import { ownedSourceHint, ownedSourcePattern } from '../../src/core/quotes/owned-source';
import { lastWordBeforeSpace } from '../../src/core/quotes/text';

/**
 * The quick checks that spare a pattern's search (findQuotes' time budget) must never refuse
 * what the pattern would take: each is a condition the pattern's own match needs.
 */
describe('quick checks before a search', () => {
  it('lets every frame of every language through to its pattern ("in Ana Ruiz’s words")', () => {
    for (const [code, data] of Object.entries(LANGUAGES)) {
      const frames = data.ownedSources ?? [];
      const hint = ownedSourceHint([data]);
      const pattern = ownedSourcePattern([data]);
      const pronouns = Object.keys(data.possessives ?? {});
      for (const frame of frames) {
        // (The name, or a possessive pronoun in its place: "in her words".)
        for (const owner of ['Ana Ruiz’s', ...pronouns]) {
          const sentence = `Asked about it, ${frame.replace('{}’s', owner)}: no change.`;
          expect(hint?.test(sentence) ?? true, `${code}: ${frame}`).toBe(true);
          expect([...sentence.matchAll(pattern!)].length, `${code}: ${frame} (${owner})`).toBe(1);
        }
      }
    }
  });

  it('refuses a sentence with none of the frames’ words', () => {
    const hint = ownedSourceHint([LANGUAGES.en!]);
    expect(hint?.test('Ana Ruiz said the bridge would open in May.')).toBe(false);
  });

  it('reads the last word before trailing space, and nothing when there is none', () => {
    expect(lastWordBeforeSpace('the company, ')).toBe('company,');
    expect(lastWordBeforeSpace('Minister of  ')).toBe('of');
    expect(lastWordBeforeSpace('no space')).toBe('');
    expect(lastWordBeforeSpace('   ')).toBe('');
    expect(lastWordBeforeSpace('')).toBe('');
  });

  it('still finds a capitalised run and a body’s noun where the checks let the search run', () => {
    const previous = useLanguagesOf('en', ['An English text.']);
    try {
      const review = 'In her Stitch Fix review, she wrote';
      expect(runStart(review, review.indexOf('Fix'))).toBe(review.indexOf('Stitch'));
      const said = 'as she said Fix it';
      expect(runStart(said, said.indexOf('Fix'))).toBe(said.indexOf('Fix'));
      const company = 'Her company, WeavAir, is growing';
      expect(namesAThing(company, company.indexOf('WeavAir'))).toBe(true);
      const minister = 'Canada’s Minister of Small Business';
      expect(namesAThing(minister, minister.indexOf('Small'))).toBe(true);
      const friend = 'the president of the association, John Smith';
      expect(namesAThing(friend, friend.indexOf('John'))).toBe(false);
    } finally {
      // (The finder sets its languages per article; a test leaves them as it found them.)
      restoreLanguage(previous);
    }
  });
});
