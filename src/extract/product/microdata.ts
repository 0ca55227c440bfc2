/** The microdata source (itemscope/itemprop), read through the schema.org reader. */
import type { Budget } from '../budget.ts';
import type { SourceResult } from './jsonld.ts';
import { cluesFromSchema } from './schema.ts';
import { MICRODATA, readScopedItems } from './scoped-markup.ts';

export function fromMicrodata(doc: Document, url: string, budget: Budget): SourceResult {
  const { roots, cut } = readScopedItems(doc, MICRODATA, budget);
  const { clues, isProduct, products } = cluesFromSchema(roots, url, budget);
  return { clues, isProduct, products, cut, types: [] };
}
