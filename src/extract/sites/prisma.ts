import type { SiteAdapter } from './types.ts';

/** Prisma (S Group): product cards marked with data-test-id="product-card". */
export const prisma: SiteAdapter = {
  id: 'prisma',
  hosts: ['prisma.fi', 'prismamarket.ee', 's-kaupat.fi'],
  product: {
    name: 'h1[data-test-id="product-name"], h1',
    price: '[data-test-id="product-price"]',
    priorPrice: '[data-test-id="product-price-original"]',
    badges: '[data-test-id="product-badge"]',
  },
  listing: {
    card: '[data-test-id="product-card"]',
    title: '[data-test-id="product-card__name"], h3',
    link: 'a[href*="/tuote/"], a[href]',
    price: '[data-test-id="product-price__unitPrice"], [data-test-id="product-card__price"]',
    priorPrice: '[data-test-id="product-card__original-price"]',
    badges: '[data-test-id="product-card__badge"]',
    shelf: '[data-test-id="product-carousel"]',
  },
  testPages: ['prisma-listing.html'],
};
