import type { SiteAdapter } from './types.ts';

/** Verkkokauppa.com: product cards carry data-product-id; prices sit in <data value>. */
export const verkkokauppa: SiteAdapter = {
  id: 'verkkokauppa',
  hosts: ['verkkokauppa.com'],
  product: {
    name: 'h1[data-testid="product-name"], h1',
    price: '[data-testid="product-price"] data, [data-testid="product-price"]',
    priorPrice: '[data-testid="product-price-previous"]',
    specRows: '[data-testid="product-specifications"] tr',
    badges: '[data-testid="product-badge"]',
  },
  listing: {
    card: 'article[data-product-id], li[data-product-id]',
    title: '[data-testid="product-card-name"], h3',
    link: 'a[href*="/fi/product/"]',
    price: '[data-testid="product-card-price"]',
    priorPrice: '[data-testid="product-card-previous-price"]',
    badges: '[data-testid="product-card-badge"]',
    shelf: '[data-testid="product-carousel"]',
  },
  testPages: ['verkkokauppa-listing.html'],
};
