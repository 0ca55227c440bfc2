import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_FILES, REAL_PAGES, loadLabels, runListing } from '../../src/cli/eval-listings.ts';

/**
 * Floors at what the listing extraction reaches on the real Amazon search page, scored
 * against hand-made labels. Raise them when the figures improve; never lower them quietly.
 */
describe('real listings', () => {
  it('has the real pages folder', () => {
    expect(existsSync(REAL_PAGES), `real pages missing at ${REAL_PAGES}; set REAL_PAGES_DIR`).toBe(true);
  });

  for (const file of LABEL_FILES) {
    const labels = loadLabels(file);

    it(`${labels.page}: generic pipeline (what shops without an adapter get)`, () => {
      const { score } = runListing(labels, 'https://shop.invalid/search?q=portable+charger');
      expect(score.mainMatched).toBe(score.cardsOnPage);
      expect(score.mainFound).toBeLessThanOrEqual(score.cardsOnPage + 1);
      expect(score.priceCorrect).toBe(score.cardsOnPage);
      expect(score.priorCorrect).toBe(score.cardsOnPage);
      expect(score.shelfItemsMatched).toBeGreaterThanOrEqual(17);
      expect(score.sponsored.precision).toBeGreaterThanOrEqual(0.95);
      expect(score.sponsored.recall).toBeGreaterThanOrEqual(0.95);
      expect(score.badges.precision).toBe(1);
      expect(score.badges.recall).toBe(1);
      expect(score.discount.precision).toBeGreaterThanOrEqual(0.94);
      expect(score.discount.recall).toBe(1);
    }, 60_000);

    it(`${labels.page}: through the site adapter`, () => {
      const { score } = runListing(labels, labels.url);
      expect(score.mainMatched).toBe(score.cardsOnPage);
      expect(score.mainFound).toBe(score.cardsOnPage);
      expect(score.priceCorrect).toBe(score.cardsOnPage);
      expect(score.sponsored.precision).toBe(1);
      expect(score.sponsored.recall).toBeGreaterThanOrEqual(0.95);
      expect(score.badges.recall).toBe(1);
      expect(score.discount.recall).toBe(1);
    }, 60_000);
  }
});
