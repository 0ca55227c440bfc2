/**
 * parsePrice on 1,185 real shops' price strings (scrapinghub/price-parser's cases), read from
 * REAL_PAGES_DIR (default ../shared/real-pages). Floors sit a little under what the parser
 * reaches, so a regression fails here; raise them when the parser gets better.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPriceSets, ratio, realPagesDir, scoreAll, total } from '../../src/cli/price-scoring.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = realPagesDir(projectRoot);

/** Per set: [amount floor, currency floor]. Every set in the file must be listed. */
const FLOORS: Record<string, readonly [amount: number, currency: number]> = {
  PRICE_PARSING_EXAMPLES_BUGS_CAUGHT: [1, 1],
  PRICE_PARSING_EXAMPLES_NEW: [1, 0.93],
  PRICE_PARSING_EXAMPLES: [0.99, 0.99],
  PRICE_PARSING_EXAMPLES_2: [0.99, 0.99],
  PRICE_PARSING_EXAMPLES_NO_PRICE: [1, 1],
  PRICE_PARSING_EXAMPLES_NO_CURRENCY: [0.99, 0.98],
  PRICE_PARSING_EXAMPLES_3: [0.99, 0.98],
  PRICE_PARSING_EXAMPLES_XFAIL: [0.7, 0.85],
  PRICE_PARSING_EXAMPLES_XFAIL_CURRENCIES_TO_BE_ADDED: [0.86, 0.7],
  PRICE_PARSING_DECIMAL_SEPARATOR_EXAMPLES: [1, 1],
};

describe('price strings from real shops', () => {
  it(`finds price-strings.json in ${dir}`, () => {
    expect(existsSync(resolve(dir, 'price-strings.json')), `missing ${dir}/price-strings.json: set REAL_PAGES_DIR`).toBe(true);
  });

  const scores = existsSync(resolve(dir, 'price-strings.json')) ? scoreAll(loadPriceSets(dir)) : [];

  it('covers every set in the file with a floor', () => {
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.map((s) => s.name).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  it.each(Object.entries(FLOORS))('%s stays at or above its floors', (name, [amountFloor, currencyFloor]) => {
    const score = scores.find((s) => s.name === name);
    expect(score, `set ${name} not in price-strings.json`).toBeDefined();
    if (!score) return;
    expect(ratio(score.amountRight, score.count), score.misses.join('\n')).toBeGreaterThanOrEqual(amountFloor);
    expect(ratio(score.currencyRight, score.currencyCount), score.misses.join('\n')).toBeGreaterThanOrEqual(currencyFloor);
  });

  it('reads at least 97% of amounts in the sets upstream passes', () => {
    const passing = total(
      scores.filter((s) => s.expectedToPass),
      'expected_to_pass',
    );
    expect(passing.count).toBeGreaterThan(1000);
    expect(ratio(passing.amountRight, passing.count), passing.misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(ratio(passing.currencyRight, passing.currencyCount)).toBeGreaterThanOrEqual(0.97);
  });

  it('reads a real share of the sets upstream fails', () => {
    const failing = total(
      scores.filter((s) => !s.expectedToPass),
      'expected_to_fail',
    );
    expect(failing.count).toBeGreaterThan(100);
    expect(ratio(failing.amountRight, failing.count)).toBeGreaterThanOrEqual(0.85);
  });
});
