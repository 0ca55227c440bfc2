import type { SiteAdapter } from './types.ts';

/** Power (Finland and Nordics): Angular tiles <pwr-product-tile> with .product-price. */
export const power: SiteAdapter = {
  id: 'power',
  hosts: ['power.fi', 'power.se', 'power.dk', 'power.no'],
  product: {
    name: 'h1',
    price: 'pwr-product-price .price, .product-price-now',
    priorPrice: '.product-price-before',
    specRows: '.specifications-table tr',
    badges: '.product-badge, pwr-badge',
  },
  listing: {
    card: 'pwr-product-tile, .product-tile',
    title: '.product-name, h3',
    link: 'a[href*="/p-"]',
    price: '.product-price-now, .price',
    priorPrice: '.product-price-before',
    badges: 'pwr-badge, .product-badge',
    shelf: 'pwr-product-carousel',
  },
  testPages: ['power-listing.html'],
};
