/**
 * OpenGraph / product meta tags (og:title, product:price:amount...) and loose itemprop
 * meta tags that sit outside any itemscope. Each tag maps to a field through a table.
 */
import { parseAmount } from '../../core/price.ts';
import type { Budget } from '../budget.ts';
import { availabilityFromSchema } from './availability.ts';
import type { Clues } from './clues.ts';
import { absoluteUrl, squash } from './text.ts';

type MetaField = 'name' | 'image' | 'amount' | 'currency' | 'availability' | 'brand' | 'sku' | 'gtin' | 'mpn';

/** Tag name (property, name or itemprop), lower case, to the field it fills. */
const META_FIELDS = new Map<string, MetaField>([
  ['og:title', 'name'],
  ['og:image', 'image'],
  ['og:image:url', 'image'],
  ['og:image:secure_url', 'image'],
  ['product:price:amount', 'amount'],
  ['product:price', 'amount'],
  ['og:price:amount', 'amount'],
  ['product:sale_price:amount', 'amount'],
  ['product:price:currency', 'currency'],
  ['og:price:currency', 'currency'],
  ['product:availability', 'availability'],
  ['og:availability', 'availability'],
  ['product:brand', 'brand'],
  ['og:brand', 'brand'],
  ['product:retailer_item_id', 'sku'],
  ['product:sku', 'sku'],
  ['product:ean', 'gtin'],
  ['product:upc', 'gtin'],
  ['product:mfr_part_no', 'mpn'],
]);

/** Loose itemprop tags (no itemscope around them) use schema.org names. */
const ITEMPROP_FIELDS = new Map<string, MetaField>([
  ['price', 'amount'],
  ['pricecurrency', 'currency'],
  ['availability', 'availability'],
  ['sku', 'sku'],
  ['gtin13', 'gtin'],
  ['gtin', 'gtin'],
  ['mpn', 'mpn'],
  ['brand', 'brand'],
]);

const MAX_TAGS = 400;

export interface MetaResult {
  opengraph: Clues;
  /** Loose itemprop tags, reported as the "meta" source. */
  meta: Clues;
  /** og:type, lower case, when given ("product", "article", "website"). */
  ogType: string | null;
}

function read(tags: [MetaField, string][], url: string): Clues {
  const get = (field: MetaField) => tags.find(([f, v]) => f === field && v)?.[1] ?? null;
  const clues: Clues = {};
  const amount = parseAmount(get('amount'));
  if (amount !== null && amount > 0) {
    clues.price = { amount, currency: get('currency')?.toUpperCase().slice(0, 8) ?? null };
  }
  const image = get('image');
  if (image) clues.image = absoluteUrl(image, url);
  for (const field of ['name', 'brand', 'sku', 'gtin', 'mpn'] as const) {
    const v = get(field);
    if (v) clues[field] = v.slice(0, 500);
  }
  const availability = availabilityFromSchema(get('availability'));
  if (availability) clues.availability = availability;
  return clues;
}

export function fromMetaTags(doc: Document, url: string, budget: Budget): MetaResult {
  const og: [MetaField, string][] = [];
  const loose: [MetaField, string][] = [];
  let ogType: string | null = null;
  const tags = doc.querySelectorAll('meta[property], meta[name], meta[itemprop], link[itemprop]');
  const count = Math.min(tags.length, MAX_TAGS);
  budget.visit(count);
  for (let i = 0; i < count; i++) {
    const tag = tags[i] as Element;
    const value = squash((tag.getAttribute('content') ?? tag.getAttribute('href') ?? '').slice(0, 1_000));
    const itemprop = tag.getAttribute('itemprop');
    if (itemprop) {
      const field = ITEMPROP_FIELDS.get(itemprop.toLowerCase());
      if (field && !tag.closest('[itemscope]')) loose.push([field, value]);
      continue;
    }
    const key = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:type') ogType = value.toLowerCase();
    const field = META_FIELDS.get(key);
    if (field) og.push([field, value]);
  }
  return { opengraph: read(og, url), meta: read(loose, url), ogType };
}
