/**
 * Product identity across shops: is what one shop showed the same product another showed?
 * Three kinds of evidence, strongest first: the GTIN (EAN/UPC), the brand with the
 * manufacturer's part number, the brand with a model code read from the name or the specs.
 * The title's words alone never make two products one: "Samsung 55" 4K TV" names hundreds.
 */

/** What identity is read from: a product page's product, or a listing card. */
export interface IdentitySource {
  name: string | null;
  brand?: string | null;
  gtin?: string | null;
  mpn?: string | null;
  /** Spec rows as printed; rows named like "Model" give model codes. */
  specs?: readonly { name: string; value: string }[];
}

/** The normalised evidence of one product's identity. */
export interface Identity {
  /** GTIN-14, check digit verified. */
  gtin: string | null;
  /** Lowercase letters and digits only. */
  brand: string | null;
  mpn: string | null;
  /** Model codes in the order read; the first is the name's own. */
  codes: string[];
}

/**
 * A GTIN-8, -12, -13 or -14 as GTIN-14 (zeros in front), or null when it is none: the
 * wrong length, or a check digit that does not hold (a typo, or a shop's own number).
 */
export function normaliseGtin(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const digits = raw.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits) || ![8, 12, 13, 14].includes(digits.length)) return null;
  const gtin = digits.padStart(14, '0');
  if (/^0+$/.test(gtin)) return null;
  // GS1 check digit: weights 3 and 1 alternate from the digit next to the check digit.
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(gtin[i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(gtin[13]) ? gtin : null;
}

/** Letters and digits only, lowercase, accents dropped: "KÄRCHER" and "Kärcher" are one. */
function squeeze(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Quantities are what a model is configured with, not its code: "128GB", "4K", "5G", "45W". */
const QUANTITY = /^\d+(?:[.,]\d+)?(?:gb|tb|mb|mah|wh|w|kw|hz|khz|mhz|ghz|mp|mm|cm|m|kg|g|k|v|l|ml|p|in|inch|x)$/;
/** Processors and graphics chips name a part inside the product, shared by many products. */
const CHIP = /^(?:i[3579]\d{3,5}[a-z]{0,3}|(?:rtx|gtx|rx)\d{3,4}[a-z]{0,2}|m[1-5](?:pro|max|ultra)?)$/;
const CHIP_WORDS = new Set(['ryzen', 'core', 'celeron', 'pentium', 'athlon', 'xeon', 'snapdragon', 'dimensity', 'helio', 'exynos', 'tensor', 'geforce', 'radeon', 'intel', 'amd']);
/** Spec rows that hold the model's code, in the UI's three languages and German. */
const MODEL_ROWS = /^(?:model|model number|model code|malli|mallinumero|mallikoodi|modell|modellnummer|modellbezeichnung|typ|type|tillverkarens artikelnummer|valmistajan tuotenumero)$/i;

/** Model codes in a text: words of letters and digits at once, hyphens inside one word joined. */
export function modelCodes(text: string): string[] {
  const words = text.split(/[\s,;:()[\]{}|/"″'’+*&]+/u).filter(Boolean);
  const codes: string[] = [];
  for (let i = 0; i < words.length && codes.length < 6; i++) {
    const code = squeeze(words[i]!);
    if (code.length < 4 || code.length > 24) continue;
    if (!/\p{L}/u.test(code) || (code.match(/\d/g)?.length ?? 0) < 2) continue;
    if (QUANTITY.test(code) || CHIP.test(code)) continue;
    // "Ryzen 7 7730U", "Core i5 1235U": the code of a chip follows the chip's name.
    const before = [words[i - 1], words[i - 2]].map((w) => (w ? squeeze(w) : ''));
    if (before.some((w) => CHIP_WORDS.has(w))) continue;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

export function identityOf(source: IdentitySource): Identity {
  const brand = source.brand ? squeeze(source.brand) || null : null;
  const mpn = source.mpn ? squeeze(source.mpn) || null : null;
  const codes = source.name ? modelCodes(source.name) : [];
  for (const row of source.specs ?? []) {
    if (!MODEL_ROWS.test(row.name.trim())) continue;
    for (const code of modelCodes(row.value)) if (!codes.includes(code)) codes.push(code);
  }
  return { gtin: normaliseGtin(source.gtin), brand, mpn, codes: brand ? codes.filter((c) => c !== brand) : codes };
}

/** Brands agree when both are known and one is the other or starts it ("samsung", "samsungelectronics"). */
function brandsAgree(a: IdentitySource, b: IdentitySource, ia: Identity, ib: Identity): boolean {
  // A card often prints no brand field but starts its name with the brand.
  const first = (s: IdentitySource) => squeeze(s.name?.trim().split(/\s+/)[0] ?? '');
  const x = ia.brand ?? first(a);
  const y = ib.brand ?? first(b);
  if (x.length < 2 || y.length < 2) return false;
  return x.startsWith(y) || y.startsWith(x);
}

/** Words that set one configuration of a model apart from another: "i5", "512 GB", "1 TB". */
function configuration(name: string | null): Map<string, string> {
  const found = new Map<string, string>();
  if (!name) return found;
  const text = name.toLowerCase();
  const chip = text.match(/\b(i[3579]|ryzen\s?[3579]|m[1-5](?:\s?(?:pro|max|ultra))?|celeron|pentium|athlon)\b/);
  if (chip) found.set('chip', chip[1]!.replace(/\s/g, ''));
  const storage = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s?(gb|tb)\b/g)].map((m) => `${m[1]}${m[2]}`);
  if (storage.length) found.set('storage', storage.sort().join('+'));
  return found;
}

function configurationsDiffer(a: string | null, b: string | null): boolean {
  const x = configuration(a);
  const y = configuration(b);
  return [...x].some(([kind, value]) => y.has(kind) && y.get(kind) !== value);
}

export type SameBy = 'gtin' | 'mpn' | 'model';

/**
 * Whether two observations show the same product, and by what evidence; null when they
 * do not, or when nothing says so. Two GTINs decide alone: different ones are different
 * products (a colour, a size) whatever the names say.
 */
export function sameProduct(a: IdentitySource, b: IdentitySource): SameBy | null {
  const ia = identityOf(a);
  const ib = identityOf(b);
  if (ia.gtin && ib.gtin) return ia.gtin === ib.gtin ? 'gtin' : null;
  if (!brandsAgree(a, b, ia, ib)) return null;
  if (ia.mpn && ib.mpn && ia.mpn === ib.mpn) return 'mpn';
  const [ca] = ia.codes;
  const [cb] = ib.codes;
  // Each one's own code is among the other's: "65C8K" against "C8K 65C8K QLED" holds.
  if (!ca || !cb || !ib.codes.includes(ca) || !ia.codes.includes(cb)) return null;
  // One model code, two configurations ("C24-963, Core i3" and "C24-963, Core i5"): not one product.
  return configurationsDiffer(a.name, b.name) ? null : 'model';
}

/**
 * Keys under which an observation is filed for "seen elsewhere": a query with the keys of
 * the product on the page finds every candidate, and `sameProduct` then decides.
 */
export function identityKeys(source: IdentitySource): string[] {
  const id = identityOf(source);
  const keys: string[] = [];
  if (id.gtin) keys.push(`gtin:${id.gtin}`);
  if (id.mpn) keys.push(`mpn:${id.mpn}`);
  for (const code of id.codes.slice(0, 4)) keys.push(`model:${code}`);
  return keys;
}
