import type { Block, ClutterRule } from './rule';

/**
 * Lines that credit or license the page rather than tell the story: a picture's credit on a
 * line of its own ("Photo: Meg Kinnard, AP", "Credit...Doug Mills", "(Image: © NASA/ESA)"),
 * the site's legal notice and the newsroom's credits at the article's end ("The contents of this
 * site are ©2019 …", "This document is subject to copyright …", "Citation: … retrieved … from
 * https://…", "Associated Press writers … contributed to this report"), and
 * a shortcode the site's template printed instead of running it ("[button link=…]…[/button]").
 * Captions stay: a caption describes the picture, a credit only names who made it.
 */

/** "Photo:", "Photos by", "Image:", "Credit…", "Illustration by", "Foto:" and the like, opening the line. */
const CREDIT_LABEL =
  /^\(?(?:(?:photo|image|picture|illustration)(?:graph|s)?(?: illustration)?|photo credit|image credit|credits?|fotos?|bild|crédit|crédito)\s*(?::|\.\.\.|…|\bby\b)\s*/iu;
/**
 * What follows a credit's label: names, agencies and the marks between them, with few lower-case
 * words ("for", "via", "file") — not a sentence ("Image: Jose Mourinho, left, has replaced …").
 */
const NAME_WORD = /^[\p{Lu}\d©ⓒ(]/u;
const CREDIT_SMALL_WORDS = new Set(
  'by for of the via and file photo photos courtesy staff contributor de di du von'.split(' '),
);
const MAX_CREDIT = 90;
const WEB_ADDRESS = /\bwww\.|\bhttps?:|\.(?:com|org|net)\b/iu;
const MAX_LOWER_WORDS = 1;

function creditBody(body: string): boolean {
  // ("Photo Credit: www.example-blog.com": a link to the source a picture came from is worth keeping.)
  if (WEB_ADDRESS.test(body)) return false;
  const words = body.split(/[\s/|,;]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 10) return false;
  let lower = 0;
  for (const word of words) {
    if (NAME_WORD.test(word) || CREDIT_SMALL_WORDS.has(word.toLowerCase().replace(/[.)]+$/u, ''))) continue;
    if (++lower > MAX_LOWER_WORDS) return false;
  }
  return true;
}

/** "© Aaron Schwartz", "(© Jane Lee/Reuters)": the copyright sign and a name, alone on a line. */
const SIGNED = /^\(?[©ⓒ]\s*(.+?)\)?$/u;

function creditLine(text: string): string | null {
  if (text.length > MAX_CREDIT) return null;
  const label = CREDIT_LABEL.exec(text);
  if (label && text.length > label[0].length && creditBody(text.slice(label[0].length).replace(/\)$/u, '')))
    return `credit line "${text}"`;
  const signed = SIGNED.exec(text);
  return signed && !/\d{4}/u.test(signed[1]!) && creditBody(signed[1]!) ? `credit line "${text}"` : null;
}

/**
 * The site's legal notice, at the article's tail: the copyright sign or word with a year, or with
 * the words of a licence ("may be reproduced", "without permission", "rights reserved").
 * (A line that only starts "© 2024 …" is metaLine's anywhere; these run longer or start otherwise.)
 */
const COPYRIGHT_MARK = /[©ⓒ]|\bcopyright\b|\(c\)\s*\d{4}/iu;
const NOTICE_WORDS =
  /[©ⓒ]\s*\d{4}|\b(?:rights reserved|(?:may|can) (?:not )?be (?:reproduced|republished|redistributed)|without (?:the )?(?:prior )?(?:written )?permission|fair dealing|subject to copyright)\b|무단\s?전재|재배포\s?금지/iu;
/** "Citation: … (2019, November 18) retrieved 20 November 2019 from https://…": how to cite the page. */
const CITATION = /\bretrieved\b.{0,40}\bfrom\s+https?:\/\//iu;
const MAX_NOTICE = 400;

/**
 * The newsroom's credit closing a story: "Associated Press writers Alan Fram and Zeke Miller
 * contributed to this report.", "Reporting by Jane Roe; Editing by John Doe".
 */
const CONTRIBUTED =
  /^[\p{L}’'. ]{0,40}\b(?:writers?|reporters?|correspondents?|staff)\b.{1,200}\bcontributed(?: reporting)?(?: to this (?:report|story|article))?[.!]?$/iu;
const REPORTING_BY =
  /^(?:additional )?reporting by\b.{3,160}?(?:[;.]\s*(?:writing|editing|graphics|additional reporting) by\b.{3,120}?)*[.]?$/iu;
const MAX_CREDIT_LINE = 250;

/** What closes a story for the site rather than the reader: a newsroom credit, a legal notice, a citation line. */
function legalNotice(text: string): string | null {
  if (text.length <= MAX_CREDIT_LINE && (CONTRIBUTED.test(text) || REPORTING_BY.test(text)))
    return `newsroom credit "${text.slice(0, 60)}"`;
  if (text.length > MAX_NOTICE) return null;
  if (COPYRIGHT_MARK.test(text) && NOTICE_WORDS.test(text)) return `copyright notice "${text.slice(0, 60)}"`;
  return CITATION.test(text) ? `citation line "${text.slice(0, 60)}"` : null;
}

/** "[button link=”…” type=”big”] Send us YOUR kit review[/button]": a template's shortcode left unrun. */
const SHORTCODE = /\[([a-z][\w-]*)(?:\s+[\w-]+\s*=\s*[^\]]*)?\][^[]*\[\/\1\]/iu;

function shortcode(text: string): string | null {
  if (text.length > MAX_NOTICE || !text.includes('[/')) return null;
  const m = SHORTCODE.exec(text);
  // Most of the block is the shortcode: a paragraph that quotes one in passing is an article's about templates.
  return m && m[0].length >= text.length * 0.6 ? `shortcode "${m[1]}"` : null;
}

/** Elements that make a box more than a line: a credit is one line, never a box of them with more. */
const BLOCKS = 'p, div, li, ul, ol, section, figure, figcaption, h1, h2, h3, h4, h5, h6, table, blockquote';

function judge({ el, text, edge }: Block): string | null {
  // (The short text's pattern first: the box's elements are looked into only for a credit's words.)
  const credit = creditLine(text);
  return (
    (credit && !el.querySelector(BLOCKS) ? credit : null) ??
    (edge === 'tail' ? legalNotice(text) : null) ??
    shortcode(text)
  );
}

export const creditsAndNotices: ClutterRule = {
  category: 'chrome',
  attributes: /(?!)/,
  maxMarkedText: 0,
  label: judge,
  prose: judge,
  takesSelf: true,
};
