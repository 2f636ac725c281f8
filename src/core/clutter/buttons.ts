/** A link styled as a button: its class says so. */
const BUTTON_CLASS = /(?<![a-z0-9])(?:btn|button|cta)(?![a-z0-9])/i;

/** A block that is nothing but one short link styled as a button. */
export function isLoneButton(el: Element, linkDensity: () => number): boolean {
  const links = el.getElementsByTagName('a');
  return (
    links.length === 1 && linkDensity() >= 0.9 && BUTTON_CLASS.test(links[0]!.getAttribute('class') ?? '')
  );
}

/** A call to action stands alone; buttons listed side by side are the page's tags, topics or menu. */
const MIN_LISTED_BUTTONS = 3;
const ITEMS_LOOKED_AT = 8;

export function inButtonList(el: Element): boolean {
  const list = el.closest('li')?.parentElement;
  if (!list) return false;
  // (A look at the first few items: a list of thousands costs no more than a list of ten.)
  let buttons = 0;
  for (const item of Array.from(list.children).slice(0, ITEMS_LOOKED_AT)) {
    const link = item.getElementsByTagName('a')[0];
    if (link && BUTTON_CLASS.test(link.getAttribute('class') ?? '') && ++buttons >= MIN_LISTED_BUTTONS)
      return true;
  }
  return false;
}
