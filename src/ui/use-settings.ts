import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import type { PithApi } from '../shared/extension-api';
import { applyPatch, type Settings, type SettingsPatch } from '../shared/settings';

/**
 * Settings as component state: loaded once, kept in step with every other
 * context through the storage change subscription, and updated optimistically
 * so a switch responds before the write has landed.
 */
export function useSettings(api: PithApi): [Settings | null, (patch: SettingsPatch) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  // A layout effect: Preact runs plain effects only after a frame is painted, and the popup's
  // reading waits on the settings (the reading itself starts the same way, use-tab-reading.ts).
  useLayoutEffect(() => {
    const controller = new AbortController();
    api.onSettingsChanged((next) => setSettings(next), controller.signal);
    api.getSettings().then((loaded) => {
      // Read by bench:browser (its breakdown of the time to article); a no-op for the reader.
      performance.mark('pith:settings');
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
