/**
 * Re-analysis triggers for pages that change under the shopper: single-page navigation (the
 * URL changes without a load), infinite scroll (new cards arrive) and variant switches (the
 * price or the chosen option changes). Only the mutation records are looked at, never the
 * whole document, and bursts are debounced into one call.
 */
export interface WatchOptions {
  /** Quiet time before reporting, in milliseconds. */
  debounceMs?: number;
  /** How often the URL is compared, for pushState navigations that fire no event. */
  urlCheckMs?: number;
  /** Added elements in one burst that count as "more results". */
  minAddedElements?: number;
}

const PRICE_HINT = /price|hinta|preis|prix|precio|prezzo|cena|pris|hind|variant|swatch|selected|sku/i;
const WATCHED_ATTRIBUTES = ['class', 'aria-checked', 'aria-selected', 'aria-pressed', 'data-price', 'content', 'value', 'selected'];
/** Records looked at per burst: a page rewriting itself must not cost us more than this. */
const MAX_RECORDS = 500;

function near(node: Node | null): boolean {
  let el: Element | null = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    if (PRICE_HINT.test(`${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-testid') ?? ''}`)) return true;
  }
  return false;
}

/** Calls `onChange(reason)` after the page changed in a way worth a new analysis; returns a stop function. */
export function watchPage(doc: Document, onChange: (reason: string) => void, options: WatchOptions = {}): () => void {
  const view = doc.defaultView;
  if (!view || !doc.documentElement) return () => undefined;
  const debounceMs = options.debounceMs ?? 500;
  const minAdded = options.minAddedElements ?? 3;
  const reasons = new Set<string>();
  let timer: number | null = null;
  let lastUrl = doc.location?.href ?? '';
  let stopped = false;

  const report = (reason: string): void => {
    if (stopped) return;
    reasons.add(reason);
    if (timer !== null) view.clearTimeout(timer);
    timer = view.setTimeout(() => {
      timer = null;
      const all = [...reasons].join(', ');
      reasons.clear();
      if (!stopped) onChange(all);
    }, debounceMs);
  };

  const checkUrl = (): void => {
    const now = doc.location?.href ?? '';
    if (now !== lastUrl) {
      lastUrl = now;
      report('navigation');
    }
  };

  const observer = new view.MutationObserver((records) => {
    checkUrl();
    let added = 0;
    let variant = false;
    for (const record of records.slice(0, MAX_RECORDS)) {
      if (record.type === 'childList') {
        for (const node of Array.from(record.addedNodes).slice(0, 50)) if (node.nodeType === 1) added++;
        if (!variant && record.addedNodes.length > 0 && near(record.target)) variant = true;
      } else if (record.type === 'characterData') {
        if (!variant && near(record.target)) variant = true;
      } else if (record.type === 'attributes' && !variant && near(record.target)) variant = true;
    }
    if (added >= minAdded) report('new items');
    if (variant) report('price or variant changed');
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  const onPop = (): void => checkUrl();
  view.addEventListener('popstate', onPop);
  view.addEventListener('hashchange', onPop);
  const interval = view.setInterval(checkUrl, options.urlCheckMs ?? 1_000);

  return () => {
    stopped = true;
    observer.disconnect();
    view.removeEventListener('popstate', onPop);
    view.removeEventListener('hashchange', onPop);
    view.clearInterval(interval);
    if (timer !== null) view.clearTimeout(timer);
  };
}
