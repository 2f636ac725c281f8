import type { ClutterCategory } from '../types';
import type { Shape } from './measure';
import { REPORTED_SPEECH } from './rule';
import { HEADING_TAG } from './signals';

/**
 * What the clutter model reads about one candidate (a block or a module the rules
 * proposed): its shape, its place in the article, its wording, and which rules
 * fired on it, as numbers. The rules' hits are features here, not verdicts.
 */
export const FEATURE_NAMES = [
  'bias',
  'log-length',
  'link-density',
  'head',
  'tail',
  'article-share',
  'clutter-share',
  'heading',
  'list',
  'paragraph',
  'box',
  'controls',
  'own-class',
  'second-person',
  'first-plural',
  'url-or-email',
  'copyright',
  'date',
  'reported-speech',
  'kind-mark',
  'kind-label',
  'kind-prose',
  'kind-module',
  'weak',
  'cat-ads',
  'cat-appeals',
  'cat-newsletters',
  'cat-related',
  'cat-social',
  'cat-galleryChrome',
  'cat-chrome',
] as const;

export type CandidateKind = 'mark' | 'label' | 'prose' | 'module';

export interface Candidate {
  el: Element;
  shape: Shape;
  text: string;
  kind: CandidateKind;
  category: ClutterCategory | 'chrome';
  /** A signal that should take only itself (a lone button, a short class token, a lead-in word). */
  weak: boolean;
}

export interface ArticleFacts {
  chars: number;
  /** Class names of the body's paragraphs and of their parents: the article's own class family. */
  bodyClasses: ReadonlySet<string>;
}

const SECOND_PERSON = /\b(?:you|your|yours|you(?:'|’)(?:re|ll|ve|d))\b/gi;
const FIRST_PLURAL = /\b(?:we|our|ours|us|we(?:'|’)(?:re|ll|ve|d))\b/gi;
const WORD = /\S+/g;
const URL_OR_EMAIL = /\bhttps?:\/\/|\bwww\.|[\w.+-]+@[\w-]+\.[\w.]+/i;
const COPYRIGHT = /©|\(c\) \d{4}|\bcopyright\b|\ball rights reserved\b/i;
const DATE =
  /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2}:\d{2})/i;
/** Counted at the head or tail of the article: the first and last 15% of its text. */
const EDGE = 0.15;
const LIST = /^(?:UL|OL|LI|DL|DT|DD)$/;
const BOX = /^(?:DIV|SECTION|ASIDE|FIGURE|ARTICLE|FORM|HEADER|FOOTER|NAV|TABLE)$/;

function rate(text: string, pattern: RegExp, words: number): number {
  return Math.min(1, ((text.match(pattern)?.length ?? 0) * 5) / Math.max(words, 5));
}

export function features(c: Candidate, article: ArticleFacts): number[] {
  const { shape, text, el } = c;
  const total = Math.max(article.chars, 1);
  const chars = Math.max(shape.chars, 1);
  const words = text.match(WORD)?.length ?? 0;
  const end = shape.start + shape.chars;
  const tag = el.tagName;
  const className = el.getAttribute('class');
  const flag = (b: boolean) => (b ? 1 : 0);
  return [
    1,
    Math.log1p(text.length) / 8,
    Math.min(1, shape.linkChars / chars),
    Math.max(0, 1 - shape.start / (EDGE * total)),
    Math.max(0, 1 - (total - end) / (EDGE * total)),
    Math.min(1, shape.chars / total),
    Math.min(1, shape.clutterChars / chars),
    flag(HEADING_TAG.test(tag)),
    flag(LIST.test(tag)),
    flag(tag === 'P'),
    flag(BOX.test(tag)),
    flag(shape.controls > 0),
    flag(!!className && !article.bodyClasses.has(className)),
    rate(text, SECOND_PERSON, words),
    rate(text, FIRST_PLURAL, words),
    flag(URL_OR_EMAIL.test(text)),
    flag(COPYRIGHT.test(text)),
    flag(DATE.test(text)),
    flag(REPORTED_SPEECH.test(text)),
    flag(c.kind === 'mark'),
    flag(c.kind === 'label'),
    flag(c.kind === 'prose'),
    flag(c.kind === 'module'),
    flag(c.weak),
    flag(c.category === 'ads'),
    flag(c.category === 'appeals'),
    flag(c.category === 'newsletters'),
    flag(c.category === 'related'),
    flag(c.category === 'social'),
    flag(c.category === 'galleryChrome'),
    flag(c.category === 'chrome'),
  ];
}
