import type { Control } from './types';

/**
 * In-page helpers, passed to the browser as functions: self-contained (no closures,
 * no imports), since both drivers send their source text to the page.
 */

/** The form control with this role whose accessible name contains `name` (whitespace folded). */
export function findControl({ role, name }: Control): Element | null {
  const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const selector =
    role === 'switch'
      ? '[role="switch"]'
      : role === 'radio'
        ? 'input[type="radio"], [role="radio"]'
        : 'button, [role="button"]';
  for (const element of document.querySelectorAll(selector)) {
    const labelledBy = element.getAttribute('aria-labelledby');
    const accessibleName = fold(
      element.getAttribute('aria-label') ||
        (labelledBy
          ? labelledBy
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent)
              .join(' ')
          : '') ||
        (element as HTMLInputElement).labels?.[0]?.textContent ||
        element.closest('label')?.textContent ||
        element.textContent,
    );
    if (accessibleName.includes(fold(name))) return element;
  }
  return null;
}

/** Whether the control is on (checked, or aria-checked/aria-pressed true). */
export function controlIsChecked(element: Element): boolean {
  if (element instanceof HTMLInputElement) return element.checked;
  return element.getAttribute('aria-checked') === 'true' || element.getAttribute('aria-pressed') === 'true';
}

/** The text of the open toolbar popup's finished <main>, read from another page of the extension. */
export function toolbarPopupText(): string {
  const { chrome } = globalThis as unknown as { chrome: { extension: { getViews(q: object): Window[] } } };
  const [popup] = chrome.extension.getViews({ type: 'popup' });
  return popup?.document.querySelector('main[aria-busy="false"]')?.textContent ?? '';
}

/** Makes the tab active, then opens the toolbar popup over it (run in an extension context). */
export async function activateAndOpenPopup(tabId: number): Promise<void> {
  const { chrome } = globalThis as unknown as {
    chrome: {
      tabs: { update(id: number, p: object): Promise<unknown> };
      action: { openPopup(): Promise<void> };
    };
  };
  await chrome.tabs.update(tabId, { active: true });
  await chrome.action.openPopup();
}
