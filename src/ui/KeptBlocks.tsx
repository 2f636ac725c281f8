import type { Settings, SettingsPatch } from '../shared/settings';
import { formatNumber, t } from './i18n';

/** The options page's note of the pages where the reader put removed blocks back ("Show"), with Forget all. */
export function KeptBlocks({ settings, onChange }: KeptBlocksProps) {
  const pages = Object.keys(settings.keptBlocks).length;
  return (
    <p class="kept-blocks">
      <span>{t('optionsKeptPages', formatNumber(pages))}</span>{' '}
      {pages > 0 && (
        <button type="button" class="link-button" onClick={() => onChange({ keptBlocks: {} })}>
          {t('optionsKeptForget')}
        </button>
      )}
    </p>
  );
}

interface KeptBlocksProps {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
}
