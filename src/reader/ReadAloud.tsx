import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatNumber, t } from '../ui/i18n';
import { Narrator, type NarratorState, orderVoices } from './narrator';

const SPOKEN = '.article-body :is(p, h2, h3, h4, li, blockquote, figcaption, td)';
/** Paragraph-like blocks of the article in reading order (no block inside another). */
function articleBlocks(): HTMLElement[] {
  const all = [...document.querySelectorAll<HTMLElement>(SPOKEN)].filter((el) => el.textContent?.trim());
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}
const quoteBlocks = () => [...document.querySelectorAll<HTMLElement>('.quotes blockquote')];

/**
 * The read-aloud controls: play/pause, previous/next paragraph, speed, voice (those of
 * the article's language first), and the key quotes alone. The paragraph being read is
 * highlighted and kept in view. Says so plainly when the browser has no voices.
 */
export function ReadAloud({ lang }: { lang: string | null }) {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [state, setState] = useState<NarratorState>({ playing: false, paused: false, index: -1, total: 0 });
  const [rate, setRate] = useState(1);
  const [voiceName, setVoiceName] = useState('');
  const spoken = useRef<HTMLElement | null>(null);

  const narrator = useMemo(
    () =>
      synth &&
      new Narrator(synth, lang ?? undefined, (next, element) => {
        setState(next);
        spoken.current?.classList.remove('is-speaking');
        spoken.current = element;
        if (element) {
          element.classList.add('is-speaking');
          element.scrollIntoView({ block: 'center', behavior: 'smooth' });
        }
      }),
    [synth, lang],
  );

  useEffect(() => {
    if (!synth) return;
    const load = () => setVoices(orderVoices(synth.getVoices(), lang));
    load();
    synth.addEventListener('voiceschanged', load);
    return () => {
      synth.removeEventListener('voiceschanged', load);
      narrator?.stop();
    };
  }, [synth, narrator, lang]);

  if (!synth || !narrator || voices.length === 0)
    return (
      <p class="speech-none" role="status">
        {t('speechNoVoices')}
      </p>
    );

  const voice = voices.find((v) => v.name === voiceName) ?? voices[0]!;
  narrator.voice = voice;
  narrator.rate = rate;
  const toggle = () => {
    if (!state.playing) narrator.play(articleBlocks(), 0);
    else if (state.paused) narrator.resume();
    else narrator.pause();
  };
  return (
    <div class="speech">
      <div class="speech-buttons">
        <button
          type="button"
          class="topbar-button"
          disabled={!state.playing}
          onClick={() => narrator.previous()}
        >
          {t('speechPrevious')}
        </button>
        <button type="button" class="topbar-button speech-play" onClick={toggle}>
          {state.playing && !state.paused ? t('speechPause') : t('speechPlay')}
        </button>
        <button type="button" class="topbar-button" disabled={!state.playing} onClick={() => narrator.next()}>
          {t('speechNext')}
        </button>
        <button type="button" class="topbar-button" disabled={!state.playing} onClick={() => narrator.stop()}>
          {t('speechStop')}
        </button>
        <button type="button" class="topbar-button" onClick={() => narrator.play(quoteBlocks(), 0)}>
          {t('speechQuotes')}
        </button>
      </div>
      <label class="slider">
        <span class="slider-label">{t('speechRate')}</span>
        <input
          type="range"
          name="speechRate"
          min={0.5}
          max={2}
          step={0.25}
          value={rate}
          onInput={(e) => {
            setRate(e.currentTarget.valueAsNumber);
            narrator.rate = e.currentTarget.valueAsNumber;
            narrator.restartCurrent();
          }}
        />
        <output>{t('speechRateValue', formatNumber(rate))}</output>
      </label>
      <label class="speech-voice">
        <span class="slider-label">{t('speechVoice')}</span>
        <select
          name="speechVoice"
          value={voice.name}
          onChange={(e) => {
            setVoiceName(e.currentTarget.value);
            narrator.voice = voices.find((v) => v.name === e.currentTarget.value) ?? null;
            narrator.restartCurrent();
          }}
        >
          {voices.map((v) => (
            <option key={v.name} value={v.name} lang={v.lang}>
              {`${v.name} (${v.lang})`}
            </option>
          ))}
        </select>
      </label>
      <p class="visually-hidden" role="status">
        {state.playing ? t('speechReading', formatNumber(state.index + 1), formatNumber(state.total)) : ''}
      </p>
    </div>
  );
}
