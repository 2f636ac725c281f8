import { errorMessage, type MessageSender } from '../shared/messages';
import { type StorageLike, settingsIn } from '../shared/settings-storage';

/**
 * The content script's whole use of the extension API, typed, over the `browser` global
 * (Firefox) or `chrome` (Chromium): receive messages, send one, read and watch the settings.
 * Extension pages use webextension-polyfill; here it would be ~3.4 KB gzip of the script
 * injected into every page read, for three calls whose promise forms both browsers have in MV3.
 * The one difference the polyfill smoothed over that matters here: Chromium ignores a promise
 * returned by an onMessage listener, so replies go through `sendResponse` (both browsers).
 */
interface ExtensionGlobal {
  runtime: {
    onMessage: {
      addListener(
        listener: (
          message: unknown,
          sender: MessageSender,
          sendResponse: (reply: unknown) => void,
        ) => boolean,
      ): void;
    };
    sendMessage(message: unknown): Promise<unknown>;
  };
  storage: StorageLike;
}

const scope = globalThis as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
// `browser` only when it is the extension API: a page's `<div id="browser">` is a named property of
// the window the content script sees too (webextension-polyfill makes the same check).
const api = (hasRuntimeId(scope.browser) ? scope.browser : scope.chrome) as ExtensionGlobal;

function hasRuntimeId(candidate: unknown): candidate is ExtensionGlobal {
  return typeof (candidate as { runtime?: { id?: unknown } } | undefined)?.runtime?.id === 'string';
}

/** Listens for messages; a listener that returns a promise answers with what it resolves to. */
export function onMessage(
  listener: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined,
): void {
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const reply = listener(message, sender);
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: errorMessage(error) }));
    return true;
  });
}

export const sendMessage = (message: unknown): Promise<unknown> => api.runtime.sendMessage(message);

/** The settings in `storage.sync`, as the extension pages' `syncStore` reads them. */
export const contentSettings = settingsIn(api.storage);
