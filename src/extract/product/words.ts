/**
 * The words shops print beside prices and identifiers, per language, as data.
 * Matching is case-insensitive; add a language by adding rows.
 */

/** Labels of a prior price (was / list / RRP / UVP / "Norm." / "Ovh." / typical). */
export const PRIOR_PRICE_LABELS: readonly string[] = [
  'was',
  'list price',
  'rrp',
  'msrp',
  'typical price',
  'regular price',
  'original price',
  'before',
  'uvp',
  'statt',
  'vorher',
  'streichpreis',
  'norm.',
  'normaalihinta',
  'tavallisesti',
  'ovh.',
  'ord. pris',
  'ordinarie pris',
  'normalpris',
  'prix de référence',
  'prix barré',
  'prezzo consigliato',
  'precio anterior',
  'cena regularna',
];

/** Statements of the EU "lowest price in the last 30 days" rule. */
export const LOWEST_30D_PHRASES: readonly RegExp[] = [
  /lowest price (?:in|of|from) (?:the )?(?:last|previous|past )?\s*30 days/i,
  /30[- ]day low(?:est)?(?: price)?/i,
  /alin hinta (?:viimeisen )?30 päivän aikana/i,
  /alin hinta 30 pv/i,
  /niedrigster preis (?:der )?letzten 30 tage/i,
  /tiefstpreis \(?30 tage\)?/i,
  /najniższa cena z (?:ostatnich )?30 dni(?: przed obniżką)?/i,
  /lägsta pris(?:et)? (?:de )?(?:senaste )?30 dagar(?:na)?/i,
  /laveste pris (?:de )?(?:sidste )?30 dage/i,
  /laveste pris siste 30 dager/i,
  /prix le plus bas (?:des|sur les) 30 derniers jours/i,
  /prezzo più basso (?:degli )?ultimi 30 giorni/i,
  /precio más bajo (?:de los )?últimos 30 días/i,
  /laagste prijs (?:van de )?(?:afgelopen|laatste) 30 dagen/i,
];

/** Spec-row labels that carry an identifier, mapped to the field. Lower case, no trailing colon. */
export const IDENTIFIER_LABELS = new Map<string, 'sku' | 'gtin' | 'mpn'>([
  ['sku', 'sku'],
  ['asin', 'sku'],
  ['item number', 'sku'],
  ['item no', 'sku'],
  ['item no.', 'sku'],
  ['product code', 'sku'],
  ['product number', 'sku'],
  ['product id', 'sku'],
  ['article number', 'sku'],
  ['art.-nr.', 'sku'],
  ['art.nr.', 'sku'],
  ['art.-nr', 'sku'],
  ['artikelnummer', 'sku'],
  ['artikel-nr.', 'sku'],
  ['artikelnr.', 'sku'],
  ['bestellnummer', 'sku'],
  ['produktnummer', 'sku'],
  ['tuotenumero', 'sku'],
  ['tuotekoodi', 'sku'],
  ['référence', 'sku'],
  ['réf.', 'sku'],
  ['code article', 'sku'],
  ['código', 'sku'],
  ['referencia', 'sku'],
  ['codice articolo', 'sku'],
  ['cod. articolo', 'sku'],
  ['kod produktu', 'sku'],
  ['numer katalogowy', 'sku'],
  ['ebay item number', 'sku'],
  ['item id', 'sku'],
  ['post id', 'sku'],
  ['ad id', 'sku'],
  ['anzeige', 'sku'],
  ['anzeigennummer', 'sku'],
  ['cat. no.', 'sku'],
  ['cat no', 'sku'],
  ['catalogue number', 'sku'],
  ['ref.', 'sku'],
  ['ref', 'sku'],
  ['reference', 'sku'],
  ['nr ref.', 'sku'],
  ['numer referencyjny', 'sku'],
  ['id produto', 'sku'],
  ['cod produs', 'sku'],
  ['codice prodotto', 'sku'],
  ['kód', 'sku'],
  ['kód produktu', 'sku'],
  ['kód tovaru', 'sku'],
  ['šifra', 'sku'],
  ['šifra proizvoda', 'sku'],
  ['tootekood', 'sku'],
  ['код', 'sku'],
  ['код товара', 'sku'],
  ['артикул', 'sku'],
  ['קוד מוצר', 'sku'],
  ['varenummer', 'sku'],
  ['artikelnr', 'sku'],
  ['tuotenro', 'sku'],
  ['ean', 'gtin'],
  ['ean-code', 'gtin'],
  ['ean code', 'gtin'],
  ['gtin', 'gtin'],
  ['upc', 'gtin'],
  ['isbn', 'gtin'],
  ['isbn-13', 'gtin'],
  ['mpn', 'mpn'],
  ['model number', 'mpn'],
  ['item model number', 'mpn'],
  ['manufacturer part number', 'mpn'],
  ['herstellernummer', 'mpn'],
  ['herstellerartikelnummer', 'mpn'],
  ['valmistajan koodi', 'mpn'],
  ['tillverkarens artikelnummer', 'mpn'],
]);

/** Hidden form fields that carry the product's identifier (the buy form posts it). */
export const IDENTIFIER_INPUTS = new Map<string, 'sku' | 'gtin' | 'mpn'>([
  ['asin', 'sku'],
  ['sku', 'sku'],
  ['product_sku', 'sku'],
  ['productsku', 'sku'],
  ['ean', 'gtin'],
]);

/** Class/id fragments of a price that is not the one to pay now. */
export const NOT_CURRENT_PRICE = /old|was|strike|before|regular|list|compare|original|rrp|uvp|msrp|cross|prev|saving|save|discount|instal|month|unit|per[-_]|reference|vorher|alt|lowest|omnibus/i;

/** Class/id fragments of the price to pay now. */
export const CURRENT_PRICE = /current|sale|now|final|actual|our|special|offer|promo|main|primary|buy|deal|selling/i;

/** Word stems of "price" in class names, per language. */
export const PRICE_CLASS_WORDS: readonly string[] = ['price', 'preis', 'prix', 'prezzo', 'precio', 'preco', 'hinta', 'pris', 'cena', 'prijs', 'fiyat', 'amount'];

/** Containers whose prices belong to other products. */
export const OTHER_PRODUCTS = /carousel|recommend|related|similar|upsell|cross-?sell|also|sponsor|bundle|accessor|recently|viewed|compare|widget|slider|suggest/i;
