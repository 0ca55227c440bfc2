import { describe, expect, it } from 'vitest';
import { betterAlternatives, compareCandidates, fitsBetter, itemKey, overpayFor, sameTitle, type Candidate, type FitSummary } from './alternatives.ts';
import type { Fit } from './match.ts';

const fit = (f: Fit, score = f === 'fits' ? 1 : 0.5, mustUnmet = f === 'misfit' ? 1 : 0): FitSummary => ({
  fit: f, score, mustTotal: 4, mustUnmet, mustUnknown: f === 'unknown' ? 1 : 0,
});

const card = (title: string, f: FitSummary, amount: number | null, currency = 'EUR'): Candidate => ({
  key: itemKey(`https://shop.example/${title.toLowerCase().replace(/\W+/g, '-')}`, title),
  title,
  url: `https://shop.example/${title.toLowerCase().replace(/\W+/g, '-')}`,
  price: amount === null ? null : { amount, currency },
  fit: f,
  seen: 'here',
  seenAt: null,
});

describe('betterAlternatives', () => {
  const pushed = { key: null, title: 'Visionex V50 50" 60 Hz', fit: fit('misfit', 0.2, 3) };

  it('offers only items of a better fit class than a misfit, fits first, then cheaper first', () => {
    const cards = [
      card('Auro A55 55" 60 Hz', fit('misfit', 0.8, 1), 549),
      card('Nordic NV65 OLED', fit('fits'), 1499),
      card('Lumo L55 120 Hz', fit('unknown', 0.75), 849),
      card('Lumo L65 120 Hz', fit('fits'), 1099),
      card('Kestrel K43', fit('partly', 0.9), 329),
    ];
    expect(betterAlternatives(pushed, cards).map((c) => c.title)).toEqual([
      'Lumo L65 120 Hz', 'Nordic NV65 OLED', 'Kestrel K43', 'Lumo L55 120 Hz',
    ]);
  });

  it('leaves out the pushed item itself, by key or by a longer version of its title', () => {
    const self = card('Visionex V50 50" 60 Hz', fit('fits'), 949);
    const longer = { ...card('Visionex V50 50" 60 Hz, musta', fit('fits'), 949), key: 'other' };
    expect(betterAlternatives({ ...pushed, key: self.key }, [self, longer])).toEqual([]);
  });

  it('keeps one of each item and respects the limit', () => {
    const a = card('Lumo L55 120 Hz', fit('fits'), 849);
    const many = [a, { ...a, price: { amount: 1, currency: 'EUR' } }, ...Array.from({ length: 9 }, (_, i) => card(`TV model ${i} x`, fit('fits'), 900 + i))];
    const out = betterAlternatives(pushed, many, 3);
    expect(out).toHaveLength(3);
    expect(out[0]).toBe(a);
    expect(out.filter((c) => c.key === a.key)).toHaveLength(1);
  });

  it('with nothing pushed, lists what fits at least partly', () => {
    const out = betterAlternatives({ key: null, title: null, fit: null }, [card('A b c', fit('misfit'), 1), card('D e f', fit('partly'), 2), card('G h i', fit('unknown'), 3)]);
    expect(out.map((c) => c.title)).toEqual(['D e f']);
  });
});

describe('fitsBetter', () => {
  it('ranks classes and, within partly or unknown, a higher score without more misses', () => {
    expect(fitsBetter(fit('fits'), fit('partly'))).toBe(true);
    expect(fitsBetter(fit('partly', 0.9), fit('partly', 0.6))).toBe(true);
    expect(fitsBetter(fit('partly', 0.6), fit('partly', 0.6))).toBe(false);
    expect(fitsBetter(fit('misfit', 0.9, 1), fit('misfit', 0.1, 3))).toBe(false);
    expect(fitsBetter(fit('fits'), fit('fits'))).toBe(false);
    expect(fitsBetter(fit('unknown'), fit('partly'))).toBe(false);
  });

  it('orders by price when fit and score tie, unpriced last', () => {
    const list = [card('B x y', fit('fits'), null), card('C x y', fit('fits'), 900), card('A x y', fit('fits'), 800)];
    expect(list.sort(compareCandidates).map((c) => c.title)).toEqual(['A x y', 'C x y', 'B x y']);
  });
});

describe('overpayFor', () => {
  const pushedFits = { key: null, title: 'Nordic NV65 OLED', fit: fit('fits'), price: { amount: 1079, currency: 'EUR' } };

  it('names the cheapest item that fits as well, and the difference', () => {
    const out = overpayFor(pushedFits, [card('Lumo L65 120 Hz', fit('fits'), 999), card('Lumo L55 120 Hz', fit('fits'), 849), card('Kestrel K43', fit('misfit'), 329)]);
    expect(out?.than.title).toBe('Lumo L55 120 Hz');
    expect(out?.difference).toEqual({ amount: 230, currency: 'EUR' });
  });

  it('says nothing when the difference is small, the pushed item does not fit, or currencies differ', () => {
    expect(overpayFor(pushedFits, [card('Lumo L65 120 Hz', fit('fits'), 1060)])).toBeNull();
    expect(overpayFor({ ...pushedFits, fit: fit('misfit') }, [card('Lumo L55 120 Hz', fit('fits'), 849)])).toBeNull();
    expect(overpayFor(pushedFits, [card('Lumo L55 120 Hz', fit('fits'), 849, 'SEK')])).toBeNull();
    expect(overpayFor(pushedFits, [card('Lumo L55 120 Hz', fit('partly'), 849)])).toBeNull();
  });
});

describe('titles and keys', () => {
  it('match a card title that extends a product name, but not a bare brand', () => {
    expect(sameTitle('Lumo L55-Q9 55" 4K QLED-televisio, 120 Hz', 'Lumo L55-Q9 55" 4K QLED-televisio')).toBe(true);
    expect(sameTitle('Lumo', 'Lumo L55-Q9 55"')).toBe(false);
    expect(sameTitle('Lumo L55-Q9 55"', 'Lumo L65-Q9 65"')).toBe(false);
  });

  it('key an item by its URL without the fragment, else by its title', () => {
    expect(itemKey('https://s.example/tv#reviews', 'x')).toBe('https://s.example/tv');
    expect(itemKey(null, 'Lumo  L55!')).toBe('title:lumo l55');
  });
});
