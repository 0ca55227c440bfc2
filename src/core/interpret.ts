/**
 * What the page's raw facts mean: spec rows normalised into canonical attributes, and the
 * specs a listing card's title carries. Runs in the worker (and in the Node tools) on the
 * content script's report, so the vocabulary tables never load into the shop's tab.
 */
import type { ListingItem, PageAnalysis, Product, Spec } from '../contract/analysis.ts';
import { expandSpec, specsFromText } from './specs.ts';

const MAX_SPECS = 300;

/** Each raw row normalised, with what else the row says ("4 x HDMI 2.1" is ports and version). */
export function interpretSpecs(specs: readonly Spec[]): Spec[] {
  const out: Spec[] = [];
  const seen = new Set<string>();
  for (const spec of specs.slice(0, MAX_SPECS)) {
    // An already normalised row (a key set) is kept as it is: interpreting twice changes nothing.
    const rows = spec.key !== null ? [spec] : expandSpec(spec.label, spec.raw);
    rows.forEach((row, i) => {
      // The row itself always stays (its raw text is evidence); extra keys only once.
      if (i > 0 && row.key !== null && seen.has(row.key)) return;
      if (row.key !== null) seen.add(row.key);
      out.push(row);
    });
  }
  return out;
}

export function interpretItem(item: ListingItem): ListingItem {
  const fromTitle = specsFromText(item.title);
  const known = new Set(item.specs.map((s) => s.key));
  return { ...item, specs: [...item.specs, ...fromTitle.filter((s) => !known.has(s.key))] };
}

function interpretProduct(product: Product): Product {
  return { ...product, specs: interpretSpecs(product.specs) };
}

export function interpretAnalysis(analysis: PageAnalysis): PageAnalysis {
  return {
    ...analysis,
    product: analysis.product ? interpretProduct(analysis.product) : null,
    items: analysis.items.map(interpretItem),
  };
}
