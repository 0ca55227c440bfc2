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
  'prix conseillé',
  'prix de vente conseillé',
  'unverbindliche preisempfehlung',
  'precio recomendado',
  'pvp',
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
  ['numero oggetto ebay', 'sku'],
  ['numero oggetto', 'sku'],
  ["numéro de l'objet ebay", 'sku'],
  ['ebay-artikelnummer', 'sku'],
  ['número de artículo de ebay', 'sku'],
  ['商品編號', 'sku'],
  ['商品编号', 'sku'],
  ['商品番号', 'sku'],
  ['貨號', 'sku'],
  ['货号', 'sku'],
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

/**
 * Labels that name some reference, not always the shop's own code (on Amazon.fr
 * "Référence" is the maker's): a value under a stronger label, such as ASIN, wins.
 */
export const WEAK_IDENTIFIER_LABELS: ReadonlySet<string> = new Set(['référence', 'réf.', 'ref.', 'ref', 'reference', 'referencia', 'código', 'kód', 'код']);

/** Hidden form fields that carry the product's identifier (the buy form posts it). */
export const IDENTIFIER_INPUTS = new Map<string, 'sku' | 'gtin' | 'mpn'>([
  ['asin', 'sku'],
  ['sku', 'sku'],
  ['product_sku', 'sku'],
  ['productsku', 'sku'],
  ['ean', 'gtin'],
]);

const escapeWord = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test over class words (see classWords in dom.ts): each entry starts a word ("old"
 * also finds "oldprice"), may follow "price" inside one ("priceold"), and an entry ending
 * in a space must be the whole word ("now " is not "nowrap").
 */
function classWordTest(words: readonly string[], afterPrice: boolean): RegExp {
  return new RegExp(`(?: ${afterPrice ? '|price' : ''})(?:${words.map(escapeWord).join('|')})`);
}

/**
 * Class words that name a price as the one paid before: a card's price box reads them (see
 * PRIOR_PRICE_CLASS). Only words that say so wherever they sit; "regular", "compare" and
 * "prev" also name a card's template ("preview", "regular-tile") and stay with the product reader.
 */
const PRIOR_PRICE_WORDS: readonly string[] = [
  'old', 'was ', 'strike', 'struck', 'before', 'list price', 'listprice', 'orig', 'rrp', 'uvp', 'msrp', 'crossed',
  'vorher', 'statt', 'streich', 'full price', 'fullprice', 'alt ',
];

/** Class words of a price that is not the one to pay now: prior, per-unit, instalment, delivery. */
export const NOT_CURRENT_PRICE_WORDS: readonly string[] = [
  ...PRIOR_PRICE_WORDS, 'was', 'regular', 'compare', 'cross', 'prev', 'saving', 'save', 'instal', 'month', 'unit',
  'per ', 'reference', 'lowest', 'omnibus', 'shipping', 'delivery', 'postage', 'excl',
];

/** Class words of the price to pay now. */
export const CURRENT_PRICE_WORDS: readonly string[] = [
  'current', 'sale', 'now ', 'final', 'actual', 'our ', 'ourprice', 'special', 'offer', 'promo', 'main', 'primary',
  'buy', 'deal', 'selling', 'new ', 'reduced',
];

/** Class words of shelves whose prices belong to other products: never the product's own price. */
export const OTHER_PRODUCTS_WORDS: readonly string[] = [
  'carousel', 'recommend', 'reco ', 'related', 'similar', 'upsell', 'cross sell', 'crosssell', 'also ', 'sponsor',
  'recent', 'viewed', 'suggest', 'shelf', 'alternativ',
];

/**
 * Class words of boxes that often hold other products' prices but also wrap whole pages in
 * some shop builders ("elementor-widget"): a penalty, not a refusal.
 */
export const MAYBE_OTHER_PRODUCTS_WORDS: readonly string[] = ['widget', 'bundle', 'accessor', 'compare'];

export const NOT_CURRENT_PRICE = classWordTest(NOT_CURRENT_PRICE_WORDS, true);
export const PRIOR_PRICE_CLASS = classWordTest(PRIOR_PRICE_WORDS, true);
export const CURRENT_PRICE = classWordTest(CURRENT_PRICE_WORDS, true);
export const OTHER_PRODUCTS = classWordTest(OTHER_PRODUCTS_WORDS, false);
export const MAYBE_OTHER_PRODUCTS = classWordTest(MAYBE_OTHER_PRODUCTS_WORDS, false);

/** Words of a price label printed before the amount, per language (matched inside short texts). */
export const PRICE_LABEL_WORDS: readonly string[] = [
  'price', 'preis', 'prix', 'prezzo', 'precio', 'preço', 'hinta', 'pris', 'cena', 'cijena', 'prijs', 'fiyat',
  'цена', 'ціна', 'kaina', 'hind', 'τιμή', 'מחיר', 'السعر', '特價', '特价', '售價', '售价', '價格', '价格', '最低價',
  '最低价', '価格', '가격', 'giá',
];

/** Word stems of "price" in class names, per language. */
export const PRICE_CLASS_WORDS: readonly string[] = ['price', 'preis', 'prix', 'prezzo', 'precio', 'preco', 'hinta', 'pris', 'cena', 'prijs', 'fiyat', 'amount'];
