import { render } from 'preact';
import { createBrowserApi } from '../shared/browser-api';
import { applyUiLocale } from '../ui/i18n';
import { ReaderApp } from './ReaderApp';
import '../ui/pith.css';
import './reader.css';

const id = new URLSearchParams(location.search).get('id') ?? '';
applyUiLocale();
render(<ReaderApp api={createBrowserApi()} id={id} />, document.getElementById('app')!);
