import { authorContact } from './author-contact';
import { inButtonList, isLoneButton } from './buttons';
import { cookieNotice } from './cookie-notice';
import { creditsAndNotices } from './credits';
import { type Block, type ClutterRule, REPORTED_SPEECH } from './rule';
import { HEADING_TAG, labelPattern, tokenPattern } from './signals';

/**
 * Site chrome that is never article text and fits none of the reader's
 * categories: tables of contents, breadcrumbs, author-bio boxes, comment
 * prompts, rating prompts, "Loading…" placeholders, lone date lines, tag buttons. These
 * rules are always on (the reader's switches don't govern them) and what they
 * take is not listed in `removed`, which stays a list of the six categories.
 */

/** Link lists that index the page or the site: tables of contents and breadcrumbs. */
const NAVIGATION_ATTRIBUTES = tokenPattern([
  'toc',
  'table-?of-?contents',
  'ez-toc(?:-[a-z]+)*',
  'lwptoc(?:-[a-z]+)*',
  'breadcrumbs?',
  'breadcrumb-?(?:trail|list|nav)',
]);

const NAVIGATION_LABEL = labelPattern([
  'table of contents',
  'contents',
  'in this (?:article|post|guide|story)',
  'on this page',
  // "Jump to section", "JUMP TO THE LIST ⤵", "Jump to recipe": a link down the same page.
  'jump to(?: (?:the )?\\p{L}+){0,2}(?: ?[⤵↓⬇▼])?',
  'skip to (?:main )?content',
  'inhaltsverzeichnis',
  'sommaire',
  'índice',
  'indice',
]);

/** A table of contents, breadcrumb trail or <nav> is mostly links; one holding prose is content. */
const NAVIGATION_LINK_DENSITY = 0.5;

export const navigation: ClutterRule = {
  category: 'chrome',
  attributes: NAVIGATION_ATTRIBUTES,
  maxMarkedText: 4000,
  // (A heading classed "toc" is an entry the table of contents points to, not the table: it stays.)
  acceptMarked: (block) =>
    !HEADING_TAG.test(block.el.tagName) &&
    (block.text.length < 40 || block.linkDensity() >= NAVIGATION_LINK_DENSITY),
  label: ({ text }) => (text.length <= 40 && NAVIGATION_LABEL.test(text) ? `label "${text}"` : null),
  takesList: true,
};

/** A <nav> inside the article: the site's menu or a table of contents, when it is mostly links. */
export function isNavigation(el: Element, block: Block): boolean {
  return el.tagName === 'NAV' && block.linkDensity() >= NAVIGATION_LINK_DENSITY;
}

/** "About the author" boxes at the end of a post. */
const AUTHOR_ATTRIBUTES = tokenPattern([
  'author[-_]*(?:bio|box|about|description|profile|card)',
  'about[-_]*(?:the[-_]*)?author',
  'bio-?box',
]);

const AUTHOR_LABEL = labelPattern([
  'about the (?:author|writer)s?',
  'meet the (?:author|writer)',
  'who (?:wrote|curated|edited) this (?:article|story|guide|post)\\??',
]);

export const authorBio: ClutterRule = {
  category: 'chrome',
  attributes: AUTHOR_ATTRIBUTES,
  // A bio is a few sentences; a wrapper named "author-box" holding the story must survive.
  maxMarkedText: 1200,
  label: ({ text }) => (text.length <= 40 && AUTHOR_LABEL.test(text) ? `label "${text}"` : null),
  prose: (block) =>
    block.edge === 'tail' &&
    block.text.length <= MAX_BIO_LINE &&
    BIO_LINE.test(block.text) &&
    !REPORTED_SPEECH.test(block.text)
      ? 'author bio line'
      : null,
  takesFollowing: true,
};

/**
 * "Phil Helsel is a reporter for NBC News.": the writer's one-line bio closing the article, a name
 * and a newsroom job. Only at the tail, where the story hands over to its byline box.
 */
const BIO_LINE =
  /^[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){1,3} (?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:reporter|writer|editor|correspondent|columnist|journalist|contributor|producer|intern|fellow)\b[^.!?]*\.?$/u;
const MAX_BIO_LINE = 200;

/** Comment prompts, rating prompts, placeholders and date lines: judged by their whole text. */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})`;
const TIME = '(?:,? (?:at )?\\d{1,2}[:.]\\d{2} ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )';

const PROMPT_LABEL = labelPattern([
  'be the first to comment',
  '(?:leave|post|add|write) a (?:comment|reply)',
  'post (?:a )?comment(?: ?\\(\\+\\))?',
  // An author box's links, left without the box: "View author archive", "Email the author".
  "view (?:the )?author(?:['’]s)? (?:archive|profile|page|posts)",
  '(?:e-?mail|contact) the (?:author|writer|reporter)',
  'no comments(?: yet)?',
  // A login prompt left in the article: "Sign in to your XDA account".
  '(?:sign|log) ?in (?:to|with) your (?:[\\p{L}\\d.&-]+ ){0,2}account',
  '(?:sign|log) ?in to (?:comment|reply|continue(?: reading)?|read more)',
  '\\d+ (?:comments?|replies|responses)',
  'comments? \\(\\d+\\)',
  'join the (?:conversation|discussion)',
  // The link back up the page, often behind an arrow.
  '(?:[↑⬆▲^] ?)?(?:back|return|scroll|go) (?:to|up to) (?:the )?top(?: of (?:the )?page)?(?: ?[↑⬆▲^])?',
  'what do you think\\?',
  'loading(?: [a-z]+)?(?:\\.{3}|…)',
  'button text',
  '(?:[^|]{1,40}\\| ?)?\\d{1,3} min(?:ute)?s? read',
  // "Tempo de leitura: 1 minuto", "Lesezeit: 4 Minuten": the reading time, in the languages Pith reads most.
  '(?:reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|tempo di lettura|lesezeit|lesedauer|leestijd|czas czytania|время чтения)\\s*:?\\s*(?:\\d{1,3}|<\\s*\\d)\\s*[\\p{L}.]{0,10}',
  '(?:please )?tell us what you think(?:\\.{3}|…|!|\\?)?',
]);
/** "Published June 23, 2025", "Posted by Ann at December 16, 2025 11:15 AM": the post's own date line. */
const STAMPED_DATE = labelPattern([
  `(?:published|posted|updated|last updated|modified)(?: on)?:? ${WEEKDAY}?${DATE}${TIME}?`,
  `posted by .{1,40}? (?:on|at) ${WEEKDAY}?${DATE}${TIME}?`,
]);
/** "Updated 11:21 pm CST, Tuesday, November 19, 2019", "PUBLISHED: 10:48, Tue, Nov 19, 2019", "Published 1 day ago". */
const STAMP_LINE = new RegExp(
  `^[|\\s]*(?:${DATE}\\s*)?(?:(?:first|originally) )?(?:published|posted|updated|last updated|last modified|modified|publicado|atualizado|actualizado|veröffentlicht|aktualisiert|publié|mis à jour)(?: on| at)?:?\\s*${WEEKDAY}?(?:${DATE}|\\d{1,2}[:.]\\d{2}|\\d+ (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago\\b|(?:today|yesterday)\\b|${MONTH} \\d{1,2}\\b)`,
  'i',
);
/** "By Ann Lee", "By Ann Lee - 11/18/19 11:04 PM EST": a byline, alone or with its date. */
const BY_LINE = /^[Bb]y [A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,3}(?:\s*[|,–—-]\s*(?=[^|]*\d).{1,70})?$/u;
const MAX_META_LINE = 100;

/**
 * A bare date is a date line only inside a <time> element (elsewhere it may be a timeline's or an
 * event list's data), or one field of a meta line.
 */
const BARE_DATE = labelPattern([`${WEEKDAY}?${DATE}${TIME}?`]);

/**
 * "05/10/2018 - Publicado por: Ann Lee - Categoria: Saúde - Tags: …": the post's meta fields on a
 * line at its head, told apart by their labels. Two fields make the line (a date alone is data).
 */
const META_FIELDS: readonly RegExp[] = [
  BARE_DATE,
  /^(?:categor(?:y|ies|ia|ias|ía|ías)|catégories?|kategorien?|rubri[ck]|filed under|posted in)\s*:/iu,
  /^(?:tags?|etiquetas?|schlagwörter|mots-clés|tag)\s*:/iu,
];
/** "Posted by Ann Lee", "Publicado por: Ann Lee": the label in any case, the name with its capital. */
const BY_FIELD =
  /^(?:(?:posted|published|written) by|publicado por|publié par|veröffentlicht von|by|por|par|von)\s*:?\s*/iu;
const CAPITAL = /^\p{Lu}/u;
const META_SEPARATOR = /\s+[|•·–—-]\s+/u;
const MAX_FIELDS_LINE = 200;

function metaFieldCount(text: string): number {
  const parts = text.split(META_SEPARATOR);
  if (parts.length < 2) return 0;
  let fields = 0;
  for (const raw of parts) {
    const part = raw.trim();
    const by = BY_FIELD.exec(part);
    if ((by && CAPITAL.test(part.slice(by[0].length))) || META_FIELDS.some((field) => field.test(part)))
      fields++;
  }
  return fields;
}

/** "Nov. 20, 2019 5:52 AM EST", "November 18, 2019 | 4:10pm": a date with its hour, at the article's head, is the post's own stamp. */
const DATE_AND_HOUR = labelPattern([
  `${WEEKDAY}?${DATE}\\s*[,|–—-]?\\s*(?:at )?\\d{1,2}[:.]\\d{2} ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?`,
]);
/** "Steve Lee, AP Sports Writer": a name and a newsroom role ending in its job, the byline of a wire story. */
const NAME_AND_ROLE =
  /^[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){1,3}, (?:[\p{L}.&]+ ){0,4}(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist)$/u;
/** "Written by Ann Lee" on a line of its own: the byline Readability missed (the name keeps its capitals). */
const WRITTEN_BY =
  /^(?:[Ww]ritten|[Rr]eviewed|[Ff]act[- ]checked) by [A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,3}$/u;
/** "Copyright © 2019 The Gazette. All rights reserved.", "© 2024 Ann Lee": the site's or author's notice, a line of its own. */
const RESERVED =
  '(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados)';
const COPYRIGHT_LINE = new RegExp(
  `^(?:(?:copyright\\s*(?:©|\\(c\\)|@)?|©|\\(c\\))\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?(?![\\d,])|.{1,60}\\b${RESERVED})|${RESERVED}[.!]?$)`,
  'iu',
);
/** Dates in tables and lists are data; a date heading titles a section of a timeline. */
const DATA_OR_HEADING = /^(?:H[1-6]|LI|DT|DD|TD|TH|TR|TABLE|TBODY)$/;

export const metaLine: ClutterRule = {
  category: 'chrome',
  attributes: /(?!)/,
  maxMarkedText: 0,
  label: (block) => {
    const { el, text, pageUrl } = block;
    // The page's own address printed as a line (a print header, a share box's permalink); addresses run long.
    if (pageUrl && text.startsWith('http') && sameAddress(text, pageUrl)) return 'permalink';
    if (block.edge === 'head' && text.length <= MAX_FIELDS_LINE && metaFieldCount(text) >= 2)
      return `meta line "${text}"`;
    if (text.length > MAX_META_LINE) return null;
    if (WRITTEN_BY.test(text) || BY_LINE.test(text)) return `byline "${text}"`;
    if (block.edge === 'head' && NAME_AND_ROLE.test(text)) return `byline "${text}"`;
    if (DATA_OR_HEADING.test(el.tagName) || el.closest('table')) return null;
    if (STAMPED_DATE.test(text) || STAMP_LINE.test(text)) return `date line "${text}"`;
    if (COPYRIGHT_LINE.test(text)) return `copyright line "${text}"`;
    if (block.edge === 'head' && DATE_AND_HOUR.test(text)) return `date line "${text}"`;
    return BARE_DATE.test(text) && (el.tagName === 'TIME' || el.querySelector('time'))
      ? `date line "${text}"`
      : null;
  },
  takesSelf: true,
};

/** Two addresses of one page: fragment, query and a trailing slash aside. */
function sameAddress(text: string, pageUrl: string): boolean {
  const bare = (url: string) => url.replace(/[?#].*$/, '').replace(/\/$/, '');
  return !/\s/.test(text) && bare(text) === bare(pageUrl);
}

/** Asking the reader to rate the recipe or post they are on (asking for reviews is often the story's own advice). */
const RATING_PROMPT =
  /\b(?:leave|give)(?: (?:it|us|me))? a (?:\d-)?(?:star )?rating\b|\brate (?:this|the) (?:recipe|post|article)\b/i;
/** The comment form's consent line ("By posting a comment, you consent to … our privacy policy"). */
const COMMENT_CONSENT =
  /\bby (?:posting|submitting|leaving|using) (?:a|your|this) (?:comment|reply|comment form)s?,? you (?:agree|consent|accept|acknowledge)\b/i;

export const pageChrome: ClutterRule = {
  category: 'chrome',
  // Nothing to mark by attributes: comment sections are dropped by Readability itself.
  attributes: /(?!)/,
  maxMarkedText: 0,
  label: ({ text }) => (text.length <= 80 && PROMPT_LABEL.test(text) ? `label "${text}"` : null),
  prose: ({ text }) => {
    if (text.length > 400 || REPORTED_SPEECH.test(text)) return null;
    const m = RATING_PROMPT.exec(text);
    if (m) return `rating prompt "${m[0]}"`;
    const consent = COMMENT_CONSENT.exec(text);
    return consent ? `comment form "${consent[0]}"` : null;
  },
};

/** Tags, topics and keywords shown as a row of buttons ("Earth", "Climate Change"): the site's index. */
export const tagList: ClutterRule = {
  category: 'chrome',
  attributes: /(?!)/,
  maxMarkedText: 0,
  label: ({ el, text, linkDensity }) =>
    text.length <= 40 && isLoneButton(el, linkDensity) && inButtonList(el) ? `tag "${text}"` : null,
  takesSelf: true,
};

export const CHROME_RULES: readonly ClutterRule[] = [
  navigation,
  authorBio,
  pageChrome,
  metaLine,
  tagList,
  cookieNotice,
  authorContact,
  creditsAndNotices,
];
