/** Runs one fuzz case and judges it: no throw, no reason `error`, no active content in the HTML. */
import { type Stage, WorkBudget } from '../../src/core/budget';
import { extractWithin } from '../../src/core/extract';
import { parseHtmlTolerant, releaseWindow } from '../../src/node/load-document';
import type { FuzzCase } from './mutate';

export interface CaseOutcome {
  shape: string;
  /** Milliseconds in extract() alone. */
  ms: number;
  /** ok, or the refusal reason; `threw` when extract() itself threw; `unparsed` when jsdom refused the page. */
  result: string;
  /** What was wrong, if anything. */
  problem: 'throw' | 'error' | 'active' | null;
  detail?: string;
  kb: number;
  elements: number;
  limits?: string[];
  /** Milliseconds around extract(): parsing the page, the DOM mutations, the active-content check, releasing the window. */
  stages?: { parse: number; mutate: number; check: number; release: number };
  /** Milliseconds in each stage of extract() (the work budget's timings), to tell which stage a slow case spent its time in. */
  extractStages?: Partial<Record<Stage, number>>;
}

export async function runCase(fuzzCase: FuzzCase): Promise<CaseOutcome> {
  const stages = { parse: 0, mutate: 0, check: 0, release: 0 };
  const base = { shape: fuzzCase.shape, kb: Math.round(fuzzCase.html.length / 1024), stages };
  let parsed: ReturnType<typeof parseHtmlTolerant>;
  let lap = performance.now();
  try {
    parsed = parseHtmlTolerant(fuzzCase.html, 'https://news.example/2026/story');
  } catch {
    // jsdom itself gave up on the page (the CLI reports such a page and goes on): nothing to extract.
    return { ...base, ms: 0, result: 'unparsed', problem: null, elements: 0 };
  } finally {
    stages.parse = performance.now() - lap;
  }
  const { dom } = parsed;
  try {
    const document = dom.window.document;
    lap = performance.now();
    const applied = fuzzCase.mutateDom(document);
    const shape = [fuzzCase.shape, ...applied].join(' + ');
    const elements = document.getElementsByTagName('*').length;
    stages.mutate = performance.now() - lap;
    const started = performance.now();
    const budget = new WorkBudget();
    let result: ReturnType<typeof extractWithin>;
    try {
      result = extractWithin(document, {}, budget);
    } catch (error) {
      const ms = performance.now() - started;
      return { ...base, shape, ms, elements, result: 'threw', problem: 'throw', detail: String(error) };
    }
    const ms = performance.now() - started;
    const extractStages = budget.timings;
    if (!result.ok) {
      const problem = result.reason === 'error' ? 'error' : null;
      return {
        ...base,
        shape,
        ms,
        elements,
        extractStages,
        result: result.reason,
        problem,
        detail: result.message,
      };
    }
    lap = performance.now();
    const active = activeContentIn(result.article.html, document);
    stages.check = performance.now() - lap;
    return {
      ...base,
      shape,
      ms,
      elements,
      extractStages,
      result: 'ok',
      problem: active ? 'active' : null,
      detail: active ?? undefined,
      limits: result.article.limits?.map((l) => l.stage),
    };
  } finally {
    lap = performance.now();
    await releaseWindow(dom);
    stages.release = performance.now() - lap;
  }
}

const ACTIVE_TAGS = new Set([
  'SCRIPT',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'FORM',
  'STYLE',
  'LINK',
  'META',
  'BASE',
  'svg',
  'math',
  'TEMPLATE',
]);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster'];

/** The first piece of active content in the HTML, described, or null: what the popup must never receive. */
export function activeContentIn(html: string, document: Document): string | null {
  // Parsed as a whole document in body context, not through `template.innerHTML`: jsdom's
  // fragment parser is quadratic in the number of elements (2.3 s against 0.7 s for 16,000).
  // The whole tree is walked, so `<meta>`/`<link>`/`<style>` the parser puts in `<head>` and
  // attributes a stray `<html>` tag adds to the root are seen too.
  const parser = new (document.defaultView as Window & typeof globalThis).DOMParser();
  const parsed = parser.parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const walker = parsed.createTreeWalker(parsed, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (ACTIVE_TAGS.has(el.tagName) || ACTIVE_TAGS.has(el.tagName.toUpperCase())) return `<${el.tagName}>`;
    for (const attribute of Array.from(el.attributes)) {
      if (/^on/i.test(attribute.name)) return `${el.tagName}[${attribute.name}]`;
      if (attribute.name === 'style') return `${el.tagName}[style]`;
      if (URL_ATTRIBUTES.includes(attribute.name)) {
        // Browsers ignore control characters and spaces inside a URL scheme.
        const value = Array.from(attribute.value)
          .filter((c) => c.charCodeAt(0) > 0x20 && (c.charCodeAt(0) < 0x7f || c.charCodeAt(0) > 0x9f))
          .join('')
          .toLowerCase();
        if (/^(?:javascript|vbscript|data:text\/html)/.test(value) || attribute.name === 'srcdoc')
          return `${el.tagName}[${attribute.name}=${attribute.value.slice(0, 40)}]`;
      }
    }
  }
  return null;
}
