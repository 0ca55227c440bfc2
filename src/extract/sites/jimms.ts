import type { SiteAdapter } from './types.ts';

/** Jimm's PC-Store: server-rendered product boxes (.product-box) with a .price block. */
export const jimms: SiteAdapter = {
  id: 'jimms',
  hosts: ['jimms.fi'],
  product: {
    name: 'h1.name, h1',
    price: '.product-price .price, .price-tag',
    priorPrice: '.price-old',
    specRows: '.product-details table tr',
    badges: '.product-tag, .campaign-tag',
  },
  listing: {
    card: '.product-box',
    title: '.product-box-name, h5',
    link: 'a[href*="/fi/Product/"], a[href]',
    price: '.price-tag, .price',
    priorPrice: '.price-old',
    badges: '.product-tag, .campaign-tag',
    shelf: '.product-carousel',
  },
  testPages: ['jimms-listing.html'],
};
