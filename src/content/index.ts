import { handle } from '../shared/messages';
import { loadSettings, toExtractOptions } from '../shared/settings';
import { switchesOf } from '../shared/switches';
import { contentSettings, onMessage } from './extension-global';
import { pageOptions } from './page-options';
import { sharedPageReading } from './shared-reading';

/**
 * The reading script, injected on demand when the popup opens. It answers the
 * popup's messages by running the core extraction on the live page (the core
 * works on a clone, so the page itself is never changed), and keeps the last
 * readings per options so a reopened popup is answered at once (page-reading.ts,
 * shared with hiding on the page: shared-reading.ts).
 * Hiding on the page is a script of its own (hide-script.ts), injected only where it
 * is used: a click reads the page and carries nothing else into it.
 * Injecting it again is harmless: the flag below keeps a single listener per page.
 */
const FLAG = '__pithContentScript';
const scope = globalThis as typeof globalThis & { [FLAG]?: true };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  const reading = sharedPageReading(document);
  onMessage(
    handle({
      ping: () => ({ ready: true }),
      extract: async ({ options: asked, stored }) => {
        const settings = await loadSettings(contentSettings);
        // Blocks the reader picked on this site stay out of the article too; those shown again stay in.
        // `stored`: the popup asked before reading the switches itself (popup/prefetch.ts).
        const options = {
          ...asked,
          ...(stored ? toExtractOptions(settings) : {}),
          ...pageOptions(settings, location.href),
        };
        const { value, cache: status } = reading.read(options);
        return { ...value, cache: status, switches: switchesOf(options) };
      },
    }),
  );
}
