import type { Readability } from '@mozilla/readability';

/**
 * When its first reading of a page finds under 500 characters, Readability restores the
 * page from a copy of its HTML (re-parsing all of it) and reads it again with a rule turned
 * off, up to three more times, then keeps the longest reading. On a page of many thousands
 * of elements with little text (a huge table, a page of empty wrappers) each attempt takes
 * seconds that no one can interrupt: four of them made the slowest fuzz documents.
 *
 * This lets a retry start only while `mayRetry()` says so; otherwise Readability goes straight
 * to its own last resort, the longest of the readings it has made. When `lastResort()` says the
 * page has text enough to hold an article, one more reading is made first, with every rule off
 * (Readability's own last attempt): a large page read slowly (a slow machine, a busy one) whose
 * first reading stripped its article would otherwise be refused as no article at all.
 *
 * It hooks the moment a reading fails (Readability records it in `_attempts`, then looks at its
 * flags to choose the next attempt): from then on every flag reads as off, so no attempt is left
 * to make. The methods are Readability's own (not in its typings); versions are pinned exactly,
 * and `test/core/readability-retries.test.ts` checks that they are still there and used so.
 */
export function boundRetries(
  reader: Readability<unknown>,
  mayRetry: () => boolean,
  lastResort: () => boolean = () => false,
): void {
  const inner = reader as unknown as {
    _attempts?: unknown[];
    _flags?: number;
    _flagIsActive?: (flag: number) => boolean;
  };
  const attempts = inner._attempts;
  const flagIsActive = inner._flagIsActive;
  if (!Array.isArray(attempts) || typeof flagIsActive !== 'function' || typeof inner._flags !== 'number')
    return;
  let givenUp = false;
  let leap = false;
  const push = attempts.push;
  attempts.push = function (this: unknown[], ...items: unknown[]): number {
    if (!givenUp && !mayRetry()) {
      givenUp = true;
      // One reading with every rule off, when some rule is still on and the page has text enough to
      // hold an article (not a page of empty wrappers, whose readings are the slow ones).
      leap = inner._flags !== 0 && lastResort();
    }
    return push.apply(this, items);
  };
  inner._flagIsActive = function (this: unknown, flag: number): boolean {
    if (leap) {
      // Readability asks for its next rule to turn off: say it is the only one on, so none is left.
      leap = false;
      inner._flags = flag;
      return true;
    }
    return givenUp ? false : flagIsActive.call(this, flag);
  };
}
