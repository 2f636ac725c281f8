/**
 * "Hide something else…": the reader points at a block on the page. The block under the pointer (or,
 * for the keyboard, the one in the middle of the view) is outlined; ArrowUp widens the selection to
 * the enclosing block, ArrowDown narrows it back; a click or Enter picks it, Escape cancels. Nothing
 * on the page reacts meanwhile: the picker takes the events first and stops them.
 */
const OUTLINE_ID = 'pith-picker-outline';
const NEVER = new Set(['HTML', 'BODY', 'HEAD']);

export function pickElement(win: Window): Promise<Element | null> {
  const document = win.document;
  document.getElementById(OUTLINE_ID)?.remove();
  const outline = document.createElement('div');
  outline.id = OUTLINE_ID;
  outline.setAttribute(
    'style',
    'position:fixed;pointer-events:none;z-index:2147483647;box-sizing:border-box;' +
      'outline:3px solid #c62828;background:rgba(198,40,40,.12);transition:all 60ms;',
  );
  document.documentElement.append(outline);

  let current: Element | null = null;
  const narrower: Element[] = [];
  const select = (el: Element | null) => {
    if (!el || NEVER.has(el.tagName) || el === outline) return;
    current = el;
    const box = el.getBoundingClientRect();
    Object.assign(outline.style, {
      top: `${box.top}px`,
      left: `${box.left}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
  };
  select(document.elementFromPoint?.(win.innerWidth / 2, win.innerHeight / 2) ?? null);

  return new Promise((resolve) => {
    const stop = (event: Event) => {
      event.preventDefault();
      event.stopPropagation();
    };
    const finish = (el: Element | null) => {
      win.removeEventListener('mousemove', onMove, true);
      win.removeEventListener('click', onClick, true);
      win.removeEventListener('keydown', onKey, true);
      outline.remove();
      resolve(el);
    };
    const onMove = (event: MouseEvent) => {
      narrower.length = 0;
      select(elementOf(event.target));
    };
    const onClick = (event: MouseEvent) => {
      stop(event);
      const target = elementOf(event.target);
      finish(target && !NEVER.has(target.tagName) ? target : current);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') finish(null);
      else if (event.key === 'Enter') finish(current);
      else if (
        event.key === 'ArrowUp' &&
        current?.parentElement &&
        !NEVER.has(current.parentElement.tagName)
      ) {
        narrower.push(current);
        select(current.parentElement);
      } else if (event.key === 'ArrowDown' && current) {
        select(narrower.pop() ?? current.firstElementChild);
      } else return;
      stop(event);
    };
    win.addEventListener('mousemove', onMove, true);
    win.addEventListener('click', onClick, true);
    win.addEventListener('keydown', onKey, true);
  });
}

function elementOf(target: EventTarget | null): Element | null {
  return target && (target as Node).nodeType === 1 ? (target as Element) : null;
}
