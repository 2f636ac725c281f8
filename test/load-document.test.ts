import { describe, expect, it } from 'vitest';
import { parseHtml, parseHtmlTolerant } from '../src/node/load-document';

// A style rule jsdom 29's CSS parser throws on (found on a real news page).
const BAD_CSS = '<style>.a{min-height:calc(($w - 16px) / 16 * 9)}</style>';

describe('parseHtmlTolerant', () => {
  it('parses normally when jsdom copes, keeping the style sheets', () => {
    const { dom, stylesDropped } = parseHtmlTolerant('<style>p{color:red}</style><p>Hello</p>', 'https://a.example/');
    expect(stylesDropped).toBe(false);
    expect(dom.window.document.styleSheets.length).toBe(1);
    expect(dom.window.document.URL).toBe('https://a.example/');
  });

  it('drops the style sheets and keeps the content when jsdom throws on the CSS', () => {
    const html = `<html><head>${BAD_CSS}</head><body><p>Body text survives</p></body></html>`;
    expect(() => parseHtml(html)).toThrow();
    const { dom, stylesDropped } = parseHtmlTolerant(html);
    expect(stylesDropped).toBe(true);
    expect(dom.window.document.querySelector('p')?.textContent).toBe('Body text survives');
  });
});
