import { handle } from '../shared/messages';
import { onMessage } from './extension-global';
import { startPageHiding } from './hide';
import { createPageReading } from './page-reading';

/**
 * The content script, injected on demand when the popup opens. It answers the
 * popup's messages by running the core extraction on the live page (the core
 * works on a clone, so the page itself is never changed), and keeps the last
 * results per options so a reopened popup is answered at once (extraction-cache.ts);
 * hiding on the page hides from those same readings (page-reading.ts).
 * Injecting it again is harmless: the flag below keeps a single listener per page.
 */
const FLAG = '__pithContentScript';
const scope = globalThis as typeof globalThis & { [FLAG]?: true };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  const reading = createPageReading(document);
  const hiding = startPageHiding(window, reading);
  onMessage(
    handle({
      ping: () => ({ ready: true }),
      extract: async ({ options: asked }) => {
        // Blocks the reader picked on this site stay out of the article too; those shown again stay in.
        const options = { ...asked, ...(await hiding.pageOptions()) };
        const { value, cache: status } = reading.read(options);
        return { ...value, cache: status };
      },
      hide: ({ on, options }) => hiding.hide(on, options),
      pick: () => hiding.pick(),
    }),
  );
}
