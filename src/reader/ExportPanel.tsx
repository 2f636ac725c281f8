import { useState } from 'preact/hooks';
import type { Article } from '../core/types';
import { t } from '../ui/i18n';
import { exportMarkdown, exportPlainText, markdownFileName } from './export';

/** Copy as text or Markdown, download .md, print / save as PDF. */
export function ExportPanel({ article, url }: { article: Article; url: string }) {
  const [status, setStatus] = useState('');
  const markdown = () =>
    exportMarkdown(article, document.querySelector('.article-body') ?? document.createElement('div'), url);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([markdown()], { type: 'text/markdown;charset=utf-8' }));
    link.download = markdownFileName(article.title);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };
  return (
    <div class="export">
      <button type="button" class="topbar-button" onClick={() => void copy(exportPlainText(article, url))}>
        {t('copyText')}
      </button>
      <button type="button" class="topbar-button" onClick={() => void copy(markdown())}>
        {t('copyMarkdown')}
      </button>
      <button type="button" class="topbar-button" onClick={download}>
        {t('downloadMarkdown')}
      </button>
      <button type="button" class="topbar-button" onClick={() => window.print()}>
        {t('printArticle')}
      </button>
      <p class="export-status" role="status">
        {status}
      </p>
    </div>
  );
}
