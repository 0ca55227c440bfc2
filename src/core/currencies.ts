/**
 * How shops write currencies, as data: the spellings seen on real pages mapped to ISO 4217.
 * Facts only; the parser in price.ts decides what to do with them.
 */
import { LETTERS } from './letters.ts';

/** Spellings per code, space-separated. A spelling may map to one code only. */
const SPELLINGS: ReadonlyArray<readonly [code: string, spellings: string]> = [
  ['EUR', '€ EUR eur euro euros'],
  ['USD', '$ US$ USD usd U$S'],
  ['GBP', '£ ￡ ₤ pound pounds stg GBP gbp'],
  ['JPY', '¥ ￥ 円 yen JPY'],
  ['CNY', '元 人民币 圆 圓 RMB yuan CNY'],
  ['KRW', '₩ 원 KRW'],
  ['INR', '₹ Rs Rs. Re ₨ र रु INR'],
  ['RUB', '₽ руб рублей рубля рубль Р р Rbl RUB'],
  ['UAH', '₴ грн гривен hrn UAH'],
  ['PLN', 'zł Zł ZŁ zl PLN pln'],
  ['CZK', 'Kč KČ CZK czk'],
  ['HUF', 'Ft HUF huf'],
  ['SEK', 'kr Kr KR :- SEK sek'],
  ['NOK', 'NOK nok'],
  ['DKK', 'DKK dkk'],
  ['ISK', 'ISK'],
  ['CHF', 'CHF chf Fr Fr. SFr SFr. franc francs'],
  ['TRY', '₺ TL TRY'],
  ['BRL', 'R$ BRL'],
  ['ZAR', 'R ZAR'],
  ['AUD', 'A$ AU$ AUD'],
  ['CAD', 'C$ CA$ CAN$ CAD$ CAD'],
  ['NZD', 'NZ$ NZD nzd'],
  ['HKD', 'HK$ HKD'],
  ['SGD', 'S$ SGD$ SGD'],
  ['MXN', 'MX$ MXN'],
  ['TWD', 'NT$ NT TWD'],
  ['IDR', 'Rp IDR'],
  ['MYR', 'RM MYR'],
  ['VND', '₫ đ VNĐ vnđ VND'],
  ['ILS', '₪ ש"ח ש״ח ש\'ח NIS nis ILS'],
  ['THB', '฿ บาท THB'],
  ['PHP', '₱ PHP'],
  ['RON', 'lei RON ron'],
  ['MDL', 'MDL'],
  ['BGN', 'лв BGN'],
  ['RSD', 'din дин Dinara RSD'],
  ['MKD', 'ден MKD mkd'],
  ['BAM', 'KM BAM'],
  ['HRK', 'kn Kn KN HRK'],
  ['BYN', 'Br BYN'],
  ['KZT', '₸ тг KZT'],
  ['GEL', '₾ ლარი ლ lari GEL'],
  ['AZN', '₼ AZN'],
  ['AMD', '֏ AMD'],
  ['AFN', '؋ AFN'],
  ['ALL', 'Lek ALL'],
  ['BDT', '৳ BDT'],
  ['KHR', '៛ KHR'],
  ['LAK', '₭ LAK'],
  ['MNT', '₮ MNT'],
  ['NGN', '₦ NGN'],
  ['GHS', 'GH₵ ₵ GHS'],
  ['CRC', '₡ CRC'],
  ['PYG', '₲ PYG'],
  ['KWD', 'KD د.ك KWD'],
  ['BHD', 'BD .د.ب د.ب BHD'],
  ['OMR', 'ر.ع OMR'],
  ['QAR', 'ر.ق QAR'],
  ['SAR', 'ريال ر.س SAR'],
  ['IRR', 'ریال ﷼ IRR'],
  ['AED', 'درهم د.إ Dh Dhs AED'],
  ['EGP', 'جنيه ج.م E£ EGP'],
  ['JOD', 'د.ا د.أ JOD'],
  ['LBP', 'ل.ل LBP'],
  ['SYP', 'ل.س SYP'],
  ['DZD', 'دج د.ج DZD'],
  ['MAD', 'د.م MAD'],
  ['TND', 'DT د.ت TND'],
  ['LYD', 'LD ل.د LYD'],
  ['IQD', 'ع.د د.ع IQD'],
  ['SDG', 'ج.س SDG'],
  ['YER', 'ر.ي YER'],
  ['KES', 'KSh KShs Ksh KES'],
  ['TZS', 'TSh TZS'],
  ['UGX', 'USh UGX'],
  ['ETB', 'ብር ETB'],
  ['ERN', 'Nfk ናቕፋ نافكا ERN'],
  ['DJF', 'Fdj DJF'],
  ['BIF', 'FBu Fbu BIF'],
  ['GNF', 'FG GFr GNF'],
  ['XOF', 'CFA FCFA XOF'],
  ['MWK', 'MK MWK'],
  ['MRU', 'UM MRU'],
  ['MVR', 'Rf MVR'],
  ['BTN', 'Nu Nu. BTN'],
  ['STN', 'Db STN'],
  ['TOP', 'T$ TOP'],
  ['TTD', 'TT$ TTD'],
  ['JMD', 'J$ JMD'],
  ['BZD', 'BZ$ BZD'],
  ['DOP', 'RD$ DOP'],
  ['MOP', 'MOP$ MOP'],
  ['CUC', 'CUC$ CUC'],
  ['UYU', '$U UYU'],
  ['VUV', 'VT Vt VUV'],
  ['ZMW', 'ZK ZMW'],
  ['ZWL', 'Z$ ZWL'],
  ['PEN', 'S/. S/ PEN'],
  ['PAB', 'B/. PAB'],
  ['VES', 'Bs Bs. VES'],
  ['BOB', '$b BOB'],
  ['ANG', 'ƒ ANG'],
  ['GYD', 'GY$ G$ GYD'],
  ['LKR', 'රු ரூ LKR'],
  ['KGS', 'сом KGS'],
  ['UZS', "so'm som UZS"],
  ['MMK', 'Ks MMK'],
  ['MGA', 'Ar MGA'],
  ['MZN', 'MT MZN'],
  ['RWF', 'FRw RF R₣ RWF'],
  ['CVE', 'Esc CVE'],
  ['AOA', 'Kz kwz AOA'],
  ['GTQ', 'Q GTQ'],
];

/** Other ISO 4217 codes, current and a few pre-euro ones old listings still show. */
const OTHER_CODES =
  'AOA ARS AWG BBD BMD BND BSD BWP CDF CLP COP CUP CVE FJD FKP GIP GMD GTQ HNL HTG JMD KMF KPW KYD ' +
  'LRD LSL MGA MMK MUR MZN NAD NIO NPR PGK PKR QAR RWF SBD SCR SHP SLE SLL SOS SRD SSP SVC SZL TJS ' +
  'TMT UZS WST XAF XCD XPF ATS BEF DEM ESP FIM FRF GRD IEP ITL LTL LVL EEK NLG PTE SKK';

/** Signs several currencies share: the first code is the usual reading, the rest what a hint can pick. */
const SHARED_SIGNS: Readonly<Record<string, readonly string[]>> = {
  $: ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'TWD', 'ARS', 'CLP', 'COP'],
  kr: ['SEK', 'NOK', 'DKK', 'ISK'],
  '¥': ['JPY', 'CNY'],
  rs: ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'],
  '₨': ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'],
  '£': ['GBP', 'EGP', 'GIP', 'FKP', 'SHP'],
  'c$': ['CAD', 'NIO'],
  lei: ['RON', 'MDL'],
  br: ['BYN', 'ETB'],
  'р': ['RUB', 'BYN'],
  'руб': ['RUB', 'BYN'],
  'ريال': ['SAR', 'QAR', 'OMR', 'YER'],
  'درهم': ['AED', 'MAD'],
  'جنيه': ['EGP', 'SDG'],
  cfa: ['XOF', 'XAF'],
  bs: ['VES', 'BOB'],
  'ƒ': ['ANG', 'AWG'],
  fr: ['CHF', 'XOF', 'XAF'],
  franc: ['CHF', 'XOF', 'XAF'],
  francs: ['CHF', 'XOF', 'XAF'],
};

/** Codes that are also common words in capitals ("ALL DEALS", "TOP 10"): weaker evidence than a sign. */
// "AMD" and "PHP" are also a chip maker and a programming language in product names.
const WORDLIKE_CODES = new Set(['ALL', 'TOP', 'CUP', 'PEN', 'MAD', 'SOS', 'TRY', 'BOB', 'GEL', 'NT', 'DT', 'LD', 'AMD', 'PHP']);

/** Currencies with three minor digits, where "423.923" is a decimal, not thousands. */
const THREE_DECIMALS = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

/** Signs that only count glued to a number ("R273", "200Q"), since alone they are ordinary letters. */
const GLUED_ONLY = new Set(['R', 'Q']);

/** Currencies shops name that have no ISO 4217 code: recognised, so the number beside them is a price. */
const UNCODED = 'تومان toman';

export interface CurrencyMark {
  start: number;
  end: number;
  /** ISO 4217 code; null for a currency without one (the Iranian toman). */
  code: string | null;
  /** Other currencies the same sign can mean, first the usual one; empty when the sign is unique. */
  shared: readonly string[];
  /** 2 = unique sign or code, 1 = shared sign, 0 = code that is also a word. */
  strength: number;
  gluedOnly: boolean;
}

interface Spelling {
  text: string;
  code: string | null;
  anyCase: boolean;
}

const LETTER = new RegExp(`[${LETTERS}]`, 'u');
const DOLLAR_PREFIX = new RegExp(`(?<![${LETTERS}])(US|AU|CA|CAN|NZ|HK|NT|SG|MX|C|A|S) \\$`, 'gu');
const byFirstChar = new Map<string, Spelling[]>();
const bySpelling = new Map<string, Spelling>();

function addSpelling(text: string, code: string | null): void {
  const isCode = /^[A-Z]{3}$/.test(text);
  // Short spellings and ISO codes are case-sensitive: "km" is a distance, "KM" a currency.
  const anyCase = !isCode && [...text].length >= 3 && LETTER.test(text);
  const spelling: Spelling = { text: anyCase ? text.toLowerCase() : text, code, anyCase };
  const key = spelling.text.charAt(0).toLowerCase();
  const list = byFirstChar.get(key) ?? [];
  list.push(spelling);
  byFirstChar.set(key, list);
  bySpelling.set(spelling.text, spelling);
}

for (const [code, spellings] of SPELLINGS) for (const s of spellings.split(' ')) addSpelling(s, code);
for (const code of OTHER_CODES.split(' ')) if (!bySpelling.has(code)) addSpelling(code, code);
for (const word of UNCODED.split(' ')) addSpelling(word, null);
// Longest spelling first; the sort is stable, so equally long ones keep the order above.
for (const list of byFirstChar.values()) list.sort((a, b) => b.text.length - a.text.length);

const isLetter = (ch: string): boolean => ch !== '' && LETTER.test(ch);

function markFor(text: string, code: string | null, start: number, end: number): CurrencyMark {
  const shared = SHARED_SIGNS[text.toLowerCase().replace(/\.$/, '')] ?? [];
  const strength = WORDLIKE_CODES.has(text) ? 0 : shared.length > 0 ? 1 : 2;
  return { start, end, code, shared, strength, gluedOnly: GLUED_ONLY.has(text) };
}

/** "US $1.23", "AU $59.95": the country prefix belongs to the dollar sign. */
export function joinDollarPrefix(text: string): string {
  return text.replace(DOLLAR_PREFIX, '$1$$');
}

/** Every currency sign, code or word in the text, left to right, longest spelling first. */
export function findCurrencyMarks(text: string): CurrencyMark[] {
  const marks: CurrencyMark[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const s of byFirstChar.get(text.charAt(i).toLowerCase()) ?? []) {
      const end = i + s.text.length;
      const written = text.slice(i, end);
      if ((s.anyCase ? written.toLowerCase() : written) !== s.text) continue;
      // Words must stand alone: "TL" in "TOTAL" or "din" in "dinner" are not currencies.
      if (isLetter(s.text.charAt(0)) && isLetter(text.charAt(i - 1))) continue;
      if (isLetter(s.text.charAt(s.text.length - 1)) && isLetter(text.charAt(end))) continue;
      marks.push(markFor(written, s.code, i, end));
      i = end - 1;
      break;
    }
  }
  return marks;
}

/**
 * Whether a three-letter word in capitals is an ISO 4217 code that reads as a currency on its
 * own ("CAD", "JPY"), not one that is also a common word ("TOP", "ALL").
 */
export function isCurrencyCode(word: string): boolean {
  return /^[A-Z]{3}$/.test(word) && bySpelling.get(word)?.code === word && !WORDLIKE_CODES.has(word);
}

/** Letters of alphabets, where a one-letter spelling ("R", "р", "đ") is an ordinary letter too. */
const ALPHABETIC = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Devanagari}\p{Script=Georgian}]/u;

/** The one-character signs that mean a currency wherever they stand: "₽", "฿", "円", "원". */
export function currencySigns(): string {
  const signs = new Set<string>();
  for (const spelling of bySpelling.keys()) if ([...spelling].length === 1 && !ALPHABETIC.test(spelling) && !/[\d\s]/.test(spelling)) signs.add(spelling);
  return [...signs].join('');
}

/** The ISO code a lone spelling stands for ("kr" -> SEK, "руб." -> RUB, "EUR" -> EUR), or null. */
export function currencyCode(spelling: string | null | undefined): string | null {
  if (typeof spelling !== 'string') return null;
  const text = joinDollarPrefix(spelling.trim().slice(0, 16));
  for (const form of [text, text.replace(/\.$/, '')]) {
    const exact = bySpelling.get(form);
    if (exact && !exact.anyCase) return exact.code;
    const folded = bySpelling.get(form.toLowerCase());
    if (folded?.anyCase) return folded.code;
  }
  return null;
}

/** A shared sign read with a hint: "$" with "CAD" nearby is Canadian dollars. */
export function pickShared(mark: CurrencyMark, hints: readonly (string | null)[]): string | null {
  for (const hint of hints) if (hint !== null && mark.shared.includes(hint)) return hint;
  return mark.code;
}

export function hasThreeDecimals(code: string | null): boolean {
  return code !== null && THREE_DECIMALS.has(code);
}
