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
const CONFIG = {
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
