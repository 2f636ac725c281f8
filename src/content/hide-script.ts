import { handle } from '../shared/messages';
import { onMessage } from './extension-global';
import { startPageHiding } from './hide';
import { sharedPageReading } from './shared-reading';

/**
 * The page-hiding script: registered for the sites where the reader turned hiding on (and granted
 * access; background/hide-scripts.ts), and injected by the popup when the reader turns it on or
 * picks a block. It follows the stored settings on its own and answers the popup's `hide` and
 * `pick`. Kept apart from the reading script (index.ts) so that reading a page carries none of
 * this into it; where both run, each answers only its own messages.
 */
const FLAG = '__pithHideScript';
const scope = globalThis as typeof globalThis & { [FLAG]?: true };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  // Hides from the page's readings, shared with the reading script (shared-reading.ts).
  const hiding = startPageHiding(window, sharedPageReading(document));
  onMessage(
    handle({
      hide: ({ on, options }) => hiding.hide(on, options),
      pick: () => hiding.pick(),
    }),
  );
}
