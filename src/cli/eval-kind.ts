/**
 * `npm run eval:kind [-- --side tune|check] [--generic]`: the page kind of every corpus page
 * (listings, product pages, pages that are not shops, the product benchmark) against its
 * label, as a confusion table for the tune and the check pages apart, with every miss.
 */
import { resolve } from 'node:path';
import type { PageKind } from '../contract/analysis.ts';
import { corpusPages, type CorpusPage, type Side } from './corpus.ts';
import { analyseCorpus } from './corpus-run.ts';
import { confusion, formatConfusion, recallOf } from './kind-score.ts';
import { argValue } from './eval-args.ts';

export interface KindResult {
  page: CorpusPage;
  found: PageKind;
}

export function kindResults(pages: CorpusPage[], found: Map<string, { kind: PageKind }>): KindResult[] {
  return pages.map((page) => ({ page, found: found.get(page.file)?.kind ?? 'other' }));
}

function report(side: Side, results: KindResult[]): void {
  const mine = results.filter((r) => r.page.side === side);
  const table = confusion(mine.map((r) => ({ labelled: r.page.kind, found: r.found })));
  const other = recallOf(table, 'other');
  const notShops = mine.filter((r) => r.page.folder === 'not-shops');
  const notShopsRight = notShops.filter((r) => r.found === 'other').length;
  console.log(`\n${side} pages: ${mine.length}`);
  for (const line of formatConfusion(table)) console.log(line);
  const right = mine.filter((r) => r.found === r.page.kind).length;
  console.log(`  right ${right}/${mine.length}; not-shop pages told apart ${notShopsRight}/${notShops.length}; all 'other' pages ${other.hit}/${other.of}`);
  for (const r of mine) if (r.found !== r.page.kind) console.log(`    ${r.page.file}: labelled ${r.page.kind}, found ${r.found}`);
}

function main(): void {
  const side = argValue('--side');
  const pages = corpusPages().filter((p) => !side || p.side === side);
  const analyses = analyseCorpus(pages, { adapters: !process.argv.includes('--generic'), progress: true });
  const results = kindResults(pages, analyses);
  for (const s of ['tune', 'check'] as const) if (!side || side === s) report(s, results);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
