import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openReader, skipReason, useChromium } from './harness';
import { axeViolations } from './ui-helpers';

/**
 * Read aloud in the full-tab reader. Headless Chromium on Linux usually has no voice
 * (no speech-dispatcher): where `speechSynthesis.getVoices()` is empty, the tests put a
 * stand-in engine in place of `speechSynthesis` (same API; an utterance ends when the test
 * says so) and say so on the console. Everything else is the shipped code.
 */
const FAKE_ENGINE = `(() => {
  const voices = window.__pithVoices ?? [{ name: 'Test English', lang: 'en-GB', default: true, localService: true, voiceURI: 'test-en' }, { name: 'Test Deutsch', lang: 'de-DE', default: false, localService: true, voiceURI: 'test-de' }];
  const spoken = [];
  class Utterance extends EventTarget { constructor(text) { super(); this.text = text; this.rate = 1; this.lang = ''; this.voice = null; this.onend = null; this.onerror = null; } }
  const engine = {
    speaking: false, paused: false, pending: false,
    getVoices: () => voices,
    speak(u) { spoken.push(u); this.speaking = true; },
    cancel() { const live = spoken.filter((u) => !u.done); for (const u of live) { u.done = true; u.onerror?.({ error: 'interrupted' }); } this.speaking = false; },
    pause() { this.paused = true; }, resume() { this.paused = false; },
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
  window.__speech = {
    texts: () => spoken.filter((u) => !u.cancelled).map((u) => u.text),
    finish() { const u = spoken.filter((x) => !x.done).at(-1); if (u) { u.done = true; u.onend?.({}); } },
    last: () => spoken.at(-1) && { text: spoken.at(-1).text, rate: spoken.at(-1).rate, voice: spoken.at(-1).voice?.name ?? null },
  };
})();`;

describe.skipIf(skipReason)('read aloud in the reader (Chromium)', () => {
  const session = useChromium();

  async function openFullReader(): Promise<{ reader: Page; close: () => Promise<unknown> }> {
    const { popup, target } = await openReader(session.browser, `${session.server.origin}/nissan/`);
    const [reader] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open in reader' }).click(),
    ]);
    await reader.locator('main[aria-busy="false"] .article-body').waitFor();
    return { reader, close: () => Promise.all([reader.close(), popup.close(), target.close()]) };
  }

  it('highlights the paragraph being spoken, keeps it in view, and moves on', async () => {
    const probe = await session.browser.context.newPage();
    await probe.goto(`chrome-extension://${session.browser.extensionId}/src/reader/index.html?id=probe`);
    const realVoices = await probe.evaluate(
      () =>
        new Promise<number>((resolve) => setTimeout(() => resolve(speechSynthesis.getVoices().length), 500)),
    );
    await probe.close();
    if (realVoices === 0) {
      console.log('[speech] headless Chromium has no voice here: using a stand-in speech engine');
      await session.browser.context.addInitScript(FAKE_ENGINE);
    }
    const { reader, close } = await openFullReader();
    await reader.setViewportSize({ width: 800, height: 600 });
    await reader.getByRole('button', { name: 'Read aloud' }).click();
    // Voices of the article's language (en-GB) come first.
    await expect
      .poll(() => reader.locator('select[name="speechVoice"] option').first().getAttribute('lang'))
      .toMatch(/^en/);
    await reader.getByRole('button', { name: 'Play' }).click();
    const speaking = reader.locator('.article-body .is-speaking');
    await expect.poll(() => speaking.count()).toBe(1);
    const first = await speaking.textContent();
    expect(await reader.locator('.article-body p').first().textContent()).toBe(first);
    if (realVoices > 0) return close();

    expect(
      await reader.evaluate(() =>
        (window as unknown as { __speech: { texts(): string[] } }).__speech.texts(),
      ),
    ).toEqual([first]);
    // Done with that paragraph: the next is spoken, highlighted and in view.
    for (let i = 0; i < 6; i++)
      await reader.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());
    await expect
      .poll(() => speaking.textContent())
      .toBe(await reader.locator('.article-body p').nth(6).textContent());
    await expect
      .poll(async () => {
        const box = (await speaking.boundingBox())!;
        return box.y >= 0 && box.y + Math.min(box.height, 100) <= 600;
      })
      .toBe(true);
    await reader.screenshot({ path: path.join(ARTIFACTS, 'ui-reader-speaking.png') });
    // The controls stay at hand while the page scrolls with the reading.
    const pause = (await reader.getByRole('button', { name: 'Pause' }).boundingBox())!;
    expect(pause.y).toBeGreaterThanOrEqual(0);
    expect(pause.y + pause.height).toBeLessThanOrEqual(300);
    await reader.getByRole('button', { name: 'Previous paragraph' }).click();
    await expect
      .poll(() => speaking.textContent())
      .toBe(await reader.locator('.article-body p').nth(5).textContent());
    // Speed applies at once (the paragraph starts again at the new rate).
    await reader.locator('input[name="speechRate"]').fill('1.5');
    await expect
      .poll(() =>
        reader.evaluate(
          () => (window as unknown as { __speech: { last(): { rate: number } } }).__speech.last().rate,
        ),
      )
      .toBe(1.5);
    await reader.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => reader.getByRole('button', { name: 'Play' }).count()).toBe(1);
    expect(await axeViolations(reader)).toEqual([]);
    // The key quotes alone.
    await reader.getByRole('button', { name: 'Read the key quotes' }).click();
    await expect.poll(() => reader.locator('.quotes blockquote.is-speaking').count()).toBe(1);
    expect(await reader.locator('.article-body .is-speaking').count()).toBe(0);
    await reader.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => reader.locator('.is-speaking').count()).toBe(0);
    await close();
  });
});

describe.skipIf(skipReason)('read aloud without voices (Chromium)', () => {
  const session = useChromium();

  it('says plainly that the browser has no voices', async () => {
    // A stand-in engine with no voices, whatever this machine has.
    await session.browser.context.addInitScript(`window.__pithVoices = []; ${FAKE_ENGINE}`);
    const { popup, target } = await openReader(session.browser, `${session.server.origin}/nissan/`);
    const [reader] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open in reader' }).click(),
    ]);
    await reader.locator('main[aria-busy="false"] .article-body').waitFor();
    await reader.getByRole('button', { name: 'Read aloud' }).click();
    await expect
      .poll(() => reader.locator('.speech-none').textContent())
      .toMatch(/^Your browser has no voices/);
    await Promise.all([reader.close(), popup.close(), target.close()]);
  });
});
