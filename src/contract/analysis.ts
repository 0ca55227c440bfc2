/**
 * The page analysis contract, below both core and extraction: what extraction produces from a Document, what the content
 * script reports to the worker, and what `npm run inspect -- --json` prints.
 * Amounts are decimal numbers; every text field is page text (hostile, render inertly).
 */

/** Where a field's value came from, so the popup can show the evidence. */
export type Source = 'adapter' | 'json-ld' | 'microdata' | 'rdfa' | 'opengraph' | 'meta' | 'visible';

export interface Money {
  amount: number;
  /** ISO 4217 code when known. */
  currency: string | null;
}

export interface PriorPrice extends Money {
  /** The words the shop put beside it: "was", "Norm.", "UVP", "StrikethroughPrice"... */
  label: string;
}

export type Availability = 'InStock' | 'OutOfStock';

/** One spec row: normalised key/value/unit beside the raw label and value as the shop wrote them. */
export interface Spec {
  /** Canonical attribute key from the vocabulary (e.g. "screen_size"), or null if not recognised. */
  key: string | null;
  value: number | string | boolean | null;
  unit: string | null;
  label: string;
  raw: string;
}

export type PromotionType =
  | 'sponsored'
  | 'shop-pick'
  | 'campaign'
  | 'discount'
  | 'urgency'
  | 'social-proof';

export interface Promotion {
  type: PromotionType;
  /** The exact text found on the page. */
  text: string;
  /** Where it sits, in words a person can find ("badge on card 3", "near the price"). */
  where?: string;
}

export type ProductField =
  | 'name'
  | 'brand'
  | 'sku'
  | 'gtin'
  | 'mpn'
  | 'image'
  | 'category'
  | 'price'
  | 'priorPrice'
  | 'lowest30d'
  | 'availability'
  | 'specs';

export interface Product {
  name: string | null;
  brand: string | null;
  sku: string | null;
  gtin: string | null;
  mpn: string | null;
  image: string | null;
  /** Breadcrumbs or category path, most general first. */
  category: string[];
  price: Money | null;
  priorPrice: PriorPrice | null;
  /** The EU "lowest price in the last 30 days" statement, when the page shows one. */
  lowest30d: Money | null;
  availability: Availability | null;
  specs: Spec[];
  promotions: Promotion[];
  sources: Partial<Record<ProductField, Source>>;
  /**
   * Why `price` is null, when it is: the page shows no price for the product ('not-shown'), or
   * its markup states one the page does not show beside the product, among other amounts
   * there ('not-confirmed'). A wrong price is worse than none: the budget check rests on it.
   */
  priceNote?: PriceNote;
}

export type PriceNote = 'not-shown' | 'not-confirmed';

export interface ListingItem {
  title: string;
  url: string | null;
  price: Money | null;
  priorPrice: PriorPrice | null;
  /** 1-based position in its grid or shelf. */
  position: number;
  specs: Spec[];
  promotions: Promotion[];
  sponsored: boolean;
  /** null for the main result grid; otherwise the shelf's heading ("Others also bought"). */
  shelf: string | null;
}

/**
 * Bounds of the contract: schema/analysis.ts checks them in the worker, and `fitToContract`
 * (fit.ts) keeps every report inside them before it is sent, so a long address or text on a
 * page shortens one field instead of costing the whole report. Lengths count UTF-16 units,
 * as `String.length` and the schema do.
 */
export const CONTRACT_LIMITS = {
  reasons: 20,
  highlights: 200,
  items: 5_000,
  shelfItems: 200,
  productSpecs: 300,
  cardSpecs: 60,
  productPromotions: 60,
  cardPromotions: 30,
  categories: 20,
  position: 100_000,
  amount: 1e9,
  text: {
    pageUrl: 4096,
    url: 2048,
    name: 500,
    title: 500,
    brand: 200,
    sku: 100,
    gtin: 40,
    mpn: 100,
    category: 200,
    shelf: 200,
    reason: 200,
    promotion: 200,
    where: 200,
    priorLabel: 120,
    specKey: 60,
    specValue: 300,
    specUnit: 20,
    specLabel: 200,
    specRaw: 500,
  },
} as const;

export interface Highlight {
  /** Index into `items`, or -1 for the page's own product on a product page. */
  index: number;
  reasons: string[];
}

export type PageKind = 'product' | 'listing' | 'other';

export interface PageAnalysis {
  url: string;
  kind: PageKind;
  product: Product | null;
  items: ListingItem[];
  highlighted: Highlight[];
  /** True when a work budget ran out and the analysis holds only what was found by then. */
  partial: boolean;
  /**
   * A product page whose shelves of other products were left to be read when asked (the
   * content script does so; the worker asks when the popup opens): `items` holds none yet.
   */
  shelvesPending?: boolean;
}
