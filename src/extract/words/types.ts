/**
 * The words one language uses for promotions, shelves and prior prices. Data only: adding a
 * language means adding a file, never a branch in the code. Phrases match as whole words
 * inside a short label; `labels` match only when they are the label's entire text, for words
 * that are too common to trust inside a sentence ("Ad", "Mainos", "Anzeige").
 * In `patterns`, `#` stands for a number ("only # left" matches "Only 2 left in stock").
 */
import type { PromotionType } from '../../contract/analysis.ts';

export interface LanguageWords {
  /** ISO 639-1 code. */
  lang: string;
  phrases: Partial<Record<PromotionType, readonly string[]>>;
  labels?: Partial<Record<PromotionType, readonly string[]>>;
  patterns?: Partial<Record<PromotionType, readonly string[]>>;
  /** Headings of recommendation shelves and carousels, kept apart from the main results. */
  shelves: readonly string[];
  /** Words in front of a prior price ("was", "Ennen", "UVP"). */
  priorPrice: readonly string[];
  /** Words of the EU 30-day-low statement: a struck price with these is not a prior price. */
  lowest30d: readonly string[];
  /** Words of a from-price ("from $99", "alkaen 604 €"): the lowest of other offers or options, not this item's price. */
  fromPrice: readonly string[];
}
