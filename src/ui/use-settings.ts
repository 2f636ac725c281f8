import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PithApi } from '../shared/extension-api';
import { applyPatch, type Settings, type SettingsPatch } from '../shared/settings';

/**
 * Settings as component state: loaded once, kept in step with every other
 * context through the storage change subscription, and updated optimistically
 * so a switch responds before the write has landed.
 */
export function useSettings(api: PithApi): [Settings | null, (patch: SettingsPatch) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.onSettingsChanged((next) => setSettings(next), controller.signal);
    api.getSettings().then((loaded) => {
      if (!controller.signal.aborted) setSettings((current) => current ?? loaded);
    });
    return () => controller.abort();
  }, [api]);
  const update = useCallback(
    (patch: SettingsPatch) => {
      setSettings((current) => (current ? applyPatch(current, patch) : current));
      void api.setSettings(patch);
    },
    [api],
  );
  return [settings, update];
}
