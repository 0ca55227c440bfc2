/**
 * Valibot schemas for what a content script may report. A page is hostile and a content
 * script runs beside it, so every string and list is bounded and every number finite;
 * unknown keys are dropped by `object`, so `__proto__` and friends never reach storage.
 */
import * as v from 'valibot';
import { CONTRACT_LIMITS } from '../contract/analysis.ts';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const T = CONTRACT_LIMITS.text;
const amount = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(CONTRACT_LIMITS.amount));
const currency = v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)));

export const MoneySchema = v.object({ amount, currency });
export const PriorPriceSchema = v.object({ amount, currency, label: text(T.priorLabel) });

export const SourceSchema = v.picklist(['adapter', 'json-ld', 'microdata', 'rdfa', 'opengraph', 'meta', 'visible']);

export const SpecSchema = v.object({
  key: v.nullable(text(T.specKey)),
  value: v.nullable(v.union([text(T.specValue), v.pipe(v.number(), v.finite()), v.boolean()])),
  unit: v.nullable(text(T.specUnit)),
  label: text(T.specLabel),
  raw: text(T.specRaw),
});

export const PromotionSchema = v.object({
  type: v.picklist(['sponsored', 'shop-pick', 'campaign', 'discount', 'urgency', 'social-proof']),
  text: text(T.promotion),
  where: v.optional(text(T.where)),
});

const FIELDS = [
  'name', 'brand', 'sku', 'gtin', 'mpn', 'image', 'category',
  'price', 'priorPrice', 'lowest30d', 'availability', 'specs',
] as const;

export const ProductSchema = v.object({
  name: v.nullable(text(T.name)),
  brand: v.nullable(text(T.brand)),
  sku: v.nullable(text(T.sku)),
  gtin: v.nullable(text(T.gtin)),
  mpn: v.nullable(text(T.mpn)),
  image: v.nullable(text(T.url)),
  category: v.pipe(v.array(text(T.category)), v.maxLength(CONTRACT_LIMITS.categories)),
  price: v.nullable(MoneySchema),
  priorPrice: v.nullable(PriorPriceSchema),
  lowest30d: v.nullable(MoneySchema),
  availability: v.nullable(v.picklist(['InStock', 'OutOfStock'])),
  specs: v.pipe(v.array(SpecSchema), v.maxLength(CONTRACT_LIMITS.productSpecs)),
  promotions: v.pipe(v.array(PromotionSchema), v.maxLength(CONTRACT_LIMITS.productPromotions)),
  priceNote: v.optional(v.picklist(['not-shown', 'not-confirmed'])),
  sources: v.object(Object.fromEntries(FIELDS.map((f) => [f, v.optional(SourceSchema)])) as Record<
    (typeof FIELDS)[number],
    v.OptionalSchema<typeof SourceSchema, undefined>
  >),
});

export const ListingItemSchema = v.object({
  title: text(T.title),
  url: v.nullable(text(T.url)),
  price: v.nullable(MoneySchema),
  priorPrice: v.nullable(PriorPriceSchema),
  position: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(CONTRACT_LIMITS.position)),
  specs: v.pipe(v.array(SpecSchema), v.maxLength(CONTRACT_LIMITS.cardSpecs)),
  promotions: v.pipe(v.array(PromotionSchema), v.maxLength(CONTRACT_LIMITS.cardPromotions)),
  sponsored: v.boolean(),
  shelf: v.nullable(text(T.shelf)),
});

export const HighlightSchema = v.object({
  index: v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(CONTRACT_LIMITS.items)),
  reasons: v.pipe(v.array(text(T.reason)), v.maxLength(CONTRACT_LIMITS.reasons)),
});

export const PageAnalysisSchema = v.object({
  url: text(T.pageUrl),
  kind: v.picklist(['product', 'listing', 'other']),
  product: v.nullable(ProductSchema),
  items: v.pipe(v.array(ListingItemSchema), v.maxLength(CONTRACT_LIMITS.items)),
  highlighted: v.pipe(v.array(HighlightSchema), v.maxLength(CONTRACT_LIMITS.highlights)),
  partial: v.boolean(),
  shelvesPending: v.optional(v.boolean()),
});

/** A product page's shelves, as the content script answers the worker's request for them. */
export const ShelvesSchema = v.object({
  url: text(T.pageUrl),
  items: v.pipe(v.array(ListingItemSchema), v.maxLength(CONTRACT_LIMITS.shelfItems)),
  highlighted: v.pipe(v.array(HighlightSchema), v.maxLength(CONTRACT_LIMITS.highlights)),
});

/** What the worker keeps of a report that breaks the contract in places, and what it left out. */
export interface Salvaged {
  analysis: v.InferOutput<typeof PageAnalysisSchema>;
  /** One line per part left out, for the tab's record ("card 6: Invalid length ... at url"). */
  dropped: string[];
}

const MAX_DROPPED_LINES = 20;

const issueLine = (where: string, issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string => {
  const path = v.getDotPath(issues[0]);
  return `${where}: ${issues[0].message.slice(0, 160)}${path ? ` at ${path.slice(0, 60)}` : ''}`;
};

/** Keeps the elements of a list that pass `schema`, noting the others. */
function keepValid<S extends v.GenericSchema>(list: unknown, schema: S, where: (i: number) => string, dropped: string[]): { kept: v.InferOutput<S>[]; indexOf: Map<number, number> } {
  const kept: v.InferOutput<S>[] = [];
  const indexOf = new Map<number, number>();
  if (!Array.isArray(list)) return { kept, indexOf };
  list.forEach((element, i) => {
    const parsed = v.safeParse(schema, element);
    if (parsed.success) {
      indexOf.set(i, kept.length);
      kept.push(parsed.output);
    } else dropped.push(issueLine(where(i), parsed.issues));
  });
  return { kept, indexOf };
}

/**
 * A report that fails the contract, mended part by part: a card, spec, promotion or highlight
 * that breaks it is left out alone (highlights follow their cards), and a product that still
 * breaks it is left out with the page then taken as not a shop page. Null when what is left is
 * not a report at all (no address, no kind).
 */
export function salvageAnalysis(raw: unknown): Salvaged | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const dropped: string[] = [];
  if (Array.isArray(r.items) && r.items.length > CONTRACT_LIMITS.items) {
    dropped.push(`cards: ${r.items.length - CONTRACT_LIMITS.items} beyond the first ${CONTRACT_LIMITS.items} left out`);
  }
  const items = keepValid(Array.isArray(r.items) ? r.items.slice(0, CONTRACT_LIMITS.items) : [], ListingItemSchema, (i) => `card ${i + 1}`, dropped);
  let product: v.InferOutput<typeof ProductSchema> | null = null;
  if (typeof r.product === 'object' && r.product !== null) {
    const p = r.product as Record<string, unknown>;
    const specs = keepValid(Array.isArray(p.specs) ? p.specs.slice(0, CONTRACT_LIMITS.productSpecs) : [], SpecSchema, (i) => `product spec ${i + 1}`, dropped).kept;
    const promotions = keepValid(Array.isArray(p.promotions) ? p.promotions.slice(0, CONTRACT_LIMITS.productPromotions) : [], PromotionSchema, (i) => `product promotion ${i + 1}`, dropped).kept;
    const parsed = v.safeParse(ProductSchema, { ...p, specs, promotions });
    if (parsed.success) product = parsed.output;
    else dropped.push(issueLine('product', parsed.issues));
  }
  const highlighted = keepValid(Array.isArray(r.highlighted) ? r.highlighted : [], HighlightSchema, (i) => `highlight ${i + 1}`, dropped)
    .kept.flatMap((h) => {
      if (h.index === -1) return product ? [h] : [];
      const index = items.indexOf.get(h.index);
      return index === undefined ? [] : [{ ...h, index }];
    })
    .slice(0, CONTRACT_LIMITS.highlights);
  const kind = r.kind === 'product' && !product ? 'other' : r.kind;
  const parsed = v.safeParse(PageAnalysisSchema, { ...r, kind, product: kind === 'product' ? product : null, items: items.kept, highlighted });
  if (!parsed.success) return null;
  return { analysis: parsed.output, dropped: dropped.slice(0, MAX_DROPPED_LINES) };
}
