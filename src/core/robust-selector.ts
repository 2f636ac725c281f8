/**
 * A CSS selector for an element the reader picked, meant to survive the page's next load: an id or
 * classes and attributes that name the thing (ad-slot, promo-box, data-component="newsletter"), not
 * a position (no nth-child chains) and not generated names (css-1x9ab2, sc-hash, ids with long
 * numbers) nor state classes (is-open, active). Pure: reads the document, changes nothing.
 */
const STATE_CLASS =
  /^(?:is|has)-|^(?:active|open|opened|closed|visible|hidden|show|shown|selected|focus|hover|loaded|lazyloaded|sticky|fixed|in|fade|collapse)$/;
/** Generated names: hashes, long digit runs, CSS-in-JS prefixes. */
const GENERATED =
  /\d{3,}|^(?:css|sc|jsx|emotion|styled)-|^[a-z]{1,3}-?[a-z0-9]{5,}$(?<=\d.*)|^_|__[a-z0-9]{5,}$/i;
const STABLE_ATTRIBUTES = [
  'data-component',
  'data-module',
  'data-testid',
  'data-test',
  'data-type',
  'role',
  'aria-label',
];
/** More matches than this and the selector is too broad to be what the reader meant. */
const MAX_MATCHES = 30;
const MAX_CLASSES = 3;
const MAX_LENGTH = 200;

export function robustSelector(el: Element): string | null {
  const own = ownSelector(el);
  const doc = el.ownerDocument;
  if (own && fits(doc, own, el)) return own;
  // Scope by the nearest ancestor that has a stable name of its own.
  for (
    let ancestor = el.parentElement;
    ancestor && ancestor !== doc.body;
    ancestor = ancestor.parentElement
  ) {
    const scope = ownSelector(ancestor);
    if (!scope) continue;
    const scoped = `${scope} ${own ?? el.tagName.toLowerCase()}`;
    if (fits(doc, scoped, el)) return scoped;
  }
  return null;
}

function fits(doc: Document, selector: string, el: Element): boolean {
  if (selector.length > MAX_LENGTH) return false;
  try {
    const matches = doc.querySelectorAll(selector);
    return matches.length <= MAX_MATCHES && Array.from(matches).includes(el);
  } catch {
    return false;
  }
}

/** The element's own stable name: `#id`, or tag + stable classes + one stable attribute; null when it has none. */
export function ownSelector(el: Element): string | null {
  const id = el.getAttribute('id');
  if (id && isStable(id)) return `#${cssEscape(id)}`;
  const tag = el.tagName.toLowerCase();
  const classes = Array.from(el.classList)
    .filter((name) => isStable(name) && !STATE_CLASS.test(name))
    .slice(0, MAX_CLASSES);
  const attribute = STABLE_ATTRIBUTES.map((name) => [name, el.getAttribute(name)] as const).find(
    ([, value]) => value !== null && value.length > 0 && value.length <= 40 && isStable(value),
  );
  if (classes.length === 0 && !attribute) return null;
  return (
    tag +
    classes.map((name) => `.${cssEscape(name)}`).join('') +
    (attribute ? `[${attribute[0]}="${attribute[1]!.replace(/["\\]/g, '\\$&')}"]` : '')
  );
}

function isStable(name: string): boolean {
  return name.length <= 40 && !GENERATED.test(name);
}

/** CSS.escape, which Node lacks: enough for identifiers found in real class names and ids. */
export function cssEscape(value: string): string {
  return value
    .replace(/[^a-zA-Z0-9_\u00a0-\uffff-]/g, (c) => `\\${c}`)
    .replace(/^(\d)/, (d) => `\\3${d} `)
    .replace(/^-(\d)/, (_, d) => `-\\3${d} `);
}

/** Takes the blocks the reader picked out of a copy of the page; a selector that doesn't parse is skipped. */
export function removePicked(copy: Document, selectors: readonly string[] | undefined): void {
  for (const selector of selectors ?? []) {
    try {
      for (const el of Array.from(copy.querySelectorAll(selector))) el.remove();
    } catch {
      // Not a valid selector: it removes nothing.
    }
  }
}
