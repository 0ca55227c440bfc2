/**
 * A declarative site adapter: selectors and words for one retailer, no code.
 * The generic pipeline always runs too; an adapter only gets the first say per field.
 */
export interface ProductSelectors {
  name?: string;
  brand?: string;
  price?: string;
  priorPrice?: string;
  lowest30d?: string;
  sku?: string;
  availability?: string;
  breadcrumbs?: string;
  /** Rows of the spec table; each row's first cell/term is the label, the second the value. */
  specRows?: string;
  badges?: string;
}

export interface ListingSelectors {
  card: string;
  title?: string;
  link?: string;
  price?: string;
  priorPrice?: string;
  badges?: string;
  sponsored?: string;
  /** Containers of recommendation shelves kept apart from the main grid. */
  shelf?: string;
}

export interface SiteAdapter {
  /** Short stable id, also the file name in src/extract/sites/. */
  id: string;
  /** Host suffixes: "verkkokauppa.com" matches www.verkkokauppa.com, not evilverkkokauppa.com. */
  hosts: string[];
  product?: ProductSelectors;
  listing?: ListingSelectors;
  /** Saved pages of our own making that mirror the shop's markup, relative to test/sites/. */
  testPages: string[];
}
