/**
 * Reads schema.org Product data shaped like JSON-LD. JSON-LD, microdata and RDFa all
 * become this shape first, so one reader covers Product, ProductGroup/hasVariant, Offer,
 * AggregateOffer, priceSpecification (incl. StrikethroughPrice), @graph and arrays.
 */
import { parseAmount, parsePrice } from '../../core/price.ts';
import { rawSpec } from '../raw-spec.ts';
import type { Budget } from '../budget.ts';
import type { Money, PriorPrice, Spec } from '../../contract/analysis.ts';
import { availabilityFromSchema } from './availability.ts';
import type { Clues } from './clues.ts';
import { absoluteUrl, squash } from './text.ts';
import type { JsonObject, JsonValue } from './tolerant-json.ts';

const PRODUCT_TYPES = new Set(['product', 'productgroup', 'individualproduct', 'productmodel', 'someproducts', 'vehicle', 'car', 'book']);
const OFFER_TYPES = new Set(['offer', 'aggregateoffer']);
const MAX_WALK = 20_000;
const MAX_SPECS = 200;

export interface SchemaFinds {
  products: JsonObject[];
  offers: JsonObject[];
  breadcrumbs: string[];
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: JsonValue | undefined): JsonValue[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

export function typesOf(obj: JsonObject): string[] {
  return list(obj['@type'] ?? obj['type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => (t.split(/[/#:]/).pop() ?? '').toLowerCase());
}

/** A plain text from a string, number, {name}, {@value} or the first of a list. */
export function textValue(v: JsonValue | undefined): string | null {
  if (typeof v === 'string') return squash(v).slice(0, 500) || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return v.length > 0 ? textValue(v[0]) : null;
  if (isObject(v)) return textValue(v['name'] ?? v['@value'] ?? v['value'] ?? v['url'] ?? v['contentUrl']);
  return null;
}

/** Every Product, loose Offer and breadcrumb trail in the parsed blocks, within a walk limit. */
export function findSchemaItems(roots: JsonValue[], budget: Budget): SchemaFinds {
  const finds: SchemaFinds = { products: [], offers: [], breadcrumbs: [] };
  const stack: { value: JsonValue; insideProduct: boolean }[] = roots.map((value) => ({ value, insideProduct: false }));
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_WALK) {
    const { value, insideProduct } = stack.pop() as { value: JsonValue; insideProduct: boolean };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i] as JsonValue, insideProduct });
      continue;
    }
    if (!isObject(value)) continue;
    const types = typesOf(value);
    const isProduct = types.some((t) => PRODUCT_TYPES.has(t));
    if (isProduct && !insideProduct) finds.products.push(value);
    else if (!insideProduct && types.some((t) => OFFER_TYPES.has(t))) finds.offers.push(value);
    if (types.includes('breadcrumblist') && finds.breadcrumbs.length === 0) finds.breadcrumbs = breadcrumbTrail(value);
    for (const key of Object.keys(value)) {
      const child = value[key];
      // What a work is part of is the publication it belongs to: a paywalled article names its
      // subscription ("isPartOf": {"@type": "Product", "productID": "news.example:basic"}).
      if (key === 'isPartOf' && !isProduct) continue;
      if (typeof child === 'object' && child !== null) stack.push({ value: child, insideProduct: insideProduct || isProduct });
    }
  }
  if (visited >= MAX_WALK) budget.visit(MAX_WALK);
  return finds;
}

function breadcrumbTrail(list_: JsonObject): string[] {
  const items = list(list_['itemListElement']).filter(isObject);
  const position = (o: JsonObject) => Number(textValue(o['position']) ?? 0);
  return items
    .slice(0, 20)
    .sort((a, b) => position(a) - position(b))
    .map((o) => textValue(o['name']) ?? textValue(o['item']))
    .filter((s): s is string => s !== null && !/^https?:/.test(s));
}

function money(amountValue: JsonValue | undefined, currency: JsonValue | undefined): Money | null {
  const plain = typeof amountValue === 'object' ? textValue(amountValue) : amountValue;
  // Microdata often holds the shown text ("19,99 €") rather than a machine amount.
  const amount = parseAmount(plain) ?? (typeof plain === 'string' ? (parsePrice(plain)?.amount ?? null) : null);
  if (amount === null || amount <= 0) return null;
  const code = textValue(currency);
  return { amount, currency: code ? code.toUpperCase().slice(0, 8) : null };
}

const PRIOR_TYPES = /strikethrough|listprice|srp|msrp|regular|original|was/i;

interface OfferFinds {
  price: Money | null;
  priorPrice: PriorPrice | null;
  availability: ReturnType<typeof availabilityFromSchema>;
  sku: string | null;
}

/** Price, prior price and availability of one Offer or AggregateOffer. */
export function readOffer(offer: JsonObject): OfferFinds {
  const currency = offer['priceCurrency'];
  let price = money(offer['price'] ?? offer['lowPrice'], currency);
  let priorPrice: PriorPrice | null = null;
  for (const spec of list(offer['priceSpecification']).filter(isObject).slice(0, 20)) {
    const found = money(spec['price'] ?? spec['minPrice'], spec['priceCurrency'] ?? currency);
    if (!found) continue;
    const kind = textValue(spec['priceType']) ?? '';
    if (PRIOR_TYPES.test(kind)) {
      priorPrice ??= { ...found, label: kind.split('/').pop() ?? kind };
    } else if (!price && !spec['referenceQuantity']) {
      price = found;
    }
  }
  // A "strikethrough" below the price is the 30-day low some shops put there, not a prior price.
  if (priorPrice && price && priorPrice.amount <= price.amount) priorPrice = null;
  // A nested offers list inside an AggregateOffer carries the prices some shops leave out on top.
  if (!price) {
    const inner = list(offer['offers']).find(isObject);
    if (inner) price = readOffer(inner).price;
  }
  return {
    price,
    priorPrice,
    availability: availabilityFromSchema(textValue(offer['availability'])),
    sku: textValue(offer['sku']),
  };
}

/** The offer that belongs to this page: its url matches, else the first one with a price. */
export function pickOffer(offers: JsonObject[], pageUrl: string): JsonObject | null {
  const page = pageUrl.split('#')[0];
  return (
    offers.find((o) => textValue(o['url'])?.split('#')[0] === page) ??
    offers.find((o) => o['price'] !== undefined || o['lowPrice'] !== undefined || o['priceSpecification'] !== undefined) ??
    offers[0] ??
    null
  );
}

function offersOf(product: JsonObject): JsonObject[] {
  return list(product['offers']).filter(isObject).slice(0, 200);
}

/** For a ProductGroup: the variant this URL shows, else the first variant. */
function pickVariant(group: JsonObject, pageUrl: string): JsonObject | null {
  const variants = list(group['hasVariant']).filter(isObject).slice(0, 500);
  if (variants.length === 0) return null;
  const page = pageUrl.split('#')[0] ?? '';
  return (
    variants.find((v) => textValue(v['url'])?.split('#')[0] === page) ??
    variants.find((v) => {
      const sku = textValue(v['sku']);
      return sku !== null && sku.length >= 3 && page.includes(encodeURIComponent(sku));
    }) ??
    variants[0] ??
    null
  );
}

function specsOf(product: JsonObject): Spec[] {
  return list(product['additionalProperty'])
    .filter(isObject)
    .slice(0, MAX_SPECS)
    .flatMap((p) => {
      const label = textValue(p['name']);
      const value = textValue(p['value']);
      if (!label || !value) return [];
      const unit = textValue(p['unitText']);
      return [rawSpec(label, unit ? `${value} ${unit}` : value)];
    });
}

/** Everything a schema.org Product (or its chosen variant) says about the product. */
export function cluesFromProduct(product: JsonObject, pageUrl: string): Clues {
  const variant = pickVariant(product, pageUrl);
  const own = variant ?? product;
  const pick = (key: string) => textValue(own[key]) ?? (variant ? textValue(product[key]) : null);
  const offers = offersOf(own).length > 0 ? offersOf(own) : offersOf(product);
  const offer = pickOffer(offers, pageUrl);
  const found = offer ? readOffer(offer) : null;
  const image = textValue(own['image'] ?? product['image']);
  const category = textValue(product['category']);
  return {
    name: pick('name'),
    brand: textValue(own['brand'] ?? product['brand'] ?? own['manufacturer']),
    sku: pick('sku') ?? found?.sku ?? pick('productID'),
    gtin: pick('gtin13') ?? pick('gtin') ?? pick('gtin12') ?? pick('gtin14') ?? pick('gtin8') ?? pick('isbn'),
    mpn: pick('mpn'),
    image: image ? absoluteUrl(image, pageUrl) : null,
    category: category ? category.split(/\s*[>/|]\s*/).filter(Boolean).slice(0, 10) : [],
    price: found?.price ?? null,
    priorPrice: found?.priorPrice ?? null,
    availability: found?.availability ?? null,
    specs: [...specsOf(product), ...(variant ? specsOf(variant) : [])],
  };
}

/** Clues from a whole set of parsed blocks: the first product that has an offer wins. */
const MAX_NAMED_PRODUCTS = 100;

/**
 * The product the markup declares, and the names of distinct products it declares at top level
 * (offers of one product under one name count once; unnamed ones as '#n'): a page that
 * declares many is a list, unless it names one of them as its own.
 */
export function cluesFromSchema(roots: JsonValue[], pageUrl: string, budget: Budget): { clues: Clues; isProduct: boolean; products: string[] } {
  const finds = findSchemaItems(roots, budget);
  const all = finds.products.map((p) => cluesFromProduct(p, pageUrl));
  const products = [...new Set(all.map((c, i) => c.name?.trim().replace(/\s+/g, ' ').toLowerCase() || `#${i}`))].slice(0, MAX_NAMED_PRODUCTS);
  const best = all.find((c) => c.price) ?? all.find((c) => c.name) ?? null;
  if (best) {
    if (finds.breadcrumbs.length > 0 && (best.category ?? []).length === 0) best.category = finds.breadcrumbs;
    // One Product per size under the same name: the item can be bought if any size can.
    if (best.availability === 'OutOfStock' && all.some((c) => c.availability === 'InStock' && c.name === best.name)) best.availability = 'InStock';
    return { clues: best, isProduct: true, products };
  }
  const offer = pickOffer(finds.offers, pageUrl);
  const found = offer ? readOffer(offer) : null;
  const clues: Clues = { category: finds.breadcrumbs };
  if (found) Object.assign(clues, { price: found.price, priorPrice: found.priorPrice, availability: found.availability, sku: found.sku });
  return { clues, isProduct: false, products };
}
