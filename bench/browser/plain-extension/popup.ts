/**
 * The baseline's popup: inject the content script into the tab given as ?tab=N,
 * show its text. As little as a Readability popup can do.
 */
declare const chrome: {
  scripting: {
    executeScript(i: {
      target: { tabId: number };
      files?: string[];
      func?: () => unknown;
    }): Promise<{ result?: unknown }[]>;
  };
};

const tabId = Number(new URLSearchParams(location.search).get('tab'));
const main = document.querySelector('main')!;
chrome.scripting
  .executeScript({ target: { tabId }, files: ['/content.js'] })
  .then(() =>
    chrome.scripting.executeScript({
      target: { tabId },
      func: () => (globalThis as unknown as { __plainReadability: unknown }).__plainReadability,
    }),
  )
  .then(([injection]) => {
    const { title, text } = (injection?.result ?? { title: '', text: '' }) as { title: string; text: string };
    const h1 = document.createElement('h1');
    h1.textContent = title;
    const article = document.createElement('div');
    article.id = 'article';
    for (const paragraph of text.split(/\n\s*\n/)) {
      if (!paragraph.trim()) continue;
      const p = document.createElement('p');
      p.textContent = paragraph.trim();
      article.append(p);
    }
    main.replaceChildren(h1, article);
  })
  .catch((error: unknown) => {
    main.textContent = `Could not read the page: ${String(error)}`;
  });
