/**
 * `npm run eval:prices [-- --misses]`: amount and currency accuracy of parsePrice per set of
 * the real price strings, with totals for the sets upstream passes and the ones it fails.
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { loadPriceSets, ratio, realPagesDir, scoreAll, total, type SetScore } from './price-scoring.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const showMisses = process.argv.includes('--misses');

const percent = (right: number, count: number): string => `${(100 * ratio(right, count)).toFixed(1)}%`.padStart(6);

function line(s: SetScore): string {
  const amount = `${percent(s.amountRight, s.count)} (${s.amountRight}/${s.count})`;
  const currency = `${percent(s.currencyRight, s.currencyCount)} (${s.currencyRight}/${s.currencyCount})`;
  return `${s.name.padEnd(52)} ${String(s.count).padStart(5)}  amount ${amount.padEnd(18)} currency ${currency}`;
}

const scores = scoreAll(loadPriceSets(realPagesDir(projectRoot)));
for (const s of scores) {
  console.log(line(s));
  if (showMisses) for (const miss of s.misses) console.log(`    ${miss}`);
}
console.log('');
console.log(line(total(scores.filter((s) => s.expectedToPass), 'TOTAL expected_to_pass: true')));
console.log(line(total(scores.filter((s) => !s.expectedToPass), 'TOTAL expected_to_pass: false')));
