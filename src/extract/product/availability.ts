/**
 * Availability from schema.org values and from the words shops print, per language.
 * Words are data: add a language by adding rows. Out-of-stock phrases are checked first,
 * because "not in stock" contains "in stock".
 */
import type { Availability } from '../../contract/analysis.ts';

const SCHEMA_OUT = /(OutOfStock|SoldOut|Discontinued|OutofStock)\b/i;
const SCHEMA_IN = /(InStock|InStoreOnly|OnlineOnly|LimitedAvailability|PreOrder|PreSale|BackOrder)\b/i;

/** A schema.org availability ("https://schema.org/InStock", "instock", "out of stock"). */
export function availabilityFromSchema(value: string | null | undefined): Availability | null {
  if (!value) return null;
  const compact = value.replace(/[\s_-]+/g, '');
  if (SCHEMA_OUT.test(compact)) return 'OutOfStock';
  if (SCHEMA_IN.test(compact)) return 'InStock';
  return availabilityFromWords(value);
}

/** Phrases meaning the shopper cannot buy it now, lower case. */
export const OUT_OF_STOCK_WORDS: readonly string[] = [
  // English
  'out of stock',
  'currently unavailable',
  'sold out',
  'no longer available',
  'not available',
  'temporarily unavailable',
  // Finnish
  'loppuunmyyty',
  'ei varastossa',
  'tilapäisesti loppu',
  'ei saatavilla',
  // Swedish
  'slutsåld',
  'slut i lager',
  'ej i lager',
  'tillfälligt slut',
  // German
  'ausverkauft',
  'derzeit nicht verfügbar',
  'nicht verfügbar',
  'nicht auf lager',
  'nicht lieferbar',
  // French
  'actuellement indisponible',
  'rupture de stock',
  'épuisé',
  // Italian
  'non disponibile',
  'esaurito',
  // Spanish / Portuguese
  'agotado',
  'no disponible',
  'esgotado',
  'indisponível',
  // Polish, Dutch, Danish/Norwegian
  'niedostępny',
  'wyprzedany',
  'uitverkocht',
  'niet op voorraad',
  'udsolgt',
  'ikke på lager',
];

/**
 * The out-of-stock phrases clear enough to trust anywhere in the product area, when they
 * make up a short text of their own ("Sold out", "Currently unavailable."). Vaguer ones
 * ("not available") also label images and store pickup, so they count only in an
 * availability element.
 */
export const CLEAR_OUT_OF_STOCK: readonly string[] = [
  'out of stock',
  'currently unavailable',
  'sold out',
  'loppuunmyyty',
  'ei varastossa',
  'slutsåld',
  'slut i lager',
  'ausverkauft',
  'derzeit nicht verfügbar',
  'nicht auf lager',
  'actuellement indisponible',
  'rupture de stock',
  'esaurito',
  'agotado',
  'esgotado',
  'wyprzedany',
  'uitverkocht',
  'udsolgt',
];

/** A short text that is itself an out-of-stock statement. */
export function isClearOutOfStock(text: string): boolean {
  const lower = text.toLowerCase();
  return lower.length <= 60 && CLEAR_OUT_OF_STOCK.some((w) => lower.includes(w));
}

export const IN_STOCK_WORDS: readonly string[] = [
  'in stock',
  'available',
  'add to basket',
  'add to cart',
  'varastossa',
  'i lager',
  'på lager',
  'auf lager',
  'lieferbar',
  'en stock',
  'disponibile',
  'disponible',
  'em estoque',
  'op voorraad',
  'dostępny',
];

/** Availability from visible words; out-of-stock wins when both appear in the same short text. */
export function availabilityFromWords(text: string): Availability | null {
  const lower = text.toLowerCase();
  if (OUT_OF_STOCK_WORDS.some((w) => lower.includes(w))) return 'OutOfStock';
  if (IN_STOCK_WORDS.some((w) => lower.includes(w))) return 'InStock';
  return null;
}
