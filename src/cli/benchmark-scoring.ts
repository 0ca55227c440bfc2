/**
 * Scoring for the product-extraction benchmark, with the benchmark's own rules
 * (see ../shared/real-pages/README.md): one prediction per attribute per page; correct
 * when it is in the ground-truth list (prices as decimal numbers); availability defaults
 * to InStock; precision = correct / predicted, recall = correct / pages with the attribute.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePage } from '../extract/analyze.ts';
import type { PageAnalysis } from '../contract/analysis.ts';
import { parsePage, readPageBytes } from './load-page.ts';

export const ATTRIBUTES = ['price', 'sku', 'availability'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];
export const PEERS = ['Zyte', 'Diffbot', 'extruct'] as const;

export type Prediction = Partial<Record<Attribute, string | null>>;
export type Predictions = Record<string, Prediction>;
export interface TruthEntry {
  url: string;
  price?: string[];
  sku?: string[];
  availability?: string[];
}
export type GroundTruth = Record<string, TruthEntry>;

export interface Score {
  predicted: number;
  correct: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The shared real-pages folder; a clear error when it is missing. */
export function realPagesDir(): string {
  const dir = resolve(PROJECT_ROOT, process.env.REAL_PAGES_DIR ?? '../shared/real-pages');
  if (!existsSync(join(dir, 'product-benchmark', 'ground-truth.json'))) {
    throw new Error(`Real pages not found at ${dir} (set REAL_PAGES_DIR to the shared real-pages folder)`);
  }
  return dir;
}

export function benchmarkDir(): string {
  return join(realPagesDir(), 'product-benchmark');
}

export function loadTruth(dir = benchmarkDir()): GroundTruth {
  return JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as GroundTruth;
}

/** A peer's answers, as strings like ours. */
export function loadPeer(name: string, dir = benchmarkDir()): Predictions {
  const raw = JSON.parse(readFileSync(join(dir, `peer-output-${name}.json`), 'utf8')) as Record<string, Record<string, unknown>>;
  const out: Predictions = {};
  for (const [id, answer] of Object.entries(raw)) {
    out[id] = Object.fromEntries(ATTRIBUTES.map((a) => [a, typeof answer[a] === 'string' ? (answer[a] as string) : null]));
  }
  return out;
}

function sameValue(attribute: Attribute, predicted: string, expected: string): boolean {
  if (attribute !== 'price') return predicted.trim() === expected.trim();
  const a = Number(predicted.trim());
  const b = Number(expected.trim());
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) < 1e-6;
}

export function scoreAttribute(truth: GroundTruth, predictions: Predictions, attribute: Attribute): Score {
  let predicted = 0;
  let correct = 0;
  let expected = 0;
  for (const [id, entry] of Object.entries(truth)) {
    const wanted = entry[attribute] ?? [];
    if (wanted.length > 0) expected++;
    let value = predictions[id]?.[attribute] ?? null;
    if (attribute === 'availability' && !value) value = 'InStock';
    if (!value) continue;
    predicted++;
    if (wanted.some((w) => sameValue(attribute, value, w))) correct++;
  }
  const precision = predicted ? correct / predicted : 0;
  const recall = expected ? correct / expected : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { predicted, correct, expected, precision, recall, f1 };
}

export function scoreAll(truth: GroundTruth, predictions: Predictions): Record<Attribute, Score> {
  return Object.fromEntries(ATTRIBUTES.map((a) => [a, scoreAttribute(truth, predictions, a)])) as Record<Attribute, Score>;
}

/** The benchmark's view of one analysis: decimal price, sku, availability. */
export function predictionOf(analysis: PageAnalysis): Prediction {
  const product = analysis.product;
  return {
    price: product?.price ? String(product.price.amount) : null,
    sku: product?.sku ?? null,
    availability: product?.availability ?? null,
  };
}

/** Runs the generic pipeline (site adapters off) on every benchmark page. */
export function runGenericPipeline(dir = benchmarkDir(), truth = loadTruth(dir)): { predictions: Predictions; analyses: Record<string, PageAnalysis> } {
  const predictions: Predictions = {};
  const analyses: Record<string, PageAnalysis> = {};
  for (const [id, entry] of Object.entries(truth)) {
    const doc = parsePage(readPageBytes(join(dir, 'html', `${id}.html.gz`)), entry.url);
    // Saved pages are scored for what they hold, not for how fast jsdom is: no clock limit.
    const analysis = analyzePage(doc, entry.url, { adapters: false, limits: { maxMs: 60_000 } });
    analyses[id] = analysis;
    predictions[id] = predictionOf(analysis);
    doc.defaultView?.close();
  }
  return { predictions, analyses };
}
