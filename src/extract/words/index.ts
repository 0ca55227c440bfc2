/**
 * All languages' promotion words compiled into one matcher per promotion type, built once.
 * Matching is on normalised text: lower case, NFKC, typographic apostrophes folded.
 */
import type { PromotionType } from '../../contract/analysis.ts';
import { DA } from './da.ts';
import { DE } from './de.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { ET } from './et.ts';
import { FI } from './fi.ts';
import { FR } from './fr.ts';
import { IT } from './it.ts';
import { JA } from './ja.ts';
import { NB } from './nb.ts';
import { NL } from './nl.ts';
import { PL } from './pl.ts';
import { PT } from './pt.ts';
import { SV } from './sv.ts';
import type { LanguageWords } from './types.ts';
import { PhraseSet, wordsOf } from './phrases.ts';
import { LETTERS, WORD_CHARS } from '../../core/letters.ts';

export const LANGUAGES: readonly LanguageWords[] = [EN, FI, SV, DE, FR, ES, IT, PL, ET, JA, NL, DA, NB, PT];

export const PROMOTION_TYPES: readonly PromotionType[] = [
  'sponsored',
  'shop-pick',
  'campaign',
  'urgency',
  'social-proof',
  'discount',
];

/** A number as shops print it in a label: "2", "25 %", "$5", "1 299,90 €". */
const NUMBER = String.raw`[-−–+]?\s?[$€£¥₹]?\s?\d[\d.,\u00a0\u202f ]*\s?(?:%|€|\$|£|kr|zł|eur|usd|sek)?`;
const BEFORE = `(?<![${WORD_CHARS}])`;
const AFTER = `(?![${WORD_CHARS}])`;

/** "−25 %", "-16%", Turkish "-%10,34": a percentage claim needs no words. */
const PERCENT_OFF = new RegExp(
  String.raw`(?:^|[^${WORD_CHARS}])(?:[-−–]\s?\d{1,2}(?:[.,]\d{1,2})?\s?%|[-−–]?%\s?\d{1,2}(?:[.,]\d{1,2})?)(?![${WORD_CHARS}])`,
  'u',
);
/**
 * A countdown's running clock: "15:20:44" or "2h 05m 10s". A static end date is not urgency;
 * in Node we cannot watch the clock tick, so the clock shape stands for "counting down".
 */
const TIMER = new RegExp(String.raw`(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)|(?<!\d)\d{1,2}\s?(?:h|t|std)\.?\s?\d{1,2}\s?(?:m|min)\.?\s?\d{1,2}\s?s(?![${LETTERS}])`, 'u');

const NON_ASCII = /[^ -~\t\n\r]/;

/** Cards and shelves repeat their labels and prices: each text is normalised once. */
const NORMALISED = new Map<string, string>();
const MAX_NORMALISED = 4_000;

export function normalise(text: string): string {
  const known = NORMALISED.get(text);
  if (known !== undefined) return known;
  // NFKC changes nothing in plain ASCII, and most labels are plain ASCII.
  const composed = NON_ASCII.test(text) ? text.normalize('NFKC').replace(/[’‘`´]/g, "'") : text.replace(/`/g, "'");
  const out = composed.replace(/\s+/g, ' ').trim().toLowerCase();
  if (text.length <= 200) {
    if (NORMALISED.size >= MAX_NORMALISED) NORMALISED.clear();
    NORMALISED.set(text, out);
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

function union(parts: readonly string[]): RegExp | null {
  if (parts.length === 0) return null;
  const sorted = [...new Set(parts)].sort((a, b) => b.length - a.length);
  return new RegExp(`${BEFORE}(?:${sorted.join('|')})${AFTER}`, 'u');
}

/**
 * Every language's entries of one kind. The tables are written normalised (lower case, NFKC,
 * plain apostrophes; tables.test.ts holds them to it), so nothing is normalised here: doing
 * it for every phrase cost the content script about 2 ms of start-up on every page.
 */
function collect(pick: (lang: LanguageWords) => readonly string[] | undefined): string[] {
  return LANGUAGES.flatMap((lang) => pick(lang) ?? []);
}

interface TypeMatcher {
  phrase: PhraseSet;
  pattern: RegExp | null;
  /** The words each pattern needs; a label that has all of none of them skips the pattern regex. */
  patternWords: readonly string[][] | null;
  labels: ReadonlySet<string>;
}

/**
 * The words each pattern needs besides its numbers ("only # left" needs "only" and "left"),
 * or null when some pattern is numbers and signs only and so must always be tried.
 */
function wordsNeeded(patterns: readonly string[]): string[][] | null {
  const needs: string[][] = [];
  for (const pattern of patterns) {
    const own = wordsOf(pattern.replace(/#/g, ' ')).filter((w) => !/^\d+$/.test(w));
    if (own.length === 0) return null;
    needs.push(own);
  }
  return needs;
}

const MATCHERS = new Map<PromotionType, TypeMatcher>(
  PROMOTION_TYPES.map((type) => {
    const patterns = collect((l) => l.patterns?.[type]);
    return [
      type,
      {
        phrase: new PhraseSet(collect((l) => l.phrases[type])),
        pattern: union(patterns.map((p) => escape(p).replace(/#/g, NUMBER))),
        patternWords: wordsNeeded(patterns),
        labels: new Set(collect((l) => l.labels?.[type])),
      },
    ];
  }),
);

const DIGIT = /\d/;
/** What either form of TIMER needs: "12:30:05" or "2 h 10 min 5 s". */
const MAY_BE_TIMER = /\d:\d|\d\s?[hts]/;

/** The label without separators around it: "Sponsored ·" and "| Ad" become "sponsored", "ad". */
function bare(text: string): string {
  return text.replace(/^[\s|·•:,;\-–—()[\]]+|[\s|·•:,;\-–—()[\]]+$/g, '');
}

/** Cards repeat their labels ("Add to cart", "Free delivery"): each text is looked up once. */
const SEEN = new Map<string, PromotionType[]>();
const MAX_SEEN = 4_000;

/**
 * Every word that can begin a claim of any type: a phrase's first word, any word of a whole
 * label, any word a pattern needs. Most texts of a page (names, menus, prices) hold none of
 * them and are ruled out with one lookup per word. Null when some label or pattern needs no
 * word at all, so no text can be ruled out by its words.
 */
const CLAIM_WORDS: ReadonlySet<string> | null = (() => {
  const words = new Set<string>();
  for (const m of MATCHERS.values()) {
    for (const first of m.phrase.firstWords()) words.add(first);
    for (const label of m.labels) {
      const own = wordsOf(label);
      if (own.length === 0) return null;
      for (const w of own) words.add(w);
    }
    if (m.pattern !== null && m.patternWords === null) return null;
    for (const need of m.patternWords ?? []) for (const w of need) words.add(w);
  }
  return words;
})();

/** The promotion types a short label's text claims. `text` must already be normalised. */
export function promotionTypesOf(text: string): PromotionType[] {
  const known = SEEN.get(text);
  if (known) return [...known];
  const found = typesOf(text);
  if (SEEN.size >= MAX_SEEN) SEEN.clear();
  SEEN.set(text, found);
  return [...found];
}

function typesOf(text: string): PromotionType[] {
  const found: PromotionType[] = [];
  const words = wordsOf(text);
  // Percentages and running clocks need no words; everything else needs a claim word.
  const wordless = text.includes('%') || MAY_BE_TIMER.test(text);
  if (CLAIM_WORDS !== null && !wordless && !words.some((w) => CLAIM_WORDS.has(w))) return found;
  const whole = bare(text);
  const present = new Set(words);
  const hasDigit = DIGIT.test(text);
  for (const [type, m] of MATCHERS) {
    // Every pattern holds a number, and the regex is the costly part: try it only when some
    // pattern's words are all there.
    const patternMayMatch =
      m.pattern !== null && hasDigit && (m.patternWords === null || m.patternWords.some((need) => need.every((w) => present.has(w))));
    if (m.labels.has(whole) || m.phrase.matchesWords(words) || (patternMayMatch && m.pattern!.test(text))) found.push(type);
  }
  // Cheap necessary conditions first: each regex costs a compile on the first page text that reaches it.
  if (hasDigit && text.includes('%') && !found.includes('discount') && PERCENT_OFF.test(text)) found.push('discount');
  if (hasDigit && MAY_BE_TIMER.test(text) && !found.includes('urgency') && TIMER.test(text)) found.push('urgency');
  return found;
}

const SHELF = new PhraseSet(collect((l) => l.shelves));
const PRIOR = new RegExp(`^(?:${collect((l) => l.priorPrice).map(escape).join('|')})(?![${LETTERS}])`, 'u');
const LOWEST_30D = new PhraseSet(collect((l) => l.lowest30d));
const FROM_PRICE = new PhraseSet(collect((l) => l.fromPrice));

/** True when a heading names a recommendation shelf ("Others also bought"). */
export function isShelfHeading(text: string): boolean {
  return SHELF.matches(normalise(text));
}

/** True when a label in front of a price marks it as the earlier price ("List:", "Ennen"). */
export function isPriorPriceLabel(text: string): boolean {
  return PRIOR.test(normalise(text));
}

/** True for the EU 30-day-low statement, which is struck through on some shops but is no prior price. */
export function isLowest30dLabel(text: string): boolean {
  return LOWEST_30D.matches(normalise(text));
}

/** True when a price's label makes it a from-price ("from", "alkaen", "ab"): another offer's or option's lowest. */
export function isFromPriceLabel(text: string): boolean {
  return FROM_PRICE.matches(normalise(text));
}
