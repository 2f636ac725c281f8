import { useEffect, useState } from 'preact/hooks';
import type { PithApi, Shortcut } from '../shared/extension-api';
import { type MessageKey, t } from './i18n';

const COMMAND_LABELS: Record<string, MessageKey> = {
  _execute_action: 'commandPopup',
  'open-reader': 'commandReader',
};

/** The extension's shortcuts as the browser has them, and a way to the browser's page that changes them. */
export function ShortcutList({ api }: { api: PithApi }) {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    let live = true;
    api.shortcuts().then(
      (list) => live && setShortcuts(list),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api]);
  return (
    <>
      <dl class="shortcuts">
        {shortcuts.map((s) => (
          <div key={s.name} class="shortcut">
            <dt>{COMMAND_LABELS[s.name] ? t(COMMAND_LABELS[s.name]!) : s.description}</dt>
            <dd>{s.keys ? <kbd>{s.keys}</kbd> : t('shortcutNone')}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="topbar-button" onClick={() => void api.openShortcutSettings()}>
        {t('changeShortcuts')}
      </button>
    </>
  );
}
