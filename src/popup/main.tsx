import { render } from 'preact';
import { createBrowserApi } from '../shared/browser-api';
import { applyUiLocale } from '../ui/i18n';
import { PopupApp } from '../ui/PopupApp';
import { fitPopupToViewport } from '../ui/popup-fit';
import { prefetchingApi } from './prefetch';
import '../ui/pith.css';

// Read by bench:browser (its breakdown of the time to article): the popup's code has loaded.
performance.mark('pith:start');

// `?tab=<id>` reads that tab (tests, or opening the reader from elsewhere); otherwise the active tab.
const tabParam = new URLSearchParams(location.search).get('tab');
const tabId = tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;

// The page is asked at once, with the stored switches, while the interface renders (prefetch.ts).
const api = prefetchingApi(createBrowserApi(), tabId);
applyUiLocale();
fitPopupToViewport();
render(<PopupApp api={api} tabId={tabId} />, document.getElementById('app')!);
