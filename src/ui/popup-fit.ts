/** The popup's natural size. */
export const POPUP_SIZE = { width: 560, height: 600 } as const;
/** Viewports smaller than this are Chrome's popup-sizing bootstrap (25×25), not a constraint. */
const BOOTSTRAP = 100;

/**
 * Chrome sizes a popup to its content, starting from a tiny viewport, so the popup first
 * asks for its full size; once the browser has given it a real viewport smaller than that
 * (200% zoom caps a Chrome popup at 400×300 CSS px, Firefox's overflow panel is narrower,
 * a popup opened as a small tab) it takes exactly that size, in px, so that Chrome's
 * re-measuring of the content finds the same size again and nothing collapses.
 */
export function fitPopupToViewport(win: Window = window, root: HTMLElement = document.documentElement): void {
  const fitAxis = (property: string, available: number, natural: number) => {
    if (available >= BOOTSTRAP && available < natural) root.style.setProperty(property, `${available}px`);
    else if (available >= natural) root.style.removeProperty(property);
  };
  const update = () => {
    fitAxis('--popup-width', win.innerWidth, POPUP_SIZE.width);
    fitAxis('--popup-height', win.innerHeight, POPUP_SIZE.height);
  };
  update();
  win.addEventListener('resize', update);
}
