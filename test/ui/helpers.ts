import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { emptyRemoved } from '../../src/core/extract';
import type { Article, ClutterCategory, ExtractOptions, Quote, RemovedBlock } from '../../src/core/types';
import type { ReadResult } from '../../src/shared/read-result';

/** Renders into a fresh container in document.body; returns it with an unmount. */
export function mount(vnode: ComponentChild): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(vnode, container));
  return {
    container,
    unmount: () => {
      act(() => render(null, container));
      container.remove();
    },
  };
}

/** Lets promises, effects and re-renders settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Polls `check` (which throws until satisfied) while letting the app run. */
export async function waitFor<T>(check: () => T | Promise<T>, tries = 40): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
      await settle();
    }
  }
  throw lastError;
}

export function quote(
  text: string,
  speaker: string | null,
  score: number,
  key: boolean,
  paragraph = 0,
): Quote {
  return { text, speaker: speaker ? { name: speaker } : null, score, key, paragraph };
}

/**
 * An article as the core would return it for a page with one ad block: the ad
 * is in the HTML only when the options keep ads. Lets UI tests exercise the
 * re-extraction loop without depending on the core's heuristics.
 */
export function articleFor(options: Partial<ExtractOptions>, extra: Partial<Article> = {}): Article {
  const keepAds = options.remove?.ads === false;
  // "Show" on the ad ("ad1" in options.keep) keeps it in the article, listed as kept.
  const shownAd = !keepAds && options.keep?.includes('ad1') === true;
  const paragraphs = ['The council approved the new tram line on Tuesday.', 'Work starts in May.'];
  const ad = 'Buy a better kettle today.';
  const removed: Record<ClutterCategory, RemovedBlock[]> = emptyRemoved();
  if (!keepAds)
    removed.ads.push({
      category: 'ads',
      preview: ad,
      reason: 'label "Advertisement"',
      id: 'ad1',
      ...(shownAd ? { kept: true } : {}),
    });
  removed.appeals.push({
    category: 'appeals',
    preview: 'Support our journalism',
    reason: 'text "donate"',
    id: 'appeal1',
  });
  const shown = keepAds || shownAd ? [paragraphs[0]!, ad, paragraphs[1]!] : paragraphs;
  return {
    title: 'Tram line approved',
    byline: 'Ana Ruiz',
    siteName: 'City Post',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    publishedTime: null,
    html: shown.map((p) => `<p>${p}</p>`).join(''),
    paragraphs: shown,
    text: shown.join('\n\n'),
    wordCount: 20,
    readingMinutes: 1,
    removed,
    quotes: [],
    ...extra,
  };
}

export function okResult(article: Article, tabId = 1): ReadResult {
  return { ok: true, tabId, url: 'https://city.example/tram', article };
}
