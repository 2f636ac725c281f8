import { Readability } from '@mozilla/readability';
import { extract } from '../../src/core';

/**
 * The contenders, each given a freshly parsed document of its own; only this call is timed.
 * `readability-clone` is Readability as its README says to run it on a live page (on a
 * clone, since parse() mutates the document): the fair baseline for an extension, which
 * must leave the page intact. Its text is Readability's; it is here for its time.
 */
export const EXTRACTOR_NAMES = ['readability', 'readability-clone', 'pith', 'pith-no-captions'] as const;
export type ExtractorName = (typeof EXTRACTOR_NAMES)[number];
/**
 * What a plain `npm run bench` runs. `pith-no-captions` (the reader's captions switch off)
 * runs on request: AEB's reference text leaves image captions and credits out, which Pith
 * keeps by default, so it shows how much of Pith's AEB precision that choice costs.
 */
export const DEFAULT_EXTRACTORS: readonly ExtractorName[] = ['readability', 'readability-clone', 'pith'];

/** A block the clutter pass took out: its full text and its category ('chrome' for page furniture). */
export interface RemovedBlock {
  text: string;
  category: string;
}

export interface ExtractorOutput {
  text: string;
  /** Why the extractor gave nothing (Pith's failure reason, or what Readability threw). */
  failure?: string;
  /** Pith only: every block its clutter pass took out, with the category the rules gave it. */
  removed?: RemovedBlock[];
}

export const EXTRACTORS: Record<ExtractorName, (document: Document, url: string) => ExtractorOutput> = {
  // Exactly what the benchmark authors ran for their published Readability numbers.
  readability: (document) => {
    const parsed = new Readability(document).parse();
    return parsed ? { text: parsed.textContent ?? '' } : { text: '', failure: 'null' };
  },
  'readability-clone': (document) => {
    const parsed = new Readability(document.cloneNode(true) as Document).parse();
    return parsed ? { text: parsed.textContent ?? '' } : { text: '', failure: 'null' };
  },
  // A failure (`ok: false`) counts as empty text.
  pith: (document, url) => runPith(document, url, true),
  'pith-no-captions': (document, url) => runPith(document, url, false),
};

function runPith(document: Document, url: string, captions: boolean): ExtractorOutput {
  const removed: RemovedBlock[] = [];
  const result = extract(document, {
    url,
    captions,
    trace: { removed: (text, category) => removed.push({ text, category }) },
  });
  return result.ok ? { text: result.article.text, removed } : { text: '', failure: result.reason };
}
