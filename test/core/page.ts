/** Small synthetic news pages for the core's unit tests: real-looking prose around one block under test. */
import { extract } from '../../src/core';
import { allCategories } from '../../src/core/options';
import type { Article, ClutterCategory, ExtractOptions } from '../../src/core/types';
import { parseHtml } from '../../src/node/load-document';

const PROSE = [
  'The council voted on Tuesday night to rebuild the old stone bridge over the river, ending a decade of argument between residents, engineers and the heritage trust that owns the approach roads.',
  'Engineers told the meeting that the central arch had moved by almost four centimetres since the floods of last winter, and that lorries would have to be kept off it until the work was finished.',
  'Residents on both banks have campaigned for a new crossing since the ferry stopped running, and several of them spoke at the meeting to describe a daily detour of more than twenty minutes.',
  'The heritage trust had argued for a repair rather than a rebuild, but its chair conceded that the cost of shoring up the old arch would be higher than replacing it with a faithful copy.',
  'Work is due to begin in the spring and to take eighteen months, during which a temporary footbridge will carry pedestrians and cyclists a few metres downstream of the old crossing.',
];

/** A page whose article holds `block` between its second and third paragraphs. */
export function pageWith(
  block: string,
  { title = 'Council approves rebuild of the old bridge' } = {},
): string {
  const [a, b, ...rest] = PROSE.map((p) => `<p>${p}</p>`);
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1>${a}${b}${block}${rest.join('')}</article></main>
<footer><a href="/about">About us</a></footer></body></html>`;
}

/** A page whose article ends with `block`, after all its paragraphs. */
export function endingWith(block: string): string {
  return pageWith('').replace('</article>', `${block}</article>`);
}

export function articleOf(html: string, options: Partial<ExtractOptions> = {}): Article {
  const dom = parseHtml(html, 'https://news.example/2026/bridge');
  const result = extract(dom.window.document, options);
  dom.window.close();
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}: ${result.message}`);
  return result.article;
}

/** Everything on except one category. */
export function without(category: ClutterCategory): Partial<ExtractOptions> {
  return { remove: { ...allCategories(true), [category]: false } };
}

/** Asserts nothing; returns the facts a test needs about one block: gone by default, kept when its category is off. */
export function fate(block: string, category: ClutterCategory, probe: string) {
  const html = pageWith(block);
  const cleaned = articleOf(html);
  const kept = articleOf(html, without(category));
  return {
    removedByDefault: !cleaned.text.includes(probe),
    recorded: cleaned.removed[category].map((r) => r.preview).join(' | '),
    reasons: cleaned.removed[category].map((r) => r.reason),
    keptWhenOff: kept.text.includes(probe),
    proseIntact: PROSE.every((p) => cleaned.text.includes(p)),
  };
}

export { PROSE };
