/** What one source found about the page's product; merge.ts combines sources field by field. */
import type { Product, ProductField } from '../../contract/analysis.ts';

export type Clues = Partial<Pick<Product, ProductField>>;

/** True when a source found nothing at all, so it can be left out of the evidence. */
export function isEmpty(clues: Clues): boolean {
  return Object.values(clues).every((v) => v === null || v === undefined || (Array.isArray(v) && v.length === 0));
}
