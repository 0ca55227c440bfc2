import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Budget } from '../budget.ts';
import { fromJsonLd } from './jsonld.ts';

const URL_ = 'https://shop.example/p/tv-55';
const page = (...blocks: string[]) =>
  new JSDOM(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`).window
    .document;
const read = (...blocks: string[]) => fromJsonLd(page(...blocks), URL_, new Budget());

describe('JSON-LD source', () => {
  it('reads a Product with an Offer', () => {
    const { clues, isProduct } = read(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'TV 55',
        brand: { '@type': 'Brand', name: 'Acme' },
        sku: 'TV55',
        gtin13: '6401234567890',
        offers: { '@type': 'Offer', price: '499.00', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
      }),
    );
    expect(isProduct).toBe(true);
    expect(clues).toMatchObject({ name: 'TV 55', brand: 'Acme', sku: 'TV55', gtin: '6401234567890', availability: 'InStock' });
    expect(clues.price).toEqual({ amount: 499, currency: 'EUR' });
  });

  it('does not take the subscription a paywalled article is part of for a product', () => {
    const { isProduct, products, clues } = read(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'The future of banking',
        isAccessibleForFree: false,
        isPartOf: { '@type': ['CreativeWork', 'Product'], name: 'The Daily', productID: 'daily.example:basic' },
      }),
    );
    expect([isProduct, products, clues.name ?? null, clues.sku ?? null]).toEqual([false, [], null, null]);
  });

  it('finds the product inside @graph and arrays, and reads AggregateOffer', () => {
    const { clues } = read(
      JSON.stringify([
        { '@type': 'WebSite', name: 'Shop' },
        { '@graph': [{ '@type': 'Product', name: 'Phone', offers: { '@type': 'AggregateOffer', lowPrice: 199.9, highPrice: 249, priceCurrency: 'USD' } }] },
      ]),
    );
    expect(clues.name).toBe('Phone');
    expect(clues.price).toEqual({ amount: 199.9, currency: 'USD' });
  });

  it('reads a StrikethroughPrice above the price as the prior price, and one below it as not a prior price', () => {
    const offer = (strike: number) =>
      JSON.stringify({
        '@type': 'Product',
        name: 'Fridge',
        offers: {
          '@type': 'Offer',
          price: 349,
          priceCurrency: 'EUR',
          priceSpecification: [{ '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/StrikethroughPrice', price: strike, priceCurrency: 'EUR' }],
        },
      });
    expect(read(offer(399)).clues.priorPrice).toEqual({ amount: 399, currency: 'EUR', label: 'StrikethroughPrice' });
    expect(read(offer(299)).clues.priorPrice).toBeNull();
  });

  it('picks the variant of a ProductGroup that this URL shows', () => {
    const { clues } = read(
      JSON.stringify({
        '@type': 'ProductGroup',
        name: 'Shirt',
        brand: 'Acme',
        hasVariant: [
          { '@type': 'Product', sku: 'S-RED', url: 'https://shop.example/p/red', offers: { price: 10, priceCurrency: 'EUR' } },
          { '@type': 'Product', sku: 'S-TV', url: URL_, offers: { price: 12, priceCurrency: 'EUR', availability: 'OutOfStock' } },
        ],
      }),
    );
    expect(clues).toMatchObject({ name: 'Shirt', brand: 'Acme', sku: 'S-TV', availability: 'OutOfStock' });
    expect(clues.price?.amount).toBe(12);
  });

  it('reads broken JSON real shops publish', () => {
    const broken = `{ "@type": "Product", // comment
      "name": "Caf&eacute; &amp; Tea
 set", "offers": { "price": "15.50", "priceCurrency": "EUR", }, }`;
    const { clues } = read(broken);
    expect(clues.name).toContain('& Tea');
    expect(clues.price?.amount).toBe(15.5);
  });

  it('turns additionalProperty into specs with the raw label and value', () => {
    const { clues } = read(
      JSON.stringify({ '@type': 'Product', name: 'TV', additionalProperty: [{ '@type': 'PropertyValue', name: 'Screen size', value: '55', unitText: 'in' }] }),
    );
    expect(clues.specs?.[0]).toMatchObject({ label: 'Screen size', raw: '55 in' });
  });

  it('marks a block too large to read as cut instead of reading it', () => {
    const huge = `{"@type":"Product","name":"x","pad":"${'a'.repeat(2_100_000)}"}`;
    const result = read(huge);
    expect(result.cut).toBe(true);
    expect(result.isProduct).toBe(false);
  });
});
