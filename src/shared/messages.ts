import type { ClutterCategory, ExtractOptions, ExtractResult } from '../core/types';
import type { Settings, SettingsPatch } from './settings';
import type { Switches } from './switches';

/**
 * The one message protocol between Pith's contexts: a map from message name to
 * its request and response. Nothing else sends extension messages.
 * Errors travel back as values (`{ ok: false, error }`), never as throws across contexts.
 */
export interface Protocol {
  /** Popup → content script: is the script already injected in this tab? */
  ping: { request: Record<string, never>; response: { ready: true } };
  /**
   * Popup → content script: run the core extraction on the live page. With `stored`, the clutter
   * switches are the ones in storage when the script reads it (the popup asks before it has read
   * them itself); the reply says which switches it used.
   */
  extract: { request: { options: Partial<ExtractOptions>; stored?: boolean }; response: PageResult };
  /** Popup → content script: hide (or show again) on the live page what the switches in `options` remove. */
  hide: { request: { on: boolean; options: Partial<ExtractOptions> }; response: HideStatus };
  /** Popup → content script: let the reader pick a block on the page to hide from now on ("Hide something else…"). */
  pick: { request: Record<string, never>; response: { started: boolean } };
  /** Content script → background: how many blocks are hidden on the sender's page (the badge, when on). */
  hiddenCount: { request: { count: number }; response: { shown: boolean } };
  /**
   * Extension page → background: store a change of the settings. The background reads, changes and
   * writes them, so a popup closed the moment a switch is flipped does not lose the change.
   */
  saveSettings: { request: { patch: SettingsPatch }; response: Settings };
}

/** Who sent a message (the sender's tab, for a content script). */
export interface MessageSender {
  tab?: { id?: number };
  /** The sending document's address (an extension page's is under the extension's origin). */
  url?: string;
}

/** What is hidden on the page: whether hiding is on, and how many blocks per category. */
export interface HideStatus {
  on: boolean;
  hidden: Record<ClutterCategory, number>;
}
export type MessageName = keyof Protocol;

/**
 * The extraction result plus what the page says about itself, and whether the
 * content script answered from its cache of earlier extractions of this page
 * with the same options ('hit') or extracted now ('miss'; absent from a test double).
 */
export type PageResult = ExtractResult & {
  contentType: string;
  url: string;
  cache?: 'hit' | 'miss';
  /** The clutter switches this extraction used (absent from a test double). */
  switches?: Switches;
};

export interface Envelope<K extends MessageName = MessageName> {
  pith: K;
  data: Protocol[K]['request'];
}
export type Reply<K extends MessageName> =
  | { ok: true; value: Protocol[K]['response'] }
  | { ok: false; error: string };

/** How a message reaches its receiver (`browser.tabs.sendMessage` bound to a tab, or a direct call in tests). */
export type Transport = (envelope: Envelope) => Promise<unknown>;

export async function send<K extends MessageName>(
  transport: Transport,
  name: K,
  data: Protocol[K]['request'],
): Promise<Reply<K>> {
  try {
    const reply = await transport({ pith: name, data });
    if (isReply(reply)) return reply as Reply<K>;
    return { ok: false, error: `No answer to "${name}".` };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

export type Handlers = {
  [K in MessageName]?: (
    data: Protocol[K]['request'],
    sender?: MessageSender,
  ) => Protocol[K]['response'] | Promise<Protocol[K]['response']>;
};

/**
 * Builds a `runtime.onMessage` listener. Messages that are not Pith's return
 * undefined so other listeners may answer; a handler that throws answers `{ ok: false }`.
 */
export function handle(
  handlers: Handlers,
): (message: unknown, sender?: MessageSender) => Promise<Reply<MessageName>> | undefined {
  return (message, sender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.pith] as
      | ((data: unknown, sender?: MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    return (async () => {
      try {
        return { ok: true, value: await handler(message.data, sender) } as Reply<MessageName>;
      } catch (error) {
        return { ok: false, error: errorMessage(error) };
      }
    })();
  };
}

const MESSAGE_NAMES: readonly MessageName[] = [
  'ping',
  'extract',
  'hide',
  'pick',
  'hiddenCount',
  'saveSettings',
];

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    MESSAGE_NAMES.includes((message as { pith?: unknown }).pith as MessageName)
  );
}

function isReply(value: unknown): value is Reply<MessageName> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
