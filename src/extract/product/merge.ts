/**
 * Field-by-field merge of what each source found. The first source in SOURCE_ORDER that
 * has a field wins and is remembered as its evidence, with one exception: when the markup
 * price is not among the prices the page shows near the product, the shown price wins,
 * because that is what the shopper pays.
 */
import type { Money, PriceNote, Product, ProductField, Source } from '../../contract/analysis.ts';
import type { Clues } from './clues.ts';

export const SOURCE_ORDER: readonly Source[] = ['adapter', 'json-ld', 'microdata', 'rdfa', 'opengraph', 'meta', 'visible'];

export interface SourceClues {
  source: Source;
  clues: Clues;
}

type MergedProduct = Omit<Product, 'promotions'>;

const SCALAR_FIELDS = ['name', 'brand', 'sku', 'gtin', 'mpn', 'image', 'lowest30d', 'availability'] as const;

function present(v: unknown): boolean {
  return v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
}

function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

function choosePrice(ordered: SourceClues[], shownAmounts: number[]): { price: Money; source: Source } | { note: PriceNote } {
  const withPrice = ordered.filter((s) => s.clues.price);
  const visible = withPrice.find((s) => s.source === 'visible');
  const first = withPrice[0];
  if (!first) return { note: 'not-shown' };
  let chosen = first;
  if (first.source !== 'adapter' && first !== visible) {
    const markupAmount = (first.clues.price as Money).amount;
    const shown = shownAmounts.some((a) => sameAmount(a, markupAmount));
    if (!shown && visible) chosen = visible;
    // The page shows amounts beside the product, none of them the markup's, and none it
    // calls the price: the markup's figure may be another option's, or stale. Say so instead.
    else if (!shown && shownAmounts.length > 0) return { note: 'not-confirmed' };
  }
  const price = { ...(chosen.clues.price as Money) };
  // Markup often states the currency the visible text leaves implicit, or the other way round.
  if (!price.currency) {
    price.currency = withPrice.map((s) => s.clues.price?.currency).find((c) => c) ?? null;
  }
  return { price, source: chosen.source };
}

export interface ShopperView {
  /** Prices the page shows near the product. */
  shownAmounts: number[];
  /** Identifiers printed beside a label on the page. */
  printed: Partial<Record<'sku' | 'gtin' | 'mpn', string>>;
}

export function mergeClues(sources: SourceClues[], view: ShopperView): MergedProduct {
  const { shownAmounts } = view;
  const ordered = [...sources].sort((a, b) => SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source));
  const sourceOf: Partial<Record<ProductField, Source>> = {};
  const merged: MergedProduct = {
    name: null,
    brand: null,
    sku: null,
    gtin: null,
    mpn: null,
    image: null,
    category: [],
    price: null,
    priorPrice: null,
    lowest30d: null,
    availability: null,
    specs: [],
    sources: sourceOf,
  };
  for (const field of SCALAR_FIELDS) {
    const hit = ordered.find((s) => present(s.clues[field]));
    if (hit) {
      (merged as unknown as Record<string, unknown>)[field] = hit.clues[field];
      sourceOf[field] = hit.source;
    }
  }
  // The code printed beside "Product code:" is the one the shopper quotes; markup skus
  // are often internal variant ids.
  if (view.printed.sku && sources.some((s) => s.source === 'visible')) {
    merged.sku = view.printed.sku;
    sourceOf.sku = 'visible';
  }
  const category = ordered.find((s) => present(s.clues.category));
  if (category?.clues.category) {
    merged.category = category.clues.category;
    sourceOf.category = category.source;
  }
  const specs = ordered.reduce<SourceClues | null>((best, s) => ((s.clues.specs?.length ?? 0) > (best?.clues.specs?.length ?? 0) ? s : best), null);
  if (specs?.clues.specs) {
    merged.specs = specs.clues.specs;
    sourceOf.specs = specs.source;
  }
  const price = choosePrice(ordered, shownAmounts);
  if ('price' in price) {
    merged.price = price.price;
    sourceOf.price = price.source;
  } else merged.priceNote = price.note;
  const amount = merged.price?.amount ?? 0;
  const prior = ordered.find((s) => s.clues.priorPrice && s.clues.priorPrice.amount > amount);
  if (prior?.clues.priorPrice) {
    merged.priorPrice = { ...prior.clues.priorPrice, currency: prior.clues.priorPrice.currency ?? merged.price?.currency ?? null };
    sourceOf.priorPrice = prior.source;
  }
  if (merged.lowest30d && !merged.lowest30d.currency) merged.lowest30d = { ...merged.lowest30d, currency: merged.price?.currency ?? null };
  return merged;
}
