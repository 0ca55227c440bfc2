/**
 * The product-extraction benchmark as a regression floor: the generic pipeline (site
 * adapters off) on the shared real pages, scored with the benchmark's own rules. The floors
 * sit just under the figures reached; raise them when the extractor improves.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PageAnalysisSchema } from '../../src/schema/analysis.ts';
import { loadPeer, loadTruth, runGenericPipeline, scoreAll, scoreAttribute, type GroundTruth } from '../../src/cli/benchmark-scoring.ts';

const FLOORS = { price: 0.955, sku: 0.97, availability: 0.99 };

describe('benchmark scoring rules', () => {
  const truth: GroundTruth = {
    a: { url: 'https://a', price: ['10.50'], sku: ['A1'], availability: ['InStock'] },
    b: { url: 'https://b', price: ['99'], sku: ['B2'], availability: ['OutOfStock'] },
    c: { url: 'https://c', availability: ['InStock'] },
  };

  it('compares prices as decimal numbers and counts predictions on pages without the attribute', () => {
    const s = scoreAttribute(truth, { a: { price: '10.5' }, b: { price: '98' }, c: { price: '5' } }, 'price');
    expect(s).toMatchObject({ predicted: 3, correct: 1, expected: 2 });
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
  });

  it('counts an empty availability as InStock', () => {
    const s = scoreAttribute(truth, { b: { availability: null } }, 'availability');
    expect(s).toMatchObject({ predicted: 3, correct: 2, expected: 3 });
  });
});

describe('product benchmark on real pages', () => {
  it('reproduces the published peer figures on these pages', () => {
    const truth = loadTruth();
    const zyte = scoreAll(truth, loadPeer('Zyte'));
    expect(zyte.price.f1).toBeCloseTo(0.921, 3);
    expect(zyte.sku.f1).toBeCloseTo(0.809, 3);
    expect(zyte.availability.f1).toBeCloseTo(0.973, 3);
  });

  it('keeps the generic pipeline at or above its floors', { timeout: 600_000 }, () => {
    const truth = loadTruth();
    const { predictions, analyses } = runGenericPipeline(undefined, truth);
    // The worker checks every report against its contract and refuses one that breaks it
    // whole, leaving the popup empty: every real page's analysis must pass.
    const refused = Object.entries(analyses)
      .map(([id, analysis]) => [id, v.safeParse(PageAnalysisSchema, analysis)] as const)
      .filter(([, parsed]) => !parsed.success)
      .map(([id, parsed]) => `${id}: ${parsed.success ? '' : v.summarize(parsed.issues)}`);
    expect(refused).toEqual([]);
    const scores = scoreAll(truth, predictions);
    expect(scores.price.f1).toBeGreaterThanOrEqual(FLOORS.price);
    expect(scores.sku.f1).toBeGreaterThanOrEqual(FLOORS.sku);
    expect(scores.availability.f1).toBeGreaterThanOrEqual(FLOORS.availability);
  });
});
