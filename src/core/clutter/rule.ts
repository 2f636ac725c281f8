import type { ClutterCategory } from '../types';

/** What a rule may look at about one block; `linkDensity` is computed only when asked. */
export interface Block {
  el: Element;
  /** Whitespace-collapsed text of the whole block. */
  text: string;
  linkDensity(): number;
  /** Whether the block sits at the very start or end of the article (set by the clutter pass). */
  edge?: 'head' | 'tail' | null;
  /** The page's own address (Readability's output has no base URI to read it from). */
  pageUrl?: string;
}

/**
 * One category's detector. Rules are pure data plus small functions: the
 * clutter pass walks the article once and asks each enabled rule about each block.
 */
export interface ClutterRule {
  /** The reader's switch that governs the rule, or 'chrome': always on, and not listed in `removed`. */
  category: ClutterCategory | 'chrome';
  /** A token in class, role or data-component/data-module that marks the whole block (see `attributeSignature`). */
  attributes: RegExp;
  /** A block marked by attributes is only taken when its text is at most this long: a wrapper named "has-ads" around the article must survive. */
  maxMarkedText: number;
  /** Extra condition for attribute matches (e.g. related lists must be mostly links). */
  acceptMarked?: (block: Block) => boolean;
  /** The block's whole text is a label of this category ("Advertisement", "Share this article"). */
  label: (block: Block) => string | null;
  /** A paragraph-sized block whose wording is this category's (an appeal, a newsletter pitch). Returns the matched phrase. */
  prose?: (block: Block) => string | null;
  /** A label found by this rule takes the link list after it (a "Related" or "Contents" heading). */
  takesList?: boolean;
  /** A label found by this rule takes the few short blocks after it (an "About the author" heading and the bio). */
  takesFollowing?: boolean;
  /** A block found by this rule goes alone, never with a box around it (a date line inside an event card). */
  takesSelf?: boolean;
}

/** Speech verbs: a paragraph reporting what someone said is the story, even when the words sound like an appeal. */
export const REPORTED_SPEECH = /\b(?:said|says|told|added|according to|explained|wrote)\b/i;

export function firstMatch(patterns: readonly RegExp[], text: string): string | null {
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m) return m[0];
  }
  return null;
}
