/**
 * Scores parsePrice on the real price strings in ../shared/real-pages/price-strings.json
 * (scrapinghub/price-parser's test cases). Shared by `npm run eval:prices` and the unit test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePrice } from '../core/price.ts';
import { currencyCode } from '../core/currencies.ts';

export interface PriceExample {
  currency_raw: string | null;
  price_raw: string | null;
  currency: string | null;
  amount: string | null;
  decimal_separator?: string;
}

export interface PriceSet {
  expected_to_pass: boolean;
  examples: PriceExample[];
}

export interface SetScore {
  name: string;
  expectedToPass: boolean;
  count: number;
  amountRight: number;
  /** Currency is scored only where an amount is expected: the API returns no currency without a price. */
  currencyCount: number;
  currencyRight: number;
  misses: string[];
}

/** The real-pages folder: REAL_PAGES_DIR, or ../shared/real-pages beside the project. */
export function realPagesDir(projectRoot: string): string {
  return resolve(projectRoot, process.env.REAL_PAGES_DIR ?? '../shared/real-pages');
}

export function loadPriceSets(dir: string): Record<string, PriceSet> {
  const file = resolve(dir, 'price-strings.json');
  if (!existsSync(file)) {
    throw new Error(`price-strings.json not found at ${file}: set REAL_PAGES_DIR to the real-pages folder`);
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as { sets?: Record<string, PriceSet> };
  if (!data.sets || Object.keys(data.sets).length === 0) throw new Error(`${file} holds no sets`);
  return data.sets;
}

/** Expected amounts are decimal strings; compare at cents, as parsePrice rounds to cents. */
function sameAmount(got: number | null, expected: string | null): boolean {
  if (expected === null) return got === null;
  if (got === null) return false;
  return Math.abs(got - Number(expected)) < 0.005 + 1e-9;
}

/**
 * Upstream expects the sign as written ("руб.", "$"); we return ISO codes. An expected sign our
 * table cannot name counts as a miss, so an unknown currency never scores by both being null.
 */
function sameCurrency(got: string | null, expected: string | null): boolean {
  if (expected === null) return got === null;
  const code = currencyCode(expected);
  return code !== null && code === got;
}

export function scoreSet(name: string, set: PriceSet): SetScore {
  const score: SetScore = {
    name,
    expectedToPass: set.expected_to_pass,
    count: 0,
    amountRight: 0,
    currencyCount: 0,
    currencyRight: 0,
    misses: [],
  };
  for (const example of set.examples) {
    const parsed = parsePrice(example.price_raw ?? '', {
      currencyHint: example.currency_raw,
      decimalSeparator: example.decimal_separator ?? null,
    });
    const amountOk = sameAmount(parsed?.amount ?? null, example.amount);
    score.count++;
    if (amountOk) score.amountRight++;
    if (example.amount !== null) {
      score.currencyCount++;
      if (sameCurrency(parsed?.currency ?? null, example.currency)) score.currencyRight++;
      else if (amountOk) score.misses.push(`currency ${JSON.stringify(example.price_raw)} -> ${parsed?.currency} (want ${example.currency})`);
    }
    if (!amountOk) {
      score.misses.push(`amount ${JSON.stringify(example.price_raw)} hint ${JSON.stringify(example.currency_raw)} -> ${parsed?.amount ?? null} (want ${example.amount})`);
    }
  }
  return score;
}

export function scoreAll(sets: Record<string, PriceSet>): SetScore[] {
  return Object.entries(sets).map(([name, set]) => scoreSet(name, set));
}

export function total(scores: readonly SetScore[], name: string): SetScore {
  return scores.reduce<SetScore>(
    (sum, s) => ({
      ...sum,
      count: sum.count + s.count,
      amountRight: sum.amountRight + s.amountRight,
      currencyCount: sum.currencyCount + s.currencyCount,
      currencyRight: sum.currencyRight + s.currencyRight,
      misses: [...sum.misses, ...s.misses],
    }),
    { name, expectedToPass: scores[0]?.expectedToPass ?? true, count: 0, amountRight: 0, currencyCount: 0, currencyRight: 0, misses: [] },
  );
}

export const ratio = (right: number, count: number): number => (count === 0 ? 1 : right / count);
