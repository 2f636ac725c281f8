/**
 * The work budget of one extraction. What bounds the work are the caps, counted
 * in operations so that a page gets the same result on any machine: elements,
 * depth and text of the copy (guards.ts), quotations (quotes/index.ts). Readability
 * and DOMPurify cannot be interrupted; the size of the copy they get bounds them.
 *
 * Time is the safety net behind the caps: checked between stages and, every few
 * hundred steps, inside the copy. When it runs out, the copy is cut short (and read
 * as far as it got), and the stages the reader can do without (the clutter pass,
 * the key quotes) are skipped; the article says so in `Article.limits`. Pure: the
 * clock is injected (tests use a fake).
 */
/** The pipeline's stages, in order; their names key the timings. */
export const STAGES = [
  'copy',
  'marks',
  'readability',
  'clutter',
  'sanitize',
  'blocks',
  'metadata',
  'quotes',
] as const;
export type Stage = (typeof STAGES)[number];

export type Clock = () => number;

export interface WorkLimits {
  /** Milliseconds after which the clutter pass and the key quotes are skipped. */
  ms: number;
  /** Milliseconds the lean copy may take before it is cut short. */
  copyMs: number;
  /** Milliseconds into Readability after which a failed reading is not tried again
   * (readability-retries.ts): real articles are read in one attempt, well within it. */
  retryMs: number;
}

/**
 * Set well above what real pages need: the slowest of the 892 corpus pages took
 * 2.9 s in all (its copy 1.3 s) under jsdom on this 2-core machine with a load
 * average near 6, and 7.7 s with a load near 14; idle, they take a fraction of a
 * second. Tighter timers cut real articles whenever the machine is busy.
 */
export const DEFAULT_LIMITS: WorkLimits = { ms: 8_000, copyMs: 4_000, retryMs: 1_000 };

/** How many steps of a loop pass between two looks at the clock (reading it costs ~50 ns). */
const CHECK_EVERY = 256;

const systemClock: Clock = () => globalThis.performance?.now() ?? Date.now();

export class WorkBudget {
  /** Milliseconds spent in each stage that ran, for benchmarks and the fuzz report. */
  readonly timings: Partial<Record<Stage, number>> = {};
  private readonly started: number;
  private stage: Stage | null = null;
  private stageStarted = 0;
  private steps = 0;
  private spent = false;

  constructor(
    readonly limits: WorkLimits = DEFAULT_LIMITS,
    private readonly clock: Clock = systemClock,
  ) {
    this.started = clock();
  }

  /** Ends the stage under way (recording its time) and starts the next. */
  enter(stage: Stage): void {
    const now = this.clock();
    this.close(now);
    this.stage = stage;
    this.stageStarted = now;
  }

  /** Ends the last stage. */
  finish(): void {
    this.close(this.clock());
    this.stage = null;
  }

  /** Whether the time is up. Once up, stays up. */
  exhausted(): boolean {
    if (!this.spent && this.clock() - this.started > this.limits.ms) this.spent = true;
    return this.spent;
  }

  /**
   * For hot loops: counts one step and looks at the clock only every few hundred.
   * True when the whole budget is spent, or the current stage has run `stageMs`.
   */
  step(stageMs = Number.POSITIVE_INFINITY): boolean {
    if (this.spent) return true;
    if (++this.steps % CHECK_EVERY !== 0) return false;
    return this.exhausted() || this.clock() - this.stageStarted > stageMs;
  }

  elapsed(): number {
    return this.clock() - this.started;
  }

  private close(now: number): void {
    if (this.stage) this.timings[this.stage] = (this.timings[this.stage] ?? 0) + now - this.stageStarted;
  }
}

/** A budget that never runs out, for callers that want the whole result whatever it costs. */
export function unlimitedBudget(clock?: Clock): WorkBudget {
  return new WorkBudget(
    { ms: Number.POSITIVE_INFINITY, copyMs: Number.POSITIVE_INFINITY, retryMs: Number.POSITIVE_INFINITY },
    clock,
  );
}
