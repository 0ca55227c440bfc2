import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CONTRACT_LIMITS, type ListingItem, type PageAnalysis } from './analysis.ts';
import { cleanPageUrl, cleanUrl, cut, fitToContract } from './fit.ts';
import { PageAnalysisSchema } from '../schema/analysis.ts';

const card = (title: string, url: string | null, extra: Partial<ListingItem> = {}): ListingItem => ({
  title, url, price: { amount: 10, currency: 'EUR' }, priorPrice: null, position: 1, specs: [], promotions: [], sponsored: false, shelf: null, ...extra,
});

const listing = (items: ListingItem[], extra: Partial<PageAnalysis> = {}): PageAnalysis => ({
  url: 'https://shop.example/search?q=tv', kind: 'listing', product: null, items, highlighted: [], partial: false, ...extra,
});

describe('cleanUrl', () => {
  it('drops the fragment and the tracking parameters, keeping the ones that name the product', () => {
    expect(cleanUrl('https://shop.example/p/123?color=red&utm_source=mail&gclid=abc&fbclid=x#reviews')).toBe('https://shop.example/p/123?color=red');
    expect(cleanUrl('https://www.amazon.com/dp/B0ABC/ref=sr_1_3?crid=1X&qid=1700&sr=8-3&keywords=charger')).toBe('https://www.amazon.com/dp/B0ABC/ref=sr_1_3?keywords=charger');
  });

  it("keeps a single-page shop's route in the fragment", () => {
    expect(cleanUrl('https://shop.example/#/tv/55-oled')).toBe('https://shop.example/#/tv/55-oled');
  });

  it('gives up the query when the address is still too long, and the address when even that is', () => {
    const longQuery = `https://shop.example/sspa/click?ie=UTF8&url=${'%2F'.repeat(1200)}`;
    expect(longQuery.length).toBeGreaterThan(CONTRACT_LIMITS.text.url);
    expect(cleanUrl(longQuery)).toBe('https://shop.example/sspa/click');
    expect(cleanUrl(`https://shop.example/${'a'.repeat(3000)}`)).toBeNull();
  });

  it('keeps a short relative or odd address as it is, and refuses one with spaces', () => {
    expect(cleanUrl('/p/123')).toBe('/p/123');
    expect(cleanUrl('not a url')).toBeNull();
  });

  it("names an overlong page by its origin rather than losing the report", () => {
    expect(cleanPageUrl(`https://shop.example/${'a'.repeat(5000)}`)).toBe('https://shop.example/');
  });
});

describe('cut', () => {
  it('cuts at the bound and never inside a surrogate pair', () => {
    expect(cut('abcdef', 3)).toBe('abc');
    expect(cut('ab😀', 3)).toBe('ab');
    expect(cut('short', 10)).toBe('short');
  });
});

describe('fitToContract', () => {
  it('turns a report the worker would refuse whole into one it takes, losing only the overlong parts', () => {
    const items = [
      card('TV one', 'https://shop.example/p/1'),
      card('T'.repeat(900), `https://shop.example/sspa/click?url=${'x'.repeat(3000)}`, { sponsored: true }),
      card('TV three', 'https://shop.example/p/3', { price: { amount: Number.POSITIVE_INFINITY, currency: 'EUR' } }),
    ];
    const raw = listing(items, { highlighted: [{ index: 1, reasons: ['Sponsored', 'r'.repeat(400)] }] });
    expect(v.safeParse(PageAnalysisSchema, raw).success).toBe(false);
    const fitted = fitToContract(raw);
    expect(v.safeParse(PageAnalysisSchema, fitted).success).toBe(true);
    expect(fitted.items).toHaveLength(3);
    expect(fitted.items[1]).toMatchObject({ url: 'https://shop.example/sspa/click', sponsored: true });
    expect(fitted.items[1]!.title).toHaveLength(CONTRACT_LIMITS.text.title);
    expect(fitted.items[2]!.price).toBeNull();
    expect(fitted.highlighted).toEqual([{ index: 1, reasons: ['Sponsored', 'r'.repeat(CONTRACT_LIMITS.text.reason)] }]);
  });

  it('drops the highlights of cards beyond the bound with the cards', () => {
    const many = Array.from({ length: CONTRACT_LIMITS.items + 2 }, (_, i) => card(`item ${i}`, null));
    const fitted = fitToContract(listing(many, { highlighted: [{ index: 3, reasons: ['a'] }, { index: CONTRACT_LIMITS.items + 1, reasons: ['b'] }] }));
    expect(fitted.items).toHaveLength(CONTRACT_LIMITS.items);
    expect(fitted.highlighted.map((h) => h.index)).toEqual([3]);
  });

  it('leaves a report inside the bounds as it was', () => {
    const ok = listing([card('TV one', 'https://shop.example/p/1')], { highlighted: [{ index: 0, reasons: ['Our pick'] }] });
    expect(fitToContract(ok)).toEqual(ok);
  });
});
