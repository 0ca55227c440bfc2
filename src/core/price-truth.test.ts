import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPriceClaim, WINDOW_MS } from './price-truth.ts';

const DAY = 86_400_000;
const NOW = 100 * DAY;
const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('checkPriceClaim', () => {
  it('has nothing to check without a prior price', () => {
    expect(checkPriceClaim({ price: eur(949), priorPrice: null, lowest30d: null }, [], NOW).status).toBe('no-claim');
  });

  it('calls a discount from a price that never held in the last 30 days inflated, using the page statement', () => {
    const truth = checkPriceClaim({ price: eur(949), priorPrice: eur(1199), lowest30d: eur(949) }, [], NOW);
    expect(truth).toMatchObject({ status: 'inflated', claimedPercent: 21, realPercent: 0 });
  });

  it('uses what the extension observed when the page says nothing', () => {
    const history = [
      { at: NOW - 20 * DAY, price: eur(999) },
      { at: NOW - 10 * DAY, price: eur(899) },
      { at: NOW - 1 * DAY, price: eur(949) },
    ];
    const truth = checkPriceClaim({ price: eur(949), priorPrice: eur(1199), lowest30d: null }, history, NOW);
    expect(truth.status).toBe('inflated');
    expect(truth.lowestObserved).toEqual({ at: NOW - 10 * DAY, price: eur(899) });
    expect(truth.realPercent).toBe(0);
    expect(truth.observedSince).toBe(NOW - 20 * DAY);
    // First seen 20 days ago: not the whole window; and ten days passed between two observations.
    expect(truth).toMatchObject({ historyHasGaps: true, coversWindow: false, reference: 'observed', observationsIn30d: 3 });
  });

  it('names the page\'s own statement as the reference when it is the lowest', () => {
    const truth = checkPriceClaim({ price: eur(949), priorPrice: eur(1199), lowest30d: eur(899) }, [{ at: NOW - DAY, price: eur(949) }], NOW);
    expect(truth).toMatchObject({ status: 'inflated', reference: 'page' });
  });

  it('has no gaps on a first observation, and gaps when weeks pass between observations', () => {
    expect(checkPriceClaim({ price: eur(800), priorPrice: eur(1000), lowest30d: null }, [], NOW)).toMatchObject({ historyHasGaps: false, coversWindow: false });
    expect(checkPriceClaim({ price: eur(800), priorPrice: eur(1000), lowest30d: null }, [{ at: NOW - 3 * DAY, price: eur(900) }], NOW).historyHasGaps).toBe(false);
    expect(checkPriceClaim({ price: eur(800), priorPrice: eur(1000), lowest30d: null }, [{ at: NOW - 20 * DAY, price: eur(900) }], NOW).historyHasGaps).toBe(true);
  });

  it('accepts a reduction measured from the 30-day low', () => {
    const truth = checkPriceClaim({ price: eur(800), priorPrice: eur(1000), lowest30d: eur(1000) }, [], NOW);
    expect(truth).toMatchObject({ status: 'consistent', claimedPercent: 20, realPercent: 20 });
  });

  it('ignores observations older than 30 days and in other currencies', () => {
    const history = [
      { at: NOW - WINDOW_MS - DAY, price: eur(500) },
      { at: NOW - 2 * DAY, price: { amount: 100, currency: 'SEK' } },
    ];
    const truth = checkPriceClaim({ price: eur(800), priorPrice: eur(1000), lowest30d: null }, history, NOW);
    expect(truth.status).toBe('unverifiable');
    expect(truth.observationsIn30d).toBe(0);
  });

  it('reports gaps in a history that spans the window but skips weeks', () => {
    const history = [
      { at: NOW - 35 * DAY, price: eur(1000) },
      { at: NOW - 29 * DAY, price: eur(1000) },
      { at: NOW - 2 * DAY, price: eur(1000) },
    ];
    expect(checkPriceClaim({ price: eur(800), priorPrice: eur(1000), lowest30d: null }, history, NOW).historyHasGaps).toBe(true);
  });

  it('never calls a claim consistent when the prior price is above every 30-day reference', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (price, up, lowUp) => {
        const lowest = price + lowUp;
        const prior = lowest + up;
        const truth = checkPriceClaim({ price: eur(price), priorPrice: eur(prior), lowest30d: eur(lowest) }, [], NOW);
        expect(truth.status).toBe('inflated');
        expect(truth.realPercent!).toBeLessThanOrEqual(truth.claimedPercent!);
      }),
    );
  });
});
