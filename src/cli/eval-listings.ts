/**
 * `npm run eval:listings [-- --side tune|check] [--generic] [--hashed-classes] [--misses]`: the extension's
 * analysis of every hand-labelled listing in the corpus (test/real-labels/listings/), per
 * page and summed over the tune and the check pages apart: cards found and their precision,
 * card prices and prior prices, paid placements, badges and the item named as pushed.
 * With --generic the site adapters are off, which is what shops without one get. With
 * --hashed-classes (adapters off too) every class name is replaced by a hash of it first:
 * how much of the reading rests on class words, as shops built with CSS modules have none.
 */
import { resolve } from 'node:path';
import type { PageAnalysis } from '../contract/analysis.ts';
import { corpusPages, type CorpusPage, type Side } from './corpus.ts';
import { analyseCorpus } from './corpus-run.ts';
import { argValue } from './eval-args.ts';
import { f1, pr, scoreListing, type ListingScore, type PrecisionRecall } from './listing-score.ts';

export interface ListingTotals {
  pages: number;
  cards: number;
  found: number;
  matched: number;
  prices: number;
  pricePR: PrecisionRecall;
  priors: number;
  sponsored: PrecisionRecall;
  badges: PrecisionRecall;
  pushed: number;
}

/** The labelled listing pages (kind listing), on one side of the split or both. */
export function labelledListings(side?: Side | null): CorpusPage[] {
  return corpusPages().filter((p) => p.folder === 'listings' && p.listing && p.kind === 'listing' && (!side || p.side === side));
}

export function scorePage(page: CorpusPage, analysis: PageAnalysis): ListingScore {
  if (!page.listing) throw new Error(`${page.file} has no labels`);
  return scoreListing(analysis.items, page.listing, analysis.highlighted);
}

const sumPR = (all: PrecisionRecall[]): PrecisionRecall =>
  pr(all.reduce((n, m) => n + m.truePositives, 0), all.reduce((n, m) => n + m.predicted, 0), all.reduce((n, m) => n + m.actual, 0));

export function totalsOf(scores: ListingScore[]): ListingTotals {
  return {
    pages: scores.length,
    cards: scores.reduce((n, s) => n + s.cardsOnPage, 0),
    found: scores.reduce((n, s) => n + s.mainFound, 0),
    matched: scores.reduce((n, s) => n + s.mainMatched, 0),
    prices: scores.reduce((n, s) => n + s.prices.hit, 0),
    pricePR: sumPR(scores.map((s) => s.pricePR)),
    priors: scores.reduce((n, s) => n + s.priors.hit, 0),
    sponsored: sumPR(scores.map((s) => s.sponsored)),
    badges: sumPR(scores.map((s) => s.badges)),
    pushed: scores.filter((s) => s.pushedRight).length,
  };
}

const ratio = (hit: number, of: number): string => `${of === 0 ? '-' : (hit / of).toFixed(3)} (${hit}/${of})`;
const prText = (m: PrecisionRecall): string =>
  `P ${ratio(m.truePositives, m.predicted)} R ${ratio(m.truePositives, m.actual)} F1 ${f1(m).toFixed(3)}`;

export function formatTotals(name: string, t: ListingTotals): string[] {
  return [
    `${name}: ${t.pages} labelled listings, ${t.cards} main-grid cards`,
    `  cards found     recall ${ratio(t.matched, t.cards)}  precision ${ratio(t.matched, t.found)}`,
    `  card prices     right ${ratio(t.prices, t.cards)} (none where none shown counts)  given: ${prText(t.pricePR)}`,
    `  prior prices    right ${ratio(t.priors, t.cards)}`,
    `  paid placement  ${prText(t.sponsored)}`,
    `  badges          ${prText(t.badges)}`,
    `  pushed item     right on ${ratio(t.pushed, t.pages)} pages`,
  ];
}

function pageLine(page: CorpusPage, s: ListingScore): string {
  const short = page.file.replace(/^listings\//, '').replace(/\.html\.gz$/, '').slice(0, 44).padEnd(44);
  return `  ${short} cards ${s.mainMatched}/${s.cardsOnPage} of ${s.mainFound} found · prices ${s.prices.hit} · priors ${s.priors.hit} · paid ${s.sponsored.truePositives}/${s.sponsored.actual} (+${s.sponsored.predicted - s.sponsored.truePositives}) · badges ${s.badges.truePositives}/${s.badges.actual} (+${s.badges.predicted - s.badges.truePositives}) · pushed ${s.pushedRight ? 'ok' : 'no'}`;
}

function main(): void {
  const side = argValue('--side') as Side | null;
  const pages = labelledListings(side);
  const hashClasses = process.argv.includes('--hashed-classes');
  const analyses = analyseCorpus(pages, { adapters: !process.argv.includes('--generic') && !hashClasses, progress: true, hashClasses });
  for (const s of ['tune', 'check'] as const) {
    if (side && side !== s) continue;
    const mine = pages.filter((p) => p.side === s);
    const scores = mine.map((p) => scorePage(p, analyses.get(p.file)!));
    console.log('');
    for (const line of formatTotals(s, totalsOf(scores))) console.log(line);
    mine.forEach((p, i) => {
      const score = scores[i]!;
      console.log(pageLine(p, score));
      if (process.argv.includes('--misses')) {
        if (!score.pushedRight) console.log(`      pushed: ${score.pushedWhy}`);
        for (const c of score.perCard) if (c.got !== 'ok') console.log(`      ${c.got}: ${c.title} (label ${c.expected})`);
      }
    });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
