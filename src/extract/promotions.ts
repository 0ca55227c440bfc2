// Placeholder until the listings work lands (helper D owns this file).
import type { Budget } from './budget.ts';
import type { Promotion } from './types.ts';

/** Promotion signals inside `root` (a product area or a card), each with its exact text. */
export function findPromotions(_root: Element, _budget: Budget): Promotion[] {
  return [];
}
