/**
 * Prices as shops print them: "1 299,90 €", "$1,299.99", "CHF 1'299.–", "₺28.999,–".
 * The decimal separator is decided by rules (what follows the last separator, the
 * currency's minor digits), never per shop. Text that is not a price for the product
 * (instalments, per-kilo prices, VAT notes, ratings, percentages) gives null.
 */
import { currencyCode, findCurrencyMarks, hasThreeDecimals, joinDollarPrefix, pickShared, type CurrencyMark } from './currencies.ts';
import { LETTERS } from './letters.ts';

export interface ParsedPrice {
  amount: number;
  /** ISO 4217 code when known. */
  currency: string | null;
}

export interface PriceOptions {
  /** What else the page says about the currency: an ISO code, a sign, or a label holding one ("Price in £"). */
  currencyHint?: string | null;
  /** Set when the shop is known to write decimals with "." or ",". */
  decimalSeparator?: string | null;
}

/** Above this an "amount" is a phone number, an EAN or hostile input, not a price. */
export const MAX_AMOUNT = 1e9;

const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/gu;
// Soft hyphens, zero-width and bidi marks (Arabic and Hebrew shops wrap prices in them).
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu;
const DASHES = /[\u2010-\u2015\u2212]/gu;
const APOSTROPHES = /[\u2019\u02bc\u2032\u00b4`]/gu;
const DIGIT_BLOCKS = [0xff10, 0x0660, 0x06f0]; // fullwidth, Arabic-Indic, Persian

/** One spelling for the many spaces, dashes, apostrophes and digits shops use. */
function normalisePriceText(text: string): string {
  let out = text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(DASHES, '-');
  out = out.replace(APOSTROPHES, "'").replace(/\u066b/gu, '.').replace(/\u066c/gu, ',');
  out = out.replace(/[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/gu, (ch) => {
    const code = ch.charCodeAt(0);
    const base = DIGIT_BLOCKS.find((b) => code >= b && code <= b + 9) ?? code;
    return String(code - base);
  });
  return out.trim();
}

const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9' && ch.length === 1;
const isPoint = (ch: string): boolean => ch === '.' || ch === ',';

interface Reading {
  whole: string;
  fraction: string;
}

interface NumberRun extends Reading {
  start: number;
  /** End of the number as written, including a trailing ",-". */
  end: number;
  /** Where to look for the next number. */
  resume: number;
  invalid: boolean;
  /** "423.923": read as thousands unless the currency has three minor digits. */
  thousandsOrDecimal: boolean;
  asDecimal: Reading;
}

/** Rounds a decimal written as digit strings to cents without binary surprises (1.005 -> 1.01). */
function centsOf(whole: string, fraction: string): number | null {
  const w = whole.replace(/^0+(?=\d)/u, '') || '0';
  if (w.length > 10 || !/^\d+$/u.test(w) || !/^\d*$/u.test(fraction)) return null;
  const f = `${fraction}000`.slice(0, 3);
  const cents = Number(w) * 100 + Number(f.slice(0, 2)) + (Number(f.charAt(2)) >= 5 ? 1 : 0);
  const amount = cents / 100;
  return amount > MAX_AMOUNT ? null : amount;
}

/** Exactly n digits start here: the "299" of "1 299", not of "1 2999". */
function digitsAt(text: string, at: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!isDigit(text.charAt(at + k))) return false;
  return !isDigit(text.charAt(at + n));
}

/** Separators between digit groups that are thousands, checked: "1.299.000" yes, "15.08.2017" no. */
function validGrouping(groups: readonly string[], seps: readonly string[]): boolean {
  if (seps.length === 0) return true;
  const punct = new Set(seps.filter(isPoint));
  if (punct.size > 1) return false;
  const first = groups[0] ?? '';
  if (first.length > 3) return false;
  // Indian lakh grouping ("1,00,000") has pairs before the last three digits.
  const indian = punct.has(',') && groups.length > 2;
  return groups.slice(1).every((g, k) => g.length === 3 || (indian && g.length === 2 && k < groups.length - 2));
}

/** Which separator, if any, is the decimal one, from what follows it and the others around it. */
function decimalOf(groups: readonly string[], seps: readonly string[], hint: string | null): 'none' | 'last' | 'ambiguous' {
  const last = seps[seps.length - 1];
  if (last === undefined || !isPoint(last)) return 'none';
  const onlyOnce = seps.indexOf(last) === seps.length - 1;
  if (hint === '.' || hint === ',') return last === hint && onlyOnce ? 'last' : 'none';
  const punct = seps.filter(isPoint);
  // Two kinds of separator: the last one is the decimal ("1.299,90", "1,299.90").
  if (punct.some((p) => p !== last)) return onlyOnce ? 'last' : 'none';
  if (punct.length > 1) return 'none';
  // One separator: thousands only before exactly three digits ("1.299"), decimal otherwise ("12,5", "29.1583").
  if ((groups[groups.length - 1] ?? '').length !== 3 || seps.length > 1) return 'last';
  const first = groups[0] ?? '';
  return first === '0' || first.length > 3 ? 'last' : 'ambiguous';
}

/** The decimal marks written after the digits: "1299,-", "559. 99", "35€99". */
function decimalAfter(
  text: string,
  at: number,
  groups: readonly string[],
  seps: readonly string[],
  hint: string | null,
): { fraction: string; end: number; resume: number } | null {
  const c = text.charAt(at);
  // Only after digits that are whole on their own: "19,99." keeps its comma as the decimal.
  if (!validGrouping(groups, seps)) return null;
  if (isPoint(c) && text.charAt(at + 1) === ' ' && digitsAt(text, at + 2, 2) && !/^[.,]\d/u.test(text.slice(at + 4))) {
    return { fraction: text.slice(at + 2, at + 4), end: at + 4, resume: at + 4 };
  }
  if (isPoint(c) && !seps.includes(c)) {
    const rest = text.slice(at + 1);
    const dash = /^ ?-{1,2}/u.exec(rest);
    if (dash) return { fraction: '', end: at + 1 + dash[0].length, resume: at + 1 + dash[0].length };
    if (rest === '' || /^ +[^\d ]/u.test(rest)) return { fraction: '', end: at + 1, resume: at + 1 };
  }
  if (seps.length === 0) {
    const euro = (hint === '€' ? /^€(\d{1,3})(?!\d)|^€ ?(\d{2})(?!\d)/u : /^ ?€ ?(\d{2})(?![\d%]| ?€)/u).exec(text.slice(at));
    const digits = euro?.[1] ?? euro?.[2];
    if (euro && digits) return { fraction: digits, end: at, resume: at + euro[0].length };
  }
  return null;
}

/** Reads the number starting at `start` ("1 299,90", ".75", "28.999,-"), or null if none starts there. */
function readNumber(text: string, start: number, hint: string | null): NumberRun | null {
  let j = start;
  while (isPoint(text.charAt(j)) && j - start < 3) j++;
  if (!isDigit(text.charAt(j)) || (j > start && isDigit(text.charAt(start - 1)))) return null;
  const leading = text.slice(start, j);
  const groups: string[] = [];
  const seps: string[] = [];
  while (groups.length < 12) {
    const from = j;
    while (isDigit(text.charAt(j)) && j - from < 24) j++;
    const group = text.slice(from, j);
    groups.push(group);
    const c = text.charAt(j);
    if ((isPoint(c) || c === "'") && isDigit(text.charAt(j + 1))) {
      seps.push(c);
      j++;
    } else if (c === ' ' && !seps.some(isPoint) && group.length <= 3 && digitsAt(text, j + 1, 3)) {
      seps.push(c);
      j++;
    } else break;
  }
  const after = decimalAfter(text, j, groups, seps, hint);
  const run: NumberRun = {
    start,
    end: after?.end ?? j,
    resume: after?.resume ?? j,
    whole: groups.join(''),
    fraction: after?.fraction ?? '',
    invalid: false,
    thousandsOrDecimal: false,
    asDecimal: { whole: groups[0] ?? '', fraction: groups[1] ?? '' },
  };
  const hintHere = leading && hint && isPoint(hint) && leading.includes(hint) && !seps.includes(hint);
  if (hintHere || (leading && !hint && seps.length === 0)) return { ...run, whole: '0', fraction: groups.join('') };
  const decimal = after ? 'none' : decimalOf(groups, seps, isPoint(hint ?? '') ? hint : null);
  if (decimal === 'ambiguous') return { ...run, thousandsOrDecimal: true };
  if (decimal === 'last') {
    const fraction = groups.pop() ?? '';
    seps.pop();
    return { ...run, whole: groups.join(''), fraction, invalid: !validGrouping(groups, seps) };
  }
  return { ...run, invalid: !validGrouping(groups, seps) };
}

const MAX_TEXT = 200;
const LOOK = 40;
const L = `(?![${LETTERS}])`;

/**
 * Words that make the whole text a payment plan rather than the price. Matched against the
 * text in lower case: the `i` flag makes V8 compile every letter range in both cases, on
 * every page.
 */
export const INSTALMENT = new RegExp(
  [
    `[/]\\s?(?:kk|kuuk\\w*|mo|mon|month|mth|monat|mtl|mån|md|mnd|mies\\w*|mes|mois|mese|maand)\\.?${L}`,
    `(?:per|a|pro|im|al|par|om|i|pr\\.?)\\s(?:month|monat|mes|mois|mese|måned\\w*|månad\\w*|maand|kuukausi)${L}`,
    `(?:monthly|monatlich|mtl\\.|miesięcznie|kuukaudessa|kuussa|mensuel\\w*|mensili|mensual\\w*)`,
    `(?:^|[^${LETTERS}])(?:raten|rate|rat(?:y|a|ach)?|taksit\\w*|cuotas?|parcelas?|rateizz\\w*|osamaks\\w*|erää?|delbetal\\w*|avbetal\\w*|finanzier\\w*|financing)${L}`,
    `(?<![\\d.,])\\d{1,2}\\s?[x×]\\s?(?:de\\s)?\\D{0,4}\\d`,
    `[x×]\\s?\\d{1,2}(?![\\d.,]?\\d)\\s?(?:kk|months?|monate|kuukautta|mes\\w*|mois|$)`,
  ].join('|'),
  'u',
);
/** What every instalment wording (and "free") holds: plain amounts skip those regexes. */
const MAY_BE_INSTALMENT = new RegExp(`[/×${LETTERS}]`, 'u');
/**
 * A piece of every INSTALMENT branch (its sign, or the first letters of each of its words),
 * tried on the lower-case text first: INSTALMENT costs about a millisecond to compile and
 * most worded prices ("UVP 149,99 €", "kr 1 299") hold none of them. Kept in step with
 * INSTALMENT by price.test.ts.
 */
export const MAY_BE_PLAN = /[/x×]|mon|mes|moi|mån|maa|kuu|mie|mtl|men|rat|tak|cuo|par|osa|erä|del|avb|fin/;

const MEASURE =
  '(?:mm|cm|m|km|inch\\w*|ft|kg|g|mg|lbs?|oz|l|L|ml|cl|dl|W|kW|kWh|V|mAh|Wh|Hz|kHz|MHz|GHz|GB|TB|MB|dB|BTU|' +
  'tuumaa|Zoll|m²|m2|m³|m3|sqft|Tage|days?|päivää|päivän|dagar|dage|dni|gün|jours|giorni|días|months?|Monate|hours?|h|min)';
const PER_UNIT =
  '(?:kg|g|l|L|ml|cl|dl|m|m²|m2|m³|m3|km|sq\\.? ?ft|ft|lb|fl\\.? ?oz|oz|ounces?|Ounces?|count|Count|' +
  'kilo\\w*|Kilogramm|liter|litre|litra|Liter|Meter|metri\\w*)';
const RATING_LINK = '(?:\\/|out of|of|von|van|trên|av|af|de|из|z|ze|sur|su|di)';
const REVIEWS =
  '(?:stars?|sterne\\w*|tähte\\w*|arvostelu\\w*|arvio\\w*|reviews?|bewertung\\w*|rezension\\w*|recension\\w*|' +
  'omdöm\\w*|anmeldelse\\w*|ratings?|avis|opiniones|valoraciones|avaliaç\\w*|opini\\w*|отзыв\\w*|ocen\\w*|yorum\\w*|stjern\\w*|stjärn\\w*)';

/**
 * Context right after a number that says it is not the product's price. The `lower` lists
 * are matched against the context in lower case (see INSTALMENT).
 */
const NOT_PRICE_AFTER = [
  /^\s?%/u, // a percentage: discounts, VAT rates
  /^\s?¢/u, // cents: "99¢" is not 99 of anything we name
  /^\+/u, // a threshold: "orders $49+"
  /^-\d/u, // dates and codes: "25-09", "631-1"
  new RegExp(`^\\s?${MEASURE}(?![${LETTERS}\\d])`, 'u'), // a measurement: "2 m", "30 Tage"
  /^\s?[x×]\s?\d/u, // a dimension: "59.8 x 185.5"
  new RegExp(`^\\D{0,12}?(?:[/]|(?<![${LETTERS}])(?:per|pro|je|par|за)\\s)\\s?(?:\\d+\\s?)?${PER_UNIT}${L}`, 'u'),
];
const NOT_PRICE_AFTER_LOWER = [new RegExp(`^\\s?${RATING_LINK}\\s?\\d`, 'u'), new RegExp(`^\\s?[)(]?\\s?${REVIEWS}`, 'u')];
/** A character every rule after a number needs: " €" after "1 299,90" is ruled out at once. */
const AFTER_NEEDS = new RegExp(`[%¢+\\-/×()${LETTERS}]`, 'u');

/** Context right before a number that says it is not the product's price. */
const NOT_PRICE_BEFORE = [
  /%\s?-?$/u, // "-%10,34"
  /\d-$/u,
  new RegExp(`\\d\\s?${PER_UNIT}\\s?=\\s?\\D{0,4}$`, 'u'), // "1 kg = 2,99 €"
];
const NOT_PRICE_BEFORE_LOWER = [
  new RegExp(`\\d\\s?${RATING_LINK}\\s?$`, 'u'), // the "5" of "4.5 out of 5"
  new RegExp(`${REVIEWS}\\s?[:(]?\\s?$`, 'u'),
  new RegExp(`(?:grundpreis|kilohinta|litrahinta|yksikköhinta|jämförpris|jämförelsepris|literpreis|kilopreis|prix au (?:kg|litre))\\D{0,12}$`, 'u'),
];
const BEFORE_NEEDS = new RegExp(`[%\\-/=${LETTERS}]`, 'u');

/** A range shares its currency: "from 26 to 50 €". */
const LETTER_AT_END = new RegExp(`[${LETTERS}]$`, 'u');
/** Matched in lower case, like INSTALMENT. */
const RANGE_GAP = /^\s*(?:-|to|bis|till|tai|до|à|a|~)\s*\D{0,5}$/u;
/** Matched in lower case, like INSTALMENT. */
const FREE = /^\W*(?:free|gratis|kostenlos|ilmainen|gratuit|бесплатно)\W*$/u;

interface Candidate {
  run: NumberRun;
  mark: CurrencyMark | null;
}

function isNotPrice(text: string, run: NumberRun, marks: readonly CurrencyMark[]): boolean {
  const before = text.slice(Math.max(0, run.start - LOOK), run.start);
  const after = text.slice(run.end, run.end + LOOK);
  // A number glued to letters is a model code ("WMN14BB"), unless those letters are a currency ("RM50").
  if (LETTER_AT_END.test(before) && !marks.some((m) => m.end === run.start)) return true;
  if (AFTER_NEEDS.test(after)) {
    if (NOT_PRICE_AFTER.some((re) => re.test(after))) return true;
    const lower = after.toLowerCase();
    if (NOT_PRICE_AFTER_LOWER.some((re) => re.test(lower))) return true;
  }
  if (BEFORE_NEEDS.test(before)) {
    if (NOT_PRICE_BEFORE.some((re) => re.test(before))) return true;
    const lower = before.toLowerCase();
    if (NOT_PRICE_BEFORE_LOWER.some((re) => re.test(lower))) return true;
  }
  return false;
}

/** The currency written next to a number, preferring a unique sign over a shared one. */
function markBeside(text: string, run: NumberRun, marks: readonly CurrencyMark[]): CurrencyMark | null {
  let best: CurrencyMark | null = null;
  for (const m of marks) {
    const gap = m.end <= run.start ? text.slice(m.end, run.start) : m.start >= run.end ? text.slice(run.end, m.start) : null;
    if (gap === null) continue;
    const beside = m.gluedOnly ? gap === '' : m.end <= run.start ? /^[\s:.]{0,3}$/u.test(gap) : /^\s{0,2}$/u.test(gap);
    if (beside && (!best || m.strength > best.strength)) best = m;
  }
  return best;
}

function candidatesIn(text: string, marks: readonly CurrencyMark[], decimalSeparator: string | null): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < text.length && out.length < 20; ) {
    const run = readNumber(text, i, decimalSeparator);
    if (!run) {
      i++;
      continue;
    }
    i = Math.max(run.resume, i + 1);
    if (run.invalid || isNotPrice(text, run, marks)) continue;
    out.push({ run, mark: markBeside(text, run, marks) });
  }
  return out;
}

/** The gap between `c` and `next` when the two are the ends of one range: null when they are not. */
function rangeGap(text: string, c: Candidate, next: Candidate | undefined): string | null {
  // A range rises ("26 to 50 €"); "50 - $2.00" is a quantity and its price.
  if (!next?.mark || Number(next.run.whole) < Number(c.run.whole)) return null;
  const gap = text.slice(c.run.end, next.run.start).toLowerCase();
  return RANGE_GAP.test(gap) ? gap : null;
}

/** The product price among the numbers: the first one with a currency beside it, else the first. */
function choose(text: string, candidates: readonly Candidate[]): Candidate | null {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    if (c.mark) return c;
    const next = candidates[i + 1];
    if (next?.mark && rangeGap(text, c, next) !== null) return { run: c.run, mark: next.mark };
  }
  return candidates[0] ?? null;
}

/** A range's connector written as a word ("to", "bis"): unlike a dash it is no minus or hyphen. */
const WORDED_GAP = /^\s*[^\s\-~]/u;

/**
 * True when the text's first two amounts are the ends of a range of prices: "$6.79 to $9.48",
 * "EUR 124,00 bis EUR 174,00", "from 26 to 50 €". A dash joins a range only between two
 * amounts that each show their currency ("$5 - $8"): "1 - $2.00" is a quantity and its price.
 * A range further on ("$9.91 Options from $9.91 – $22.64") is not the first amount's.
 */
export function isPriceRange(raw: string): boolean {
  if (typeof raw !== 'string' || !/\d\D+\d/u.test(raw)) return false;
  const text = joinDollarPrefix(normalisePriceText(raw.slice(0, MAX_TEXT)));
  const marks = findCurrencyMarks(text);
  if (marks.length === 0) return false;
  const [first, second] = candidatesIn(text, marks, null);
  const gap = first ? rangeGap(text, first, second) : null;
  return gap !== null && (first?.mark != null || WORDED_GAP.test(gap));
}

/** Codes the text and hint name outright, to read a shared sign ("NZD $100.70", hint "CAD"). */
function namedCodes(marks: readonly CurrencyMark[], hint: string | null): (string | null)[] {
  const codes = marks.filter((m) => m.shared.length === 0).map((m) => m.code);
  const hintCode = currencyCode(hint);
  if (hintCode) codes.push(hintCode);
  else if (hint) for (const m of findCurrencyMarks(hint)) codes.push(m.code);
  return codes;
}

function currencyOf(mark: CurrencyMark | null, marks: readonly CurrencyMark[], hint: string | null): string | null {
  const shown = mark ?? marks.find((m) => !m.gluedOnly) ?? null;
  if (shown) return pickShared(shown, namedCodes(marks, hint));
  if (!hint) return null;
  const direct = currencyCode(hint);
  if (direct) return direct;
  const hintMarks = findCurrencyMarks(hint).filter((m) => !m.gluedOnly);
  const first = hintMarks[0];
  return first ? pickShared(first, namedCodes(hintMarks, null)) : null;
}

function separatorOf(options: PriceOptions): string | null {
  const sep = options.decimalSeparator;
  return sep === '.' || sep === ',' || sep === '€' ? sep : null;
}

const SCIENTIFIC = /\d[eE][+-]?\d/u;
const NEGATIVE = /^\s*[-−–]\s?(?:[^\s\d]{1,4}\s?)?\d/u;
const LEADING_DASH = /^\s*[-−–]/;

function safeParsePrice(raw: string, options: PriceOptions): ParsedPrice | null {
  const text = joinDollarPrefix(normalisePriceText(raw.slice(0, MAX_TEXT)));
  const hintText = options.currencyHint;
  const hint = typeof hintText === 'string' ? joinDollarPrefix(normalisePriceText(hintText.slice(0, MAX_TEXT))) : null;
  // "Free" and every instalment wording need a letter, a slash or a times sign.
  const worded = MAY_BE_INSTALMENT.test(text);
  const lower = worded ? text.toLowerCase() : text;
  if (worded && FREE.test(lower)) return { amount: 0, currency: currencyOf(null, [], hint) };
  if (!/\d/u.test(text) || (worded && MAY_BE_PLAN.test(lower) && INSTALMENT.test(lower))) return null;
  // "1e308" is no price a shop prints, and a minus in front is a discount or a refund, not a price.
  if (SCIENTIFIC.test(text) || (LEADING_DASH.test(text) && NEGATIVE.test(text))) return null;
  const marks = findCurrencyMarks(text);
  const chosen = choose(text, candidatesIn(text, marks, separatorOf(options)));
  if (!chosen) return null;
  const currency = currencyOf(chosen.mark, marks, hint);
  const run = chosen.run;
  const reading = run.thousandsOrDecimal && hasThreeDecimals(currency) ? run.asDecimal : run;
  const amount = centsOf(reading.whole, reading.fraction);
  return amount === null ? null : { amount, currency };
}

/** Parses a shop's price text ("1 299,90 €"); null for instalments, unit prices, VAT notes. */
export function parsePrice(text: string, options?: PriceOptions): ParsedPrice | null {
  if (typeof text !== 'string') return null;
  // Pages repeat their price texts (cards, shelves, screen-reader copies): each is read once.
  const plain = options === undefined || (!options.currencyHint && !options.decimalSeparator);
  const known = plain ? READ.get(text) : undefined;
  if (known !== undefined) return known && { ...known };
  let parsed: ParsedPrice | null;
  try {
    parsed = safeParsePrice(text, options ?? {});
  } catch {
    parsed = null;
  }
  if (plain && text.length <= MAX_TEXT) {
    if (READ.size >= MAX_READ) READ.clear();
    READ.set(text, parsed && { ...parsed });
  }
  return parsed;
}

const READ = new Map<string, ParsedPrice | null>();
const MAX_READ = 2_000;

/** Parses a machine-readable amount (JSON-LD "1299.90", 1299.9, "1.299,90"); null for anything else. */
export function parseAmount(value: unknown): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0 || value > MAX_AMOUNT) return null;
    const written = String(value);
    if (/e/iu.test(written)) return Math.round(value * 100) / 100;
    const [whole = '0', fraction = ''] = written.split('.');
    return centsOf(whole, fraction);
  }
  if (typeof value !== 'string' || value.length > 40) return null;
  const text = normalisePriceText(value);
  if (!/^\+?[\d.,' ]+(?:[.,] ?-)?$/u.test(text)) return null;
  const run = readNumber(text, text.startsWith('+') ? 1 : 0, null);
  if (!run || run.invalid || run.resume < text.length) return null;
  // schema.org writes "." as the decimal point, so a lone "1.299" is 1.299 here, not thousands.
  const reading = run.thousandsOrDecimal && !text.includes(',') ? run.asDecimal : run;
  return centsOf(reading.whole, reading.fraction);
}
