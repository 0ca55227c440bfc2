/** Anything else: the shopper can still set a budget, a brand and words that must be mentioned. */
import type { CategoryDef } from './types.ts';
import { aliases } from './define.ts';

export const ANYTHING: CategoryDef = {
  id: 'anything',
  labels: { fi: 'Mikä tahansa', sv: 'Vad som helst', en: 'Anything' },
  attributes: ['price', 'brand', 'color', 'weight'],
  suggestions: [{ key: 'price', operator: 'at-most', value: 100, importance: 'must' }],
  // Never detected from a page: it is what a shopper falls back on.
  words: aliases('', '', '', ''),
};
