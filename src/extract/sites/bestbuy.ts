import type { SiteAdapter } from './types.ts';

/** Best Buy: result rows li.sku-item (older) or li.product-list-item (newer). */
export const bestbuy: SiteAdapter = {
  id: 'bestbuy',
  hosts: ['bestbuy.com', 'bestbuy.ca'],
  product: {
    name: '.sku-title h1, h1',
    price: '.priceView-customer-price span[aria-hidden="true"]',
    priorPrice: '.pricing-price__regular-price',
    sku: '.sku .product-data-value',
    badges: '.sku-badge, .deal-badge',
  },
  listing: {
    card: 'li.sku-item, li.product-list-item',
    title: '.sku-title, h4, h2',
    link: '.sku-title a[href], a.product-list-item-link, a[href*="/site/"]',
    price: '.priceView-customer-price span[aria-hidden="true"], [data-testid="customer-price"] span',
    priorPrice: '.pricing-price__regular-price',
    badges: '.sku-badge, .deal-badge, .product-badge',
    sponsored: '.sponsored-label, [data-testid="sponsored-label"]',
    shelf: '.shop-recommendations, .c-carousel',
  },
  testPages: ['bestbuy-listing.html'],
};
