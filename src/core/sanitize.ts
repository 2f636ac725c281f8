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
const FORBID_ATTR = ['style', 'srcset', 'formaction', 'action', 'ping'];

export function sanitizeHtml(html: string, win: Window): string {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Links open outside the reader view and never leak the opener.
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/|\.\/|\.\.\/|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  });
}
