import browser from 'webextension-polyfill';
import { settingsIn } from './settings-storage';

/** The extension pages' settings store, over webextension-polyfill (the content script has its own: src/content/extension-global.ts). */
export const syncStore = settingsIn(browser.storage);
