/**
 * The blind half: every labelled page falls in the tuning half or the check half by a
 * stable hash of its id (FNV-1a, 32 bits: even → tune, odd → check). Rules and the block
 * model are tuned and trained on the tuning half only; the check half is what is reported.
 */
export const HALVES = ['tune', 'check'] as const;
export type Half = (typeof HALVES)[number];

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function halfOf(id: string): Half {
  return fnv1a(id) % 2 === 0 ? 'tune' : 'check';
}
