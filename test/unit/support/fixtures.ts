/** Small valid records for unit tests of the contract and the store. */
import type { NeedsProfile } from '../../../src/core/needs.ts';
import type { PageAnalysis, Product } from '../../../src/contract/analysis.ts';

export function product(overrides: Partial<Product> = {}): Product {
  return {
    name: 'Visionex V50-UQ7 50" 4K UHD LED-televisio',
    brand: 'Visionex',
    sku: 'V50UQ7',
    gtin: '6430012345679',
    mpn: null,
    image: null,
    category: ['Televisiot'],
    price: { amount: 949, currency: 'EUR' },
    priorPrice: { amount: 1199, currency: 'EUR', label: 'Ovh.' },
    lowest30d: null,
    availability: 'InStock',
    specs: [],
    promotions: [{ type: 'campaign', text: 'Kampanja' }],
    sources: { name: 'json-ld', price: 'visible' },
    ...overrides,
  };
}

export function analysis(overrides: Partial<PageAnalysis> = {}): PageAnalysis {
  return {
    url: 'https://www.example-shop.fi/tv/visionex',
    kind: 'product',
    product: product(),
    items: [],
    highlighted: [{ index: -1, reasons: ['Kampanja'] }],
    partial: false,
    ...overrides,
  };
}

export function profile(overrides: Partial<NeedsProfile> = {}): NeedsProfile {
  return {
    id: 'p-test-1',
    name: 'Olohuoneen TV',
    category: 'tv',
    requirements: [],
    budget: { max: 900, currency: 'EUR' },
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}
