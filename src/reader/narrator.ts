/**
 * Reads a list of elements aloud one by one with the Web Speech API (the browser's
 * own voices, no network): play, pause, previous/next, speed and voice. The element
 * being spoken is reported (the reader highlights it and scrolls it into view).
 */
export interface NarratorState {
  playing: boolean;
  paused: boolean;
  /** Index of the element being read, or -1. */
  index: number;
  total: number;
}

type Synth = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'pause' | 'resume'>;

export class Narrator {
  private units: HTMLElement[] = [];
  private index = -1;
  private current: SpeechSynthesisUtterance | null = null;
  private paused = false;
  rate = 1;
  voice: SpeechSynthesisVoice | null = null;

  constructor(
    private readonly synth: Synth,
    private readonly lang: string | undefined,
    private readonly onChange: (state: NarratorState, element: HTMLElement | null) => void,
  ) {}

  /** Starts reading `units` from `from`. */
  play(units: HTMLElement[], from = 0): void {
    this.units = units;
    this.speak(from);
  }

  pause(): void {
    if (!this.current) return;
    this.synth.pause();
    this.paused = true;
    this.report();
  }

  resume(): void {
    if (!this.current) return;
    this.synth.resume();
    this.paused = false;
    this.report();
  }

  next(): void {
    if (this.current) this.speak(Math.min(this.index + 1, this.units.length));
  }

  previous(): void {
    if (this.current) this.speak(Math.max(this.index - 1, 0));
  }

  /** Speed or voice changed: say the current paragraph again with them. */
  restartCurrent(): void {
    if (this.current) this.speak(this.index);
  }

  stop(): void {
    this.current = null;
    this.index = -1;
    this.paused = false;
    this.synth.cancel();
    this.report();
  }

  state(): NarratorState {
    return {
      playing: this.current !== null,
      paused: this.paused,
      index: this.index,
      total: this.units.length,
    };
  }

  private speak(index: number): void {
    const element = this.units[index];
    // cancel() ends the utterance under way; its end event must not move on, hence `current`.
    this.current = null;
    this.synth.cancel();
    if (!element) {
      this.stop();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(element.textContent ?? '');
    utterance.rate = this.rate;
    if (this.voice) utterance.voice = this.voice;
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? this.lang;
    if (lang) utterance.lang = lang;
    utterance.onend = () => {
      if (this.current === utterance) this.speak(index + 1);
    };
    utterance.onerror = (event) => {
      // "interrupted"/"canceled" come from our own cancel(); anything else skips ahead.
      if (this.current === utterance && event.error !== 'interrupted' && event.error !== 'canceled')
        this.speak(index + 1);
    };
    this.current = utterance;
    this.index = index;
    this.paused = false;
    this.synth.speak(utterance);
    this.report();
  }

  private report(): void {
    this.onChange(this.state(), this.current ? (this.units[this.index] ?? null) : null);
  }
}

/** Voices for `lang` first (same language, then same region), then the rest, each group by name. */
export function orderVoices(
  voices: readonly SpeechSynthesisVoice[],
  lang: string | null,
): SpeechSynthesisVoice[] {
  const base = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  const rank = (v: SpeechSynthesisVoice) => {
    const voiceLang = v.lang.toLowerCase().replace('_', '-');
    if (lang && voiceLang === lang.toLowerCase()) return 0;
    if (base && voiceLang.split('-')[0] === base) return 1;
    return 2;
  };
  return [...voices].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
