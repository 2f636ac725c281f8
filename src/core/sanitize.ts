import createDOMPurify from 'dompurify';

/**
 * The one place extracted HTML is made safe. Everything that renders article
 * HTML (core output, popup) goes through here: no scripts, no event handlers,
 * no javascript: URLs, no forms, no frames, no styles.
 */
const FORBID_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'noscript',
];
// The page's class names mean nothing in the reader view (the clutter pass has used them by now).
const FORBID_ATTR = ['style', 'srcset', 'formaction', 'action', 'ping', 'class'];
export const CONFIG = {
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/|\.\/|\.\.\/|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

type Purifier = ReturnType<typeof createDOMPurify>;
/** One purifier per window: building one (and its hook) per call costs more than the sanitizing. */
const purifiers = new WeakMap<Window, Purifier>();

function purifierFor(win: Window): Purifier {
  let purify = purifiers.get(win);
  if (!purify) {
    purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.addHook('uponSanitizeElement', hoistInBulk);
    purify.addHook('afterSanitizeAttributes', (node) => {
      // Links open outside the reader view and never leak the opener.
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    purifiers.set(win, purify);
  }
  return purify;
}

/**
 * DOMPurify removes an element it does not allow and keeps its content, moving the
 * children out one at a time. jsdom re-lists an element's children after every change
 * once its `childNodes` has been read (Readability reads it), so each child moved out
 * of the element, or into its parent, costs the number of children: a disallowed
 * element holding thousands (an unclosed <form> or an unknown tag over a long paragraph
 * of links) took 20 s to 3 minutes. This hook, before DOMPurify looks at such an element,
 * replaces it with a plain <span> holding copies of its children (filled before it is
 * placed, so no list is kept up to date): one change to the parent. DOMPurify treats the
 * element as removed and sanitizes the span and every copy, as it would the children it
 * moved. The only difference in the result is that <span> around them.
 *
 * Left to DOMPurify (its lists, 3.5): elements whose content it drops, and void, raw-text
 * and escapable-text elements, which it condemns whole when they hold elements; elements
 * without element children (it checks their text for markup); small ones.
 */
const FORBIDDEN = new Set(FORBID_TAGS);
const NOT_HOISTED = new Set(
  (
    'annotation-xml audio colgroup desc foreignobject head iframe math mi mn mo ms mtext noembed noframes ' +
    'noscript plaintext script selectedcontent style svg template thead title video xmp textarea ' +
    'area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr'
  ).split(' '),
);
const HOIST_FROM = 32;
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

function hoistInBulk(node: Node, data: { tagName: string; allowedTags: Record<string, boolean> }): void {
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = data.tagName;
  if (data.allowedTags[tag] && !FORBIDDEN.has(tag)) return;
  if (NOT_HOISTED.has(tag) || el.namespaceURI !== HTML_NAMESPACE || !el.parentNode) return;
  if (!el.firstElementChild) return;
  let count = 0;
  for (let child = el.firstChild; child && count < HOIST_FROM; child = child.nextSibling) count++;
  if (count < HOIST_FROM) return;
  const span = el.ownerDocument.createElement('span');
  for (let child = el.firstChild; child; child = child.nextSibling) span.appendChild(child.cloneNode(true));
  el.replaceWith(span);
}

export function sanitizeHtml(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, CONFIG);
}

/**
 * Sanitizes `element` in place (no copy: the caller owns it, e.g. an element
 * of a cloned, inert document) and returns it: read `.innerHTML` for the HTML,
 * walk it for the text.
 */
export function sanitizeElementInPlace<T extends Element>(element: T, win: Window): T {
  purifierFor(win).sanitize(element, { ...CONFIG, IN_PLACE: true });
  return element;
}
