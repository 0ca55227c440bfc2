import { describe, expect, it } from 'vitest';
import { corpusPages, type Side } from '../../src/cli/corpus.ts';
import { analyseCorpus } from '../../src/cli/corpus-run.ts';
import { labelledListings, scorePage, totalsOf } from '../../src/cli/eval-listings.ts';

/**
 * Floors for the figures `npm run eval:listings` and `eval:kind` reach on the labelled real
 * listings and product pages, tune and check apart (see test/real-labels/split.json). A
 * change that lowers one below its floor is a regression; raise a floor when a round lifts it.
 */
// Measured 2026-12-07 over all 45 labelled listings (22 of them labelled that day, so
// precision and pushed item are lower than the floors of the 19 labelled before); raised the
// same day after buy buttons stopped matching newsletter boxes and ad rows joined the results,
// and again the next round (unpriced cards of the grid, shelves named within their own block,
// names over two lines, stickers as images), when prices, paid recall and badges got floors too;
// raised again the round after (prior prices told by class words and by the stated discount,
// paywall markup and deals round-ups no shop pages), when prior prices and not-shops got floors.
interface Floors {
  kindRight: number;
  notShopsApart: number;
  cardsFound: number;
  cardPrecision: number;
  pricesRight: number;
  priorsRight: number;
  paidPrecision: number;
  paidRecall: number;
  badgesF1: number;
  pushed: number;
}
const FLOORS: Record<Side, Floors> = {
  tune: { kindRight: 0.97, notShopsApart: 1, cardsFound: 0.99, cardPrecision: 0.99, pricesRight: 0.95, priorsRight: 0.99, paidPrecision: 1, paidRecall: 0.61, badgesF1: 0.93, pushed: 0.96 },
  check: { kindRight: 0.9, notShopsApart: 1, cardsFound: 0.51, cardPrecision: 0.94, pricesRight: 0.28, priorsRight: 0.49, paidPrecision: 1, paidRecall: 0.7, badgesF1: 0.38, pushed: 0.92 },
};

const f1 = ({ precision, recall }: { precision: number; recall: number }): number => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

describe.each(['tune', 'check'] as const)('the labelled real pages of the %s side', (side) => {
  const shopPages = corpusPages().filter((p) => p.side === side && (p.folder === 'listings' || p.folder === 'products'));
  let analyses: ReturnType<typeof analyseCorpus>;
  const analysed = () => (analyses ??= analyseCorpus(shopPages));

  it('are told apart by kind (listing, product, other) at least as well as before', () => {
    const right = shopPages.filter((p) => analysed().get(p.file)?.kind === p.kind).length;
    expect(right / shopPages.length).toBeGreaterThanOrEqual(FLOORS[side].kindRight);
  }, 300_000);

  it('tell the pages that are not shops (news, paywalled articles, deals round-ups, forums) apart from shops', () => {
    const notShops = corpusPages().filter((p) => p.side === side && p.folder === 'not-shops');
    expect(notShops.length).toBeGreaterThan(0);
    const apart = [...analyseCorpus(notShops).values()].filter((a) => a.kind === 'other').length;
    expect(apart / notShops.length).toBeGreaterThanOrEqual(FLOORS[side].notShopsApart);
  }, 300_000);

  it("keep their listings' cards, prices, paid placements, badges and pushed item at least as found before", () => {
    const scores = labelledListings(side).map((p) => scorePage(p, analysed().get(p.file)!));
    const t = totalsOf(scores);
    expect(t.pages).toBeGreaterThan(0);
    expect(t.matched / t.cards).toBeGreaterThanOrEqual(FLOORS[side].cardsFound);
    expect(t.matched / Math.max(1, t.found)).toBeGreaterThanOrEqual(FLOORS[side].cardPrecision);
    expect(t.prices / t.cards).toBeGreaterThanOrEqual(FLOORS[side].pricesRight);
    expect(t.priors / t.cards).toBeGreaterThanOrEqual(FLOORS[side].priorsRight);
    expect(t.sponsored.precision).toBeGreaterThanOrEqual(FLOORS[side].paidPrecision);
    expect(t.sponsored.recall).toBeGreaterThanOrEqual(FLOORS[side].paidRecall);
    expect(f1(t.badges)).toBeGreaterThanOrEqual(FLOORS[side].badgesF1);
    expect(t.pushed / t.pages).toBeGreaterThanOrEqual(FLOORS[side].pushed);
  }, 300_000);
});
