import type { SiteAdapter } from './types.ts';

/** Zalando: catalogue articles; classes are build hashes, so only tags and roles are used. */
export const zalando: SiteAdapter = {
  id: 'zalando',
  hosts: [
    'zalando.fi', 'zalando.se', 'zalando.de', 'zalando.dk', 'zalando.no', 'zalando.co.uk', 'zalando.fr',
    'zalando.it', 'zalando.es', 'zalando.pl', 'zalando.nl', 'zalando.be', 'zalando.at', 'zalando.ch', 'zalando.ee',
  ],
  product: {
    name: 'h1',
    price: '[data-testid="pdp-price-container"] p',
    badges: '[data-testid="pdp-badges"] span',
  },
  listing: {
    card: 'article[role="link"], article[data-testid="catalog-article"]',
    title: 'h3',
    link: 'a[href$=".html"], a[href]',
    badges: '[data-testid="article-badges"] span',
    shelf: '[data-testid="recommendation-carousel"]',
  },
  testPages: ['zalando-listing.html'],
};
