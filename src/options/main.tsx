import { render } from 'preact';
import { createBrowserApi } from '../shared/browser-api';
import { applyUiLocale, t } from '../ui/i18n';
import { OptionsApp } from '../ui/OptionsApp';
import '../ui/pith.css';

applyUiLocale();
document.title = t('optionsTitle');
render(<OptionsApp api={createBrowserApi()} />, document.getElementById('app')!);
