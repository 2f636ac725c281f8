/**
 * One small interface over the two browsers the end-to-end suite drives, so the
 * same test files run in Chromium (playwright-core) and Firefox (puppeteer-core
 * over WebDriver BiDi). Only what the reader-facing tests need; anything a browser
 * really does differently is a named capability here, not an `if` in a test.
 */
export type BrowserName = 'chromium' | 'firefox';

/** A control found by its role and (a substring of) its accessible name, as a reader finds it. */
export interface Control {
  role: 'switch' | 'radio' | 'button';
  name: string;
}
/** A CSS selector, or a control by role and name. */
export type Target = string | Control;

/** An extension page (popup, options) opened as a tab. */
export interface TestPage {
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: readonly string[];
  /** Messages of alert/confirm/prompt dialogs (each dismissed at once). */
  readonly dialogs: readonly string[];
  /** The rendered text (innerText) of the first match, once it exists. */
  text(selector: string, timeout?: number): Promise<string>;
  /** The rendered text of every match (none: []). */
  texts(selector: string): Promise<string[]>;
  waitFor(selector: string, timeout?: number): Promise<void>;
  /** Waits until the popup has finished reading (its <main> is no longer busy). */
  waitUntilRead(): Promise<void>;
  isChecked(control: Control): Promise<boolean>;
  /** A real click (pointer events at the element's position). */
  click(target: Target): Promise<void>;
  /** Moves the pointer over every match. */
  hoverAll(selector: string): Promise<void>;
  /** A real key press to the focused element. */
  press(key: 'Tab' | 'Space' | 'Enter'): Promise<void>;
  /** Moves the keyboard focus to the element. */
  focus(target: Target): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** A web page tab opened for the popup to read. */
export interface TestTab {
  /** The browser's tab id, as the extension's tabs API knows it (the popup's `?tab=`). */
  readonly tabId: number;
  /** Runs `fn` in the page's own world (what the page's scripts see, not the content script's). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until a match of `selector` is in the page (rendered or not). */
  waitFor(selector: string, timeout?: number): Promise<void>;
  /** Reloads the page and waits until it has loaded. */
  reload(): Promise<void>;
  /** Moves the pointer over the first match. */
  hover(selector: string): Promise<void>;
  /** A real click on the first match. */
  click(selector: string): Promise<void>;
  /** A real key press to the page. */
  press(key: 'ArrowUp' | 'ArrowDown' | 'Enter' | 'Escape'): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  readonly name: BrowserName;
  /** Opens a tab on `url`; with 'commit' it doesn't wait for the page to finish loading. */
  openTab(url: string, waitUntil?: 'load' | 'commit'): Promise<TestTab>;
  /** Opens the popup as a tab reading `tabId` (`?tab=`); by default waits until it has read. */
  openPopup(tabId: number, options?: { wait?: boolean }): Promise<TestPage>;
  openOptions(): Promise<TestPage>;
  /**
   * Opens the real toolbar popup (`action.openPopup()`, which both browsers allow an
   * extension page to call) over the tab, after making it the active tab, and returns
   * a function giving the text of the popup's finished <main> ('' while reading).
   * Not a click: it grants no activeTab.
   */
  openToolbarPopup(tabId: number): Promise<() => Promise<string>>;
  /** Runs `fn` in an extension context (Chromium: the service worker; Firefox: an extension page). */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

/** Pages of the browser itself, which no extension may read (the browsers name them differently). */
export const INTERNAL_PAGE: Record<BrowserName, string> = {
  chromium: 'chrome://version/',
  firefox: 'about:robots',
};
