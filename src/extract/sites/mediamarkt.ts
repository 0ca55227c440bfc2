import type { SiteAdapter } from './types.ts';

/** MediaMarkt / Saturn: tiles marked data-test="mms-product-card", badges data-test="mms-badge". */
export const mediamarkt: SiteAdapter = {
  id: 'mediamarkt',
  hosts: [
    'mediamarkt.de', 'mediamarkt.at', 'mediamarkt.ch', 'mediamarkt.nl', 'mediamarkt.be', 'mediamarkt.es',
    'mediamarkt.it', 'mediamarkt.pl', 'mediamarkt.se', 'mediamarkt.hu', 'mediamarkt.com.tr', 'saturn.de',
  ],
  product: {
    name: 'h1[data-test="product-title"], h1',
    price: '[data-test="mms-price"] [data-test="branded-price-whole-value"], [data-test="mms-price"]',
    priorPrice: '[data-test="mms-strike-price-type-rrp"]',
    lowest30d: '[data-test="mms-strike-price-type-lop"]',
    badges: '[data-test="mms-badge"]',
  },
  listing: {
    card: '[data-test="mms-product-card"]',
    title: '[data-test="product-title"]',
    link: 'a[href*="/product/"], a[href]',
    price: '[data-test="mms-price"] .sr-only, [data-test="mms-price"]',
    priorPrice: '[data-test="mms-strike-price-type-rrp"]',
    badges: '[data-test="mms-badge"]',
    sponsored: '[data-test="mms-sponsored-label"]',
    shelf: '[data-test="mms-product-carousel"]',
  },
  testPages: ['mediamarkt-listing.html'],
};
