import { describe, expect, it } from 'vitest';
import { corpusPages } from '../../src/cli/corpus.ts';
import { analyseCorpusPage } from '../../src/cli/corpus-run.ts';
import { scorePage } from '../../src/cli/eval-listings.ts';

/**
 * The real Amazon search page, labelled by hand, through the generic pipeline and through
 * the site adapter. The whole labelled corpus has its floors in corpus-floors.test.ts.
 */
describe('the real Amazon search listing', () => {
  const page = corpusPages().find((p) => p.file === 'listings/amazon-com-search.html.gz');

  it('is labelled', () => {
    expect(page?.listing?.main.length).toBe(22);
  });

  it('generic pipeline (what shops without an adapter get)', () => {
    const score = scorePage(page!, analyseCorpusPage({ ...page!, url: 'https://shop.invalid/search?q=portable+charger' }));
    expect(score.mainMatched).toBe(score.cardsOnPage);
    expect(score.mainFound).toBeLessThanOrEqual(score.cardsOnPage + 1);
    expect(score.prices.hit).toBe(score.cardsOnPage);
    expect(score.priors.hit).toBe(score.cardsOnPage);
    expect(score.shelfItemsMatched).toBeGreaterThanOrEqual(17);
    expect(score.sponsored.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.sponsored.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.badges.precision).toBe(1);
    expect(score.badges.recall).toBe(1);
    expect(score.discount.precision).toBeGreaterThanOrEqual(0.94);
    expect(score.discount.recall).toBe(1);
  }, 60_000);

  it('through the site adapter', () => {
    const score = scorePage(page!, analyseCorpusPage(page!));
    expect(score.mainMatched).toBe(score.cardsOnPage);
    expect(score.mainFound).toBe(score.cardsOnPage);
    expect(score.prices.hit).toBe(score.cardsOnPage);
    expect(score.sponsored.precision).toBe(1);
    expect(score.sponsored.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.badges.recall).toBe(1);
    expect(score.discount.recall).toBe(1);
    expect(score.pushedRight).toBe(true);
  }, 60_000);
});
