import { describe, expect, it } from 'vitest';
import { mergeClues } from './merge.ts';

const EUR = (amount: number) => ({ amount, currency: 'EUR' });

describe('the price of the merged product', () => {
  it('is the markup price when the page shows that amount beside the product', () => {
    const merged = mergeClues([{ source: 'json-ld', clues: { price: EUR(99) } }], { shownAmounts: [99, 129], printed: {} });
    expect(merged.price).toEqual(EUR(99));
    expect(merged.priceNote).toBeUndefined();
  });

  it('is the visible price when the markup states an amount the page does not show', () => {
    const merged = mergeClues(
      [{ source: 'json-ld', clues: { price: EUR(5) } }, { source: 'visible', clues: { price: EUR(329) } }],
      { shownAmounts: [329], printed: {} },
    );
    expect(merged.price).toEqual(EUR(329));
  });

  it('is withheld, with the reason, when the page shows other amounts beside the product and none it calls the price', () => {
    const merged = mergeClues([{ source: 'json-ld', clues: { price: EUR(1249) } }], { shownAmounts: [99.9, 119.9], printed: {} });
    expect(merged.price).toBeNull();
    expect(merged.priceNote).toBe('not-confirmed');
  });

  it('is the markup price when the page shows no amounts near the product at all (a price drawn by a script)', () => {
    const merged = mergeClues([{ source: 'microdata', clues: { price: EUR(49) } }], { shownAmounts: [], printed: {} });
    expect(merged.price).toEqual(EUR(49));
  });

  it('is none, said as not shown, when no source has one', () => {
    const merged = mergeClues([{ source: 'json-ld', clues: { name: 'Kettle' } }], { shownAmounts: [], printed: {} });
    expect(merged.price).toBeNull();
    expect(merged.priceNote).toBe('not-shown');
  });

  it("trusts a site adapter's price as it is", () => {
    const merged = mergeClues([{ source: 'adapter', clues: { price: EUR(10) } }], { shownAmounts: [12], printed: {} });
    expect(merged.price).toEqual(EUR(10));
  });
});
