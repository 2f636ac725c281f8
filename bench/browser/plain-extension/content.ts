import { Readability } from '@mozilla/readability';

/**
 * The baseline's content script: plain Readability on a clone of the live page
 * (its README's advice, since parse() destroys the document it reads). It leaves
 * the article's title and text in a global that the popup reads with a second
 * executeScript call. Run afresh on every popup open: no cache, no clutter pass,
 * no sanitizing, no quotes. Not shipped; built by bench/browser/build-plain.ts.
 */
const article = new Readability(document.cloneNode(true) as Document).parse();
(globalThis as unknown as { __plainReadability: object }).__plainReadability = {
  title: article?.title ?? '',
  text: article?.textContent ?? '',
};
