/** What one source found about the page's product; merge.ts combines sources field by field. */
import type { Product } from '../types.ts';

export type Clues = Partial<
  Pick<
    Product,
    | 'name'
    | 'brand'
    | 'sku'
    | 'gtin'
    | 'mpn'
    | 'image'
    | 'category'
    | 'price'
    | 'priorPrice'
    | 'lowest30d'
    | 'availability'
    | 'specs'
  >
>;

/** True when a source found nothing at all, so it can be left out of the evidence. */
export function isEmpty(clues: Clues): boolean {
  return Object.values(clues).every((v) => v === null || v === undefined || (Array.isArray(v) && v.length === 0));
}
