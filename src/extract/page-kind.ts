/**
 * Product, listing or other. Pages that are not shops (search engines, docs, news, blogs)
 * are "other" with nothing highlighted, even when they mention prices.
 */
import type { PageKind } from '../contract/analysis.ts';

/** Hosts that are never shops, as patterns anchored at the end of the host name. */
const NOT_SHOP_HOSTS: readonly RegExp[] = [
  /(^|\.)google\.[a-z]{2,3}(\.[a-z]{2})?$/,
  /(^|\.)bing\.com$/,
  /(^|\.)duckduckgo\.com$/,
  /(^|\.)search\.yahoo\.com$/,
  // Yandex search itself; its shop subdomains (market.yandex.ru) are shops.
  /^(www\.)?yandex\.(ru|com|by|kz|com\.tr)$/,
  /(^|\.)startpage\.com$/,
  /(^|\.)ecosia\.org$/,
  /(^|\.)wikipedia\.org$/,
  /(^|\.)github\.com$/,
  /(^|\.)stackoverflow\.com$/,
  /(^|\.)developer\.mozilla\.org$/,
  /(^|\.)readthedocs\.io$/,
  /(^|\.)medium\.com$/,
];

/** schema.org / og types of editorial pages. */
const EDITORIAL_TYPES = new Set([
  'article',
  'newsarticle',
  'blogposting',
  'blog',
  'techarticle',
  'scholarlyarticle',
  'report',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'liveblogposting',
  'searchresultspage',
  'faqpage',
  'howto',
]);

/** A listing has at least this many result cards. */
const MIN_LISTING_ITEMS = 4;

export interface KindSignals {
  host: string;
  /** JSON-LD, microdata or RDFa declares a Product. */
  productMarkup: boolean;
  /** How many distinct products one markup source declares at top level. */
  markupProducts: number;
  /** JSON-LD @type values and og:type, lower case. */
  types: string[];
  hasName: boolean;
  hasPrice: boolean;
  /** A product identifier (sku, gtin) the page prints or its buy form posts. */
  hasIdentifier: boolean;
  /** The page says whether it can be bought (out-of-stock pages often show no price). */
  hasAvailability: boolean;
  /** A title with a price near it, or a buy button. */
  looksLikeProduct: boolean;
  /** One buy button (a listing has one per card), or an identifier beside the title. */
  singleProduct: boolean;
  /** Cards in the main result grid (shelves not counted). */
  gridItems: number;
  /** Of those, the cards that link to another site than the page's (counted on editorial pages only). */
  offsiteItems: number;
}

/** True when the page declares itself an article, a blog post, a search results page or the like. */
export function isEditorial(types: readonly string[]): boolean {
  return types.some((t) => EDITORIAL_TYPES.has(t.split(/[/#:]/).pop() ?? t));
}

export function isShopHost(host: string): boolean {
  return !NOT_SHOP_HOSTS.some((pattern) => pattern.test(host));
}

/** Markup that declares this many distinct products is a list of them, not one product's page. */
const MANY_MARKUP_PRODUCTS = 3;

/**
 * A product page whatever its listing holds: the markup or the visible page say one product.
 * Markup of many products (one per card, as some listings carry) says nothing of the kind.
 */
export function clearlyProduct(s: Omit<KindSignals, 'gridItems' | 'offsiteItems'>): boolean {
  if (!isShopHost(s.host)) return false;
  const oneProductMarkup = s.productMarkup && s.markupProducts < MANY_MARKUP_PRODUCTS;
  return (oneProductMarkup && s.hasPrice) || (s.singleProduct && s.hasName && (s.hasPrice || s.hasIdentifier));
}

export function pageKind(s: KindSignals): PageKind {
  if (!isShopHost(s.host)) return 'other';
  if (clearlyProduct(s)) return 'product';
  const editorial = isEditorial(s.types);
  // An article whose priced links mostly lead to other sites is a deals round-up: a shop's
  // results open its own product pages.
  const roundUp = editorial && s.offsiteItems * 2 > s.gridItems;
  if (s.gridItems >= MIN_LISTING_ITEMS && !roundUp) return 'listing';
  if (s.productMarkup && s.markupProducts < MANY_MARKUP_PRODUCTS) return 'product';
  if (editorial) return 'other';
  if (s.hasName && s.hasPrice && s.looksLikeProduct) return 'product';
  if (s.hasName && s.hasIdentifier && (s.hasPrice || s.hasAvailability)) return 'product';
  return 'other';
}
