/** The JSON-LD source: every ld+json script, read leniently and within the budget. */
import type { Budget } from '../budget.ts';
import type { Clues } from './clues.ts';
import { cluesFromSchema } from './schema.ts';
import { readLenientJson, type JsonValue } from './tolerant-json.ts';

const MAX_SCRIPTS = 40;
/** A single block larger than this is not product data worth stalling the tab for. */
export const MAX_BLOCK_CHARS = 2_000_000;

export interface SourceResult {
  clues: Clues;
  /** The markup declares a product (not just a loose offer or breadcrumbs). */
  isProduct: boolean;
  /** Distinct products declared at top level, by lower-case name: one on a product page, one per card on some listings. */
  products: string[];
  /** Some input was skipped for size, so the result may be incomplete. */
  cut: boolean;
  /** schema.org types seen, lower case, used to tell articles and search pages apart. */
  types: string[];
}

export function fromJsonLd(doc: Document, url: string, budget: Budget): SourceResult {
  const roots: JsonValue[] = [];
  const types: string[] = [];
  let cut = false;
  const scripts = doc.querySelectorAll('script[type*="ld+json" i]');
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS || !budget.read(text.length)) {
      cut = true;
      continue;
    }
    for (const value of readLenientJson(text)) {
      roots.push(value);
      collectTypes(value, types);
    }
  }
  if (scripts.length > MAX_SCRIPTS) cut = true;
  const { clues, isProduct, products } = cluesFromSchema(roots, url, budget);
  return { clues, isProduct, products, cut, types };
}

/** Top-level and @graph types only: enough to tell an article from a product page. */
function collectTypes(value: JsonValue, into: string[]): void {
  const items = Array.isArray(value) ? value : [value];
  for (const item of items.slice(0, 50)) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
    const t = item['@type'];
    for (const type of Array.isArray(t) ? t : [t]) if (typeof type === 'string') into.push(type.toLowerCase());
    const graph = item['@graph'];
    if (Array.isArray(graph)) collectTypes(graph, into);
  }
}
