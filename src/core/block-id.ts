import type { ClutterCategory } from './types';

/**
 * A removed block's id: a hash of its category and its full text (FNV-1a, 32 bits, base 36). The text,
 * not its place in the page, so the id survives re-extraction, a switch flipped and back, and the page
 * re-rendered around it; the reader's "Show" on that block is remembered by it (settings.keptBlocks).
 */
export function blockId(category: ClutterCategory, text: string): string {
  let hash = 0x811c9dc5;
  const input = `${category}\u0000${text.replace(/\s+/g, ' ').trim()}`;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
