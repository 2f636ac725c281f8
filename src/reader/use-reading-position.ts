import { useEffect, useState } from 'preact/hooks';
import type { PithApi } from '../shared/extension-api';
import { loadPosition, savePosition } from './reader-store';

/** How far down the page is scrolled, 0–1. */
function scrolled(): number {
  const room = document.documentElement.scrollHeight - window.innerHeight;
  return room > 0 ? Math.min(1, Math.max(0, window.scrollY / room)) : 1;
}

const blocks = () => [...document.querySelectorAll<HTMLElement>('.article-body > *')];
/** The sticky bar covers the top of the page: what is under it is not in view. */
const topOfView = () => document.querySelector('.reader-top')?.getBoundingClientRect().bottom ?? 0;

/** Index of the first block of the article whose end is in view. */
function firstBlockInView(): number | null {
  const top = topOfView();
  const index = blocks().findIndex((el) => el.getBoundingClientRect().bottom > top + 1);
  return index >= 0 ? index : null;
}

/**
 * Restores where the reader left this article (by its source URL) once it is shown,
 * then keeps the place as they scroll; returns the reading progress for the bar.
 * The place is the first block in view: images loading above it don't move it
 * (the browser's scroll anchoring keeps it in place once scrolled to).
 */
export function useReadingPosition(api: PithApi, url: string | null): number {
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () =>
      void savePosition(api.positionArea, url, scrolled(), firstBlockInView()).catch(() => {});
    const onScroll = () => {
      setProgress(scrolled());
      clearTimeout(timer);
      timer = setTimeout(save, 250);
    };
    loadPosition(api.positionArea, url)
      .catch(() => null)
      .then((position) => {
        if (controller.signal.aborted) return;
        const block = position?.block != null ? blocks()[position.block] : undefined;
        if (block) {
          const y = window.scrollY + block.getBoundingClientRect().top - topOfView();
          window.scrollTo({ top: y, behavior: 'instant' });
        } else if (position) {
          const room = document.documentElement.scrollHeight - window.innerHeight;
          window.scrollTo({ top: position.at * room, behavior: 'instant' });
        }
        setProgress(scrolled());
        window.addEventListener('scroll', onScroll, { passive: true, signal: controller.signal });
        window.addEventListener('pagehide', save, { signal: controller.signal });
      });
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, url]);
  return progress;
}
