/**
 * Hand labels of product pages as benchmark ground truth, scored by the benchmark's rules:
 * a page whose label has no price expects none (a price given there is a wrong one), and
 * a page that says nothing about stock counts as InStock.
 */
import type { GroundTruth } from './benchmark-scoring.ts';
import type { CorpusPage } from './corpus.ts';

export function productTruth(pages: CorpusPage[]): GroundTruth {
  const truth: GroundTruth = {};
  for (const page of pages) {
    if (!page.product) continue;
    truth[page.file] = {
      url: page.url,
      price: page.product.price === null ? [] : [String(page.product.price)],
      availability: [page.product.availability ?? 'InStock'],
    };
  }
  return truth;
}
