import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../src/extract/budget.ts';
import { extractListing } from '../../src/extract/listing/index.ts';
import { analyzePage } from '../../src/extract/analyze.ts';
import { ADAPTERS, adapterFor, hostMatches } from '../../src/extract/sites/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SITES_SRC = resolve(ROOT, 'src/extract/sites');
const PAGES = resolve(ROOT, 'test/sites');
const NOT_ADAPTERS = new Set(['index.ts', 'types.ts']);

interface Expected {
  url: string;
  source: string;
  items: { title: string; price: number; priorPrice: number | null; sponsored: boolean; promotionTypes: string[] }[];
  highlighted: number[];
}

function load(page: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(PAGES, page), 'utf8'), { url }).window.document;
}

const budget = (): Budget => new Budget({ maxNodes: 200_000, maxChars: 10_000_000, maxMs: 30_000 });

describe('site adapter registry', () => {
  const files = readdirSync(SITES_SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_ADAPTERS.has(f));

  it('registers every adapter file, under its file name', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) expect(ADAPTERS.map((a) => a.id)).toContain(file.replace(/\.ts$/, ''));
    expect(ADAPTERS).toHaveLength(files.length);
  });

  it('gives every adapter a saved test page and its expectations', () => {
    const pages = readdirSync(PAGES);
    for (const adapter of ADAPTERS) {
      expect(adapter.testPages.length, adapter.id).toBeGreaterThan(0);
      for (const page of adapter.testPages) {
        expect(page.startsWith(`${adapter.id}-`), page).toBe(true);
        expect(pages, adapter.id).toContain(page);
        expect(pages, adapter.id).toContain(page.replace(/\.html$/, '.expected.json'));
      }
    }
  });

  it('matches hosts by suffix, never by substring', () => {
    expect(hostMatches('www.verkkokauppa.com', 'verkkokauppa.com')).toBe(true);
    expect(hostMatches('verkkokauppa.com', 'verkkokauppa.com')).toBe(true);
    expect(hostMatches('evilverkkokauppa.com', 'verkkokauppa.com')).toBe(false);
    expect(hostMatches('verkkokauppa.com.evil.example', 'verkkokauppa.com')).toBe(false);
    expect(adapterFor('https://www.amazon.de/s?k=tv')?.id).toBe('amazon');
    expect(adapterFor('https://amazon.de.phish.example/')).toBeNull();
    expect(adapterFor('not a url')).toBeNull();
  });
});

describe.each(ADAPTERS.flatMap((a) => a.testPages.map((page) => [a.id, page] as const)))('%s test page %s', (id, page) => {
  const expected = JSON.parse(readFileSync(resolve(PAGES, page.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;

  it('is read through the adapter as expected', () => {
    expect(adapterFor(expected.url)?.id).toBe(id);
    const result = extractListing(load(page, expected.url), expected.url, budget());
    expect(result.source).toBe(expected.source);
    const main = result.items.filter((i) => i.shelf === null);
    expect(main.map((i) => i.title)).toEqual(expected.items.map((i) => i.title));
    expect(main.map((i) => i.price?.amount ?? null)).toEqual(expected.items.map((i) => i.price));
    expect(main.map((i) => i.priorPrice?.amount ?? null)).toEqual(expected.items.map((i) => i.priorPrice));
    expect(main.map((i) => i.sponsored)).toEqual(expected.items.map((i) => i.sponsored));
    main.forEach((item, n) => {
      const types = new Set(item.promotions.map((p) => p.type));
      for (const type of expected.items[n]?.promotionTypes ?? []) expect([...types], `${item.title} ${type}`).toContain(type);
      expect(item.url).toMatch(/^https:\/\//);
    });
    expect(result.highlighted.map((h) => h.index)).toEqual(expected.highlighted);
  });

  it('still answers through the generic pipeline when the adapter is not used', () => {
    const url = 'https://shop.invalid/list';
    const result = extractListing(load(page, url), url, budget());
    expect(result.source).toBe('visible');
    const main = result.items.filter((i) => i.shelf === null);
    expect(main.map((i) => i.title)).toEqual(expected.items.map((i) => i.title));
    expect(main.map((i) => i.price?.amount ?? null)).toEqual(expected.items.map((i) => i.price));
  });
});

describe('an adapter whose selectors stopped matching', () => {
  it('falls back to the generic pipeline', () => {
    const url = 'https://www.amazon.de/s?k=fernseher';
    const doc = load('amazon-listing.html', url);
    // The shop renamed its markup: the adapter's card selector now matches nothing.
    for (const el of Array.from(doc.querySelectorAll('[data-component-type]'))) el.removeAttribute('data-component-type');
    const result = extractListing(doc, url, budget());
    expect(result.source).toBe('visible');
    expect(result.items.filter((i) => i.shelf === null).length).toBe(4);
    expect(result.items.some((i) => i.sponsored)).toBe(true);
  });
});

describe('the Amazon product adapter', () => {
  it("reads a Kindle book's own price, not the price of another format's tile", () => {
    const doc = new JSDOM(
      `<html><body><span id="productTitle">The Whole Truth</span>
      <ul><li><span class="slot-title">Hardcover</span><span class="slot-price"><span class="a-color-secondary">$14.99</span></span></li>
      <li class="selected"><span class="slot-title">Kindle</span><span class="slot-price"><span class="a-color-price">$10.99</span></span></li></ul>
      <table><tr><td class="kindlePriceLabel">Kindle Price:</td><td><span id="kindle-price" class="a-color-price">$10.99</span></td></tr></table>
      <div id="availability"><span>Available instantly</span></div><input id="add-to-cart-button" name="submit.add-to-cart" type="submit" value="Buy now with 1-Click"></body></html>`,
      { url: 'https://www.amazon.com/Whole-Truth/dp/B0011UCPM4' },
    ).window.document;
    const { kind, product } = analyzePage(doc, doc.URL, { adapters: true });
    expect(kind).toBe('product');
    expect(product?.price).toEqual({ amount: 10.99, currency: 'USD' });
    expect(product?.sources.price).toBe('adapter');
  });
});
