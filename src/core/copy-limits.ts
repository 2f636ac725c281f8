import type { WorkBudget } from './budget';

/**
 * The lean copy's limits (guards.ts sets them) and the counting that enforces them as the copy
 * walks the page: every limit is checked per element copied, so a huge page costs no more than
 * the part read before one is reached.
 */

export interface CloneLimits {
  /** What relative links resolve against. The copy is a new document at about:blank, so without it
   * (or with the page's own relative <base>) Readability would turn every link and image into nonsense. */
  baseUrl?: string;
  maxElements: number;
  maxDepth: number;
  maxTextLength: number;
  /** The most characters of one text node (guards.ts MAX_TEXT_NODE); unlimited when absent. */
  maxTextNode?: number;
  /** The most table cells (td, th) copied in all (guards.ts MAX_TABLE_CELLS); unlimited when absent. */
  maxTableCells?: number;
  /** The most elements copied into one parent (guards.ts MAX_CHILDREN); unlimited when absent. */
  maxChildren?: number;
  /** The most nesting work (the sum of the copied elements' depths, guards.ts) the copy may hold. */
  maxNesting?: number;
  /** Time: the copy stops (cut short) once it has run this long on the budget's clock. */
  budget?: WorkBudget;
  copyMs?: number;
  /** A hidden element to copy as if visible (an article kept hidden until a script moves it into place). */
  reveal?: Element | null;
  /** When given, each copied element is recorded here with the live element it was copied from
   * (page-clutter.ts maps what the clutter pass removes back to the page). */
  sources?: Map<Element, Element>;
}

/**
 * Which limit cut the copy short. Past the element, text or time limit the copy
 * stops and holds the page up to there; past the depth limit a subtree is left out
 * and the walk goes on.
 */
export type CopyCut = 'elements' | 'text' | 'time' | 'depth';

/** Thrown inside the walk when a limit is reached; caught by leanClone, which keeps what was copied. */
export class OverLimit {
  constructor(readonly limit: CopyCut) {}
}

/** The counts behind the element limits: elements in all, table cells, nesting work and time. */
export class CopyCounts {
  private elements = 0;
  private tableCells = 0;
  private nesting = 0;
  constructor(private readonly limits: CloneLimits) {}

  /** Counts one element about to be copied, the `nth` child of its parent at `depth`; throws past a limit. */
  element(tag: string, depth: number, nth: number): void {
    const { limits } = this;
    if (++this.elements > limits.maxElements || nth > (limits.maxChildren ?? Number.POSITIVE_INFINITY))
      throw new OverLimit('elements');
    if (
      (tag === 'TD' || tag === 'TH') &&
      ++this.tableCells > (limits.maxTableCells ?? Number.POSITIVE_INFINITY)
    )
      throw new OverLimit('elements');
    this.nesting += depth;
    if (this.nesting > (limits.maxNesting ?? Number.POSITIVE_INFINITY)) throw new OverLimit('elements');
    if (limits.budget?.step(limits.copyMs)) throw new OverLimit('time');
  }
}
