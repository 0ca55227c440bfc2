import type { SiteAdapter } from './types.ts';

/** Elgiganten (Elkjøp Nordic, Sweden and Denmark): the same tile markup as Gigantti. */
export const elgiganten: SiteAdapter = {
  id: 'elgiganten',
  hosts: ['elgiganten.se', 'elgiganten.dk'],
  product: {
    name: 'h1',
    price: '[data-cro="product-price"], .product-price-container .price',
    priorPrice: '[data-cro="product-price-before"], .before-price',
    specRows: '.specification-table tr',
    badges: '.product-badge, [data-cro="badge"]',
  },
  listing: {
    card: 'elk-product-tile, [data-cro="product-tile"]',
    title: '.product-name, h2',
    link: 'a[href*="/product/"]',
    price: '.product-price .price, [data-cro="tile-price"]',
    priorPrice: '.before-price, [data-cro="tile-price-before"]',
    badges: '.product-badge, [data-cro="badge"]',
    shelf: 'elk-product-carousel, [data-cro="recommendations"]',
  },
  testPages: ['elgiganten-listing.html'],
};
