/**
 * What the extension stored for a page against what `inspect` makes of the same bytes at the
 * same address: the same kind, the same cards, the same prices. Every difference is a bug.
 * A product page's shelves are read in the tab only when the popup asks, so they are not compared.
 */
import type { ListingItem, Money, PageAnalysis } from '../contract/analysis.ts';

const money = (m: Money | null | undefined): string => (m ? `${m.amount} ${m.currency ?? '?'}` : 'none');
const grid = (items: ListingItem[]): ListingItem[] => items.filter((i) => i.shelf === null);

export function differences(node: PageAnalysis, browser: PageAnalysis): string[] {
  const out: string[] = [];
  if (node.kind !== browser.kind) out.push(`kind: inspect ${node.kind}, browser ${browser.kind}`);
  if (node.partial !== browser.partial) out.push(`partial: inspect ${node.partial}, browser ${browser.partial}`);
  const a = node.product;
  const b = browser.product;
  if (a || b) {
    if (money(a?.price) !== money(b?.price)) out.push(`price: inspect ${money(a?.price)}, browser ${money(b?.price)}`);
    if (money(a?.priorPrice) !== money(b?.priorPrice)) out.push(`prior price: inspect ${money(a?.priorPrice)}, browser ${money(b?.priorPrice)}`);
    if ((a?.availability ?? null) !== (b?.availability ?? null)) out.push(`availability: inspect ${a?.availability}, browser ${b?.availability}`);
    if ((a?.name ?? null) !== (b?.name ?? null)) out.push(`name: inspect ${JSON.stringify(a?.name)}, browser ${JSON.stringify(b?.name)}`);
  }
  if (!browser.shelvesPending) {
    const left = grid(node.items);
    const right = grid(browser.items);
    if (left.length !== right.length) out.push(`cards: inspect ${left.length}, browser ${right.length}`);
    const prices = (items: ListingItem[]) => items.map((i) => money(i.price)).join(' | ');
    if (left.length === right.length && prices(left) !== prices(right)) out.push(`card prices differ: inspect [${prices(left).slice(0, 200)}], browser [${prices(right).slice(0, 200)}]`);
    const paid = (items: ListingItem[]) => items.filter((i) => i.sponsored).length;
    if (paid(node.items) !== paid(browser.items)) out.push(`paid placements: inspect ${paid(node.items)}, browser ${paid(browser.items)}`);
  }
  return out;
}

/**
 * When the browser's time budget ran out where `inspect` (without a clock) read the page whole,
 * the report may hold less, never something else: the same kind or none, no price that
 * `inspect` does not find, no more cards or paid placements than it finds.
 */
export function differencesWhenCut(node: PageAnalysis, browser: PageAnalysis): string[] {
  const out: string[] = [];
  if (browser.kind !== node.kind && browser.kind !== 'other') out.push(`kind: inspect ${node.kind}, browser ${browser.kind} (cut short)`);
  const price = browser.product?.price;
  if (price && money(price) !== money(node.product?.price)) out.push(`price: inspect ${money(node.product?.price)}, browser ${money(price)} (cut short)`);
  if (!browser.shelvesPending) {
    if (grid(browser.items).length > grid(node.items).length) out.push(`cards: inspect ${grid(node.items).length}, browser ${grid(browser.items).length} (cut short)`);
    const paid = (items: ListingItem[]) => items.filter((i) => i.sponsored).length;
    if (paid(browser.items) > paid(node.items)) out.push(`paid placements: inspect ${paid(node.items)}, browser ${paid(browser.items)} (cut short)`);
  }
  return out;
}
