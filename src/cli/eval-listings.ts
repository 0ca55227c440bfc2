/**
 * `npm run eval:listings`: runs the listing extraction on the real saved listings (read from
 * REAL_PAGES_DIR, default ../shared/real-pages) and scores it against test/real-labels/.
 * Two runs per page: through the site adapter (the page's own URL) and generic only (a URL
 * no adapter claims), since the generic pipeline is what other shops get.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { Budget } from '../extract/budget.ts';
import { extractListing } from '../extract/listing/index.ts';
import { scoreListing, type ListingLabels, type ListingScore, type PrecisionRecall } from './listing-score.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const REAL_PAGES = resolve(ROOT, process.env.REAL_PAGES_DIR ?? '../shared/real-pages');
export const LABEL_FILES = ['test/real-labels/listings/amazon-com-search.labels.json'];
const GENERIC_URL = 'https://shop.invalid/search?q=portable+charger';

export function loadLabels(file: string): ListingLabels {
  return JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as ListingLabels;
}

export function runListing(labels: ListingLabels, url: string): { score: ListingScore; ms: number } {
  const html = gunzipSync(readFileSync(resolve(REAL_PAGES, labels.page))).toString('utf8');
  const doc = new JSDOM(html, { url }).window.document;
  const started = performance.now();
  // Generous limits: jsdom is far slower than a browser; the figures are about accuracy.
  const result = extractListing(doc, url, new Budget({ maxNodes: 500_000, maxChars: 50_000_000, maxMs: 60_000 }));
  return { score: scoreListing(result.items, labels), ms: performance.now() - started };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const prLine = (name: string, m: PrecisionRecall): string =>
  `  ${name.padEnd(14)} precision ${pct(m.precision)} (${m.truePositives}/${m.predicted})  recall ${pct(m.recall)} (${m.truePositives}/${m.actual})`;

function report(name: string, score: ListingScore, ms: number): void {
  console.log(`\n${name}  (${ms.toFixed(0)} ms in jsdom)`);
  console.log(`  cards found    ${score.mainMatched}/${score.cardsOnPage} matched (${score.mainFound} main-grid items found)`);
  console.log(`  prices         ${score.priceCorrect}/${score.cardsOnPage} correct, prior prices ${score.priorCorrect}/${score.cardsOnPage}`);
  console.log(`  shelf items    ${score.shelfItemsMatched}/${score.shelfItemsOnPage} matched`);
  console.log(prLine('sponsored', score.sponsored));
  console.log(prLine('badges', score.badges));
  for (const [type, m] of Object.entries(score.badgesByType)) console.log(prLine(`  ${type}`, m));
  console.log(prLine('discount', score.discount));
  for (const c of score.perCard) if (c.got !== 'ok') console.log(`    price miss: ${c.title} expected ${c.expected} got ${c.got}`);
}

function main(): void {
  for (const file of LABEL_FILES) {
    const labels = loadLabels(file);
    const adapter = runListing(labels, labels.url);
    report(`${labels.page} with its site adapter`, adapter.score, adapter.ms);
    const generic = runListing(labels, GENERIC_URL);
    report(`${labels.page} generic pipeline only`, generic.score, generic.ms);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
