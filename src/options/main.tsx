import { render } from 'preact';
import { createBrowserApi } from '../shared/browser-api';
import { OptionsApp } from '../ui/OptionsApp';
import '../ui/pith.css';

render(<OptionsApp api={createBrowserApi()} />, document.getElementById('app')!);
