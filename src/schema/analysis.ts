/**
 * Valibot schemas for what a content script may report. A page is hostile and a content
 * script runs beside it, so every string and list is bounded and every number finite;
 * unknown keys are dropped by `object`, so `__proto__` and friends never reach storage.
 */
import * as v from 'valibot';
import { CONTRACT_LIMITS } from '../contract/analysis.ts';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const amount = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e9));
const currency = v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)));

export const MoneySchema = v.object({ amount, currency });
export const PriorPriceSchema = v.object({ amount, currency, label: text(120) });

export const SourceSchema = v.picklist(['adapter', 'json-ld', 'microdata', 'rdfa', 'opengraph', 'meta', 'visible']);

export const SpecSchema = v.object({
  key: v.nullable(text(60)),
  value: v.nullable(v.union([text(300), v.pipe(v.number(), v.finite()), v.boolean()])),
  unit: v.nullable(text(20)),
  label: text(200),
  raw: text(500),
});

export const PromotionSchema = v.object({
  type: v.picklist(['sponsored', 'shop-pick', 'campaign', 'discount', 'urgency', 'social-proof']),
  text: text(200),
  where: v.optional(text(200)),
});

const FIELDS = [
  'name', 'brand', 'sku', 'gtin', 'mpn', 'image', 'category',
  'price', 'priorPrice', 'lowest30d', 'availability', 'specs',
] as const;

export const ProductSchema = v.object({
  name: v.nullable(text(500)),
  brand: v.nullable(text(200)),
  sku: v.nullable(text(100)),
  gtin: v.nullable(text(40)),
  mpn: v.nullable(text(100)),
  image: v.nullable(text(2048)),
  category: v.pipe(v.array(text(200)), v.maxLength(20)),
  price: v.nullable(MoneySchema),
  priorPrice: v.nullable(PriorPriceSchema),
  lowest30d: v.nullable(MoneySchema),
  availability: v.nullable(v.picklist(['InStock', 'OutOfStock'])),
  specs: v.pipe(v.array(SpecSchema), v.maxLength(300)),
  promotions: v.pipe(v.array(PromotionSchema), v.maxLength(60)),
  sources: v.object(Object.fromEntries(FIELDS.map((f) => [f, v.optional(SourceSchema)])) as Record<
    (typeof FIELDS)[number],
    v.OptionalSchema<typeof SourceSchema, undefined>
  >),
});

export const ListingItemSchema = v.object({
  title: text(500),
  url: v.nullable(text(2048)),
  price: v.nullable(MoneySchema),
  priorPrice: v.nullable(PriorPriceSchema),
  position: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  specs: v.pipe(v.array(SpecSchema), v.maxLength(60)),
  promotions: v.pipe(v.array(PromotionSchema), v.maxLength(30)),
  sponsored: v.boolean(),
  shelf: v.nullable(text(200)),
});

export const HighlightSchema = v.object({
  index: v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(5_000)),
  reasons: v.pipe(v.array(text(200)), v.maxLength(CONTRACT_LIMITS.reasons)),
});

export const PageAnalysisSchema = v.object({
  url: text(4096),
  kind: v.picklist(['product', 'listing', 'other']),
  product: v.nullable(ProductSchema),
  items: v.pipe(v.array(ListingItemSchema), v.maxLength(5_000)),
  highlighted: v.pipe(v.array(HighlightSchema), v.maxLength(CONTRACT_LIMITS.highlights)),
  partial: v.boolean(),
  shelvesPending: v.optional(v.boolean()),
});

/** A product page's shelves, as the content script answers the worker's request for them. */
export const ShelvesSchema = v.object({
  url: text(4096),
  items: v.pipe(v.array(ListingItemSchema), v.maxLength(200)),
  highlighted: v.pipe(v.array(HighlightSchema), v.maxLength(CONTRACT_LIMITS.highlights)),
});
