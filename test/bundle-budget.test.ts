import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DIST, measureBundles } from '../scripts/bundle-size';

/**
 * Gzip budgets for what the browser loads. The content script carries Readability,
 * DOMPurify and the core and is parsed in every page Pith reads, so it has the
 * tightest watch. Raise a budget only on purpose, and say why in the commit.
 * Sizes when set (2026-11-29): content 44 KB, popup 30 KB, options 15 KB.
 * Content raised to 62 KB (2026-12-02, issue 10): the quote finder's cue data for 14
 * languages (≈6 KB gzip of word lists) and its organisation/subject rules (≈3 KB).
 * Content lowered to 52 KB and popup raised to 40 KB (2026-12-02): the quote finder moved
 * out of the content script into a chunk the extension pages load while the page is read
 * (content 70 → 49 KB with page hiding added); the popup gained the page-hiding control,
 * the picker and the reader opener (37.8 KB, the lazy quote chunk not counted).
 * Content lowered to 35 KB (2026-12-03, issue 11): DOMPurify left the content script (its HTML is
 * sanitized where an extension page renders it, SafeHtml) and a small typed adapter over the
 * `browser`/`chrome` global replaced webextension-polyfill there (49.2 → 34.7 KB).
 * Content raised to 36 KB (2026-12-03, issue 9): "Show" one removed block (block ids, kept blocks
 * per page in the settings it validates, the hider's re-search) brought it to 35.3 KB; issue 11's
 * 35 KB target is not met by that 0.3 KB (next step: inject the picker only when it is used).
 * Content raised to 37 KB (2026-12-03, issue 9): split articles rejoined (issue 7) brought it to 35.9 KB,
 * and one reading shared by the popup and page hiding (a recording of live elements beside each cached
 * extraction; hiding no longer runs Readability a second time) to 36.4 KB.
 * Content lowered to 34 KB (2026-12-03, issue 11): hiding on the page became a script of its own,
 * injected or registered only where the reader uses it; the two scripts share the page's readings
 * through the isolated world (36.4 → 32.6 KB). The page-hiding script (36.4 KB: it reads the article
 * too, when it runs first) gets 38 KB. Bounded work on hostile pages (issue 12: Readability's tag lists
 * by TreeWalker, the nesting cap, metadata in one walk) adds 0.3 KB to each: 32.9 and 36.7 KB.
 * Content raised to 37 KB, page hiding to 41 KB, options to 23 KB (2026-12-04, issue 7): site chrome
 * that leaked on real pages (cookie notices, the reporter's contact lines, copyright and reading-time
 * lines in eight languages, wire bylines), grids of teaser cards found by structure, and the page URL
 * handed to the clutter pass: 33.8 → 35.8 KB and 37.4 → 39.5 KB. The options page shares the popup's
 * browser API, which now names the "key quotes could not be found" note (a chunk of its own): 22.0 → 22.1 KB.
 * Content raised to 38 KB (2026-12-04, issue 7): the text-only drop of repeated blocks became two rules that
 * change the HTML the reader sees as well (a gallery's caption shown once, a copy of the article printed twice
 * shown once), with a line of meta fields at the head, a call to action's card and a photo count: 36.3 → 37.2 KB
 * (page hiding 40.0 → 40.8 KB, within its 41). A copyright-notice rule was measured and left out, partly for its size.
 * Page hiding raised to 42 KB (2026-12-04, issue 7): with captions switched off, the captions whose class
 * Readability dropped and a gallery's copies of them go too (read before Readability): 40.8 → 41.0 KB
 * (content script 37.2 → 37.4 KB, within its 38).
 * Content raised to 39 KB, page hiding to 43 KB (2026-12-06, issue 7): picture credits on a line of their
 * own, legal notices and citation lines at the tail, unrun shortcodes (clutter/credits.ts), hover cards left
 * out of the lean copy, and a seller's pitch closing a post: 37.4 → 38.6 KB and 41.1 → 42.3 KB (mostly the
 * rules' patterns, which gzip little; 38.6 and 42.2 KB after the stop's review).
 * Content raised to 40 KB (2026-12-06, issue 7): the title printed again at the top of the text and the
 * author's bio a page's JSON-LD declares (title-heading.ts, clutter/author-bio.ts; the lean copy keeps the
 * JSON-LD text it reads): 38.6 → 39.1 KB, page hiding 42.2 → 42.8 KB (within its 43).
 * Content raised to 41 KB, page hiding to 44 KB (2026-12-06, issue 7): the writer's bio the byline names
 * (clutter/byline-bio.ts), sign-in prompts, closing "Click here" and channel-subscribe lines, a follow line
 * run into small print, and newsroom credit lines: 39.1 → 40.0 KB and 42.8 → 43.7 KB (patterns, mostly).
 * Page hiding raised to 45 KB (2026-12-06, issue 7): a press release's closing note about its company
 * (clutter/company-note.ts) and a link down the page opening a paragraph: 43.7 → 44.6 KB (content script
 * 40.0 → 40.9 KB, within its 41).
 * Content raised to 42 KB, page hiding to 46 KB (2026-12-06, issue 7): the run of disclaimers closing a post
 * (clutter/disclaimer.ts, its small print's patterns) and a seller's pitch set apart as a bold callout:
 * 40.9 → 41.4 KB and 44.6 → 45.2 KB. Stop 43's tail after the page's own <article> element
 * (article-tail.ts): 41.5 → 41.7 KB and 45.2 → 45.4 KB, within both.
 */
const BUDGET_KB: Record<string, number> = {
  'content script': 42,
  'page-hiding script': 46,
  popup: 40,
  'options page': 23,
};

const built = existsSync(path.join(DEFAULT_DIST, 'manifest.json'));
if (!built)
  console.warn('[bundle-budget] skipped: dist/ is missing, run `npm run build` first (npm test does).');

describe.skipIf(!built)('bundle budgets (gzip)', () => {
  it.each(Object.entries(BUDGET_KB))('%s stays under %d KB', (name, budget) => {
    const bundle = measureBundles().find((b) => b.name === name);
    expect(bundle, `no bundle named ${name}`).toBeDefined();
    expect(bundle!.gzipBytes / 1024).toBeLessThan(budget);
  });
});
