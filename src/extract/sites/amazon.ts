import type { SiteAdapter } from './types.ts';

/** Amazon's search results ("s-search-result") and product page ids, from its public markup. */
export const amazon: SiteAdapter = {
  id: 'amazon',
  hosts: [
    'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.se',
    'amazon.nl', 'amazon.pl', 'amazon.com.be', 'amazon.ca', 'amazon.co.jp', 'amazon.com.tr',
  ],
  product: {
    name: '#productTitle',
    brand: '#bylineInfo',
    // The buy box's price as Amazon has printed it over the years: the core price block, and
    // before it the price block ids and, on a Kindle book, the Kindle price.
    price:
      '#corePrice_feature_div .a-price:not(.a-text-price) .a-offscreen, #corePriceDisplay_desktop_feature_div .a-price:not(.a-text-price) .a-offscreen, #priceblock_dealprice, #priceblock_ourprice, #kindle-price',
    priorPrice: '#corePriceDisplay_desktop_feature_div .a-text-price .a-offscreen, .basisPrice .a-offscreen',
    availability: '#availability',
    breadcrumbs: '#wayfinding-breadcrumbs_feature_div a',
    specRows: '#productDetails_techSpec_section_1 tr, #productOverview_feature_div tr, #technicalSpecifications_section_1 tr',
    badges: '#acBadge_feature_div, #zeitgeistBadge_feature_div, #dealBadge_feature_div',
  },
  listing: {
    card: '[data-component-type="s-search-result"]',
    title: 'h2',
    link: '[data-cy="title-recipe"] a[href], h2 a[href]',
    price: '[data-cy="price-recipe"] .a-price:not(.a-text-price) .a-offscreen',
    priorPrice: '[data-cy="price-recipe"] .a-text-price .a-offscreen',
    badges: '.a-badge-text, .rio-badge-label, .s-label-popover-default',
    sponsored: '.puis-sponsored-label-text, .s-sponsored-label-text',
    shelf: '[data-component-type="s-searchgrid-carousel"], .s-widget [cel_widget_id*="CAROUSEL"]',
  },
  testPages: ['amazon-listing.html'],
};
