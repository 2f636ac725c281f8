// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { Narrator, type NarratorState, orderVoices } from '../../src/reader/narrator';

/** jsdom has no speech engine: a recording stand-in with the same shape. */
class FakeUtterance {
  rate = 1;
  lang = '';
  voice: unknown = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}
beforeAll(() => {
  (globalThis as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance = FakeUtterance;
});

function setup() {
  const spoken: FakeUtterance[] = [];
  const synth = {
    speak: (u: SpeechSynthesisUtterance) => spoken.push(u as unknown as FakeUtterance),
    cancel: () => {},
    pause: () => {},
    resume: () => {},
  };
  const seen: { state: NarratorState; text: string | null }[] = [];
  const narrator = new Narrator(synth, 'en', (state, el) =>
    seen.push({ state, text: el?.textContent ?? null }),
  );
  const paragraphs = ['One.', 'Two.', 'Three.'].map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  });
  return { narrator, spoken, seen, paragraphs };
}

describe('narrator', () => {
  it('reads paragraph after paragraph, reporting which one is spoken', () => {
    const { narrator, spoken, seen, paragraphs } = setup();
    narrator.rate = 1.5;
    narrator.play(paragraphs);
    expect(spoken.map((u) => u.text)).toEqual(['One.']);
    expect(spoken[0]!.rate).toBe(1.5);
    expect(spoken[0]!.lang).toBe('en');
    spoken[0]!.onend!();
    spoken[1]!.onend!();
    expect(spoken.map((u) => u.text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(seen.at(-1)).toEqual({
      state: { playing: true, paused: false, index: 2, total: 3 },
      text: 'Three.',
    });
    spoken[2]!.onend!();
    expect(narrator.state().playing).toBe(false);
    expect(seen.at(-1)!.text).toBeNull();
  });

  it('skips back and forth, and an interrupted utterance does not move on by itself', () => {
    const { narrator, spoken, paragraphs } = setup();
    narrator.play(paragraphs);
    narrator.next();
    narrator.next();
    narrator.previous();
    expect(spoken.map((u) => u.text)).toEqual(['One.', 'Two.', 'Three.', 'Two.']);
    // The replaced utterances end (cancel): nothing more is spoken.
    spoken[0]!.onend!();
    spoken[2]!.onerror!({ error: 'interrupted' });
    expect(spoken).toHaveLength(4);
    narrator.pause();
    expect(narrator.state()).toMatchObject({ playing: true, paused: true, index: 1 });
    narrator.stop();
    expect(narrator.state()).toMatchObject({ playing: false, index: -1 });
  });

  it('puts the voices of the article language first', () => {
    const voice = (name: string, lang: string) => ({ name, lang }) as SpeechSynthesisVoice;
    const ordered = orderVoices(
      [voice('Zed', 'en-US'), voice('Anna', 'de-DE'), voice('Bea', 'en-GB'), voice('Carl', 'fr-FR')],
      'en-GB',
    );
    expect(ordered.map((v) => v.name)).toEqual(['Bea', 'Zed', 'Anna', 'Carl']);
  });
});
