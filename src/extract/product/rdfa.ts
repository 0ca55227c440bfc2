/** The RDFa source (typeof/property with the schema.org vocabulary). */
import type { Budget } from '../budget.ts';
import type { SourceResult } from './jsonld.ts';
import { cluesFromSchema } from './schema.ts';
import { RDFA, readScopedItems } from './scoped-markup.ts';

export function fromRdfa(doc: Document, url: string, budget: Budget): SourceResult {
  const { roots, cut } = readScopedItems(doc, RDFA, budget);
  const { clues, isProduct, products } = cluesFromSchema(roots, url, budget);
  return { clues, isProduct, products, cut, types: [] };
}
