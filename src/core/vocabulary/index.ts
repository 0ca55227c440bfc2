/**
 * The vocabulary: categories and their attributes, as one table for the spec normaliser,
 * the needs model and matching.
 */
import type { CategoryDef, CategoryId } from './types.ts';
import { TV } from './tv.ts';
import { MONITOR } from './monitor.ts';
import { LAPTOP } from './laptop.ts';
import { PHONE } from './phone.ts';
import { TABLET } from './tablet.ts';
import { HEADPHONES } from './headphones.ts';
import { WASHING_MACHINE } from './washing-machine.ts';
import { VACUUM_CLEANER } from './vacuum-cleaner.ts';
import { ANYTHING } from './anything.ts';
import { detectCategoryOf, type Detected } from './detect.ts';

export type * from './types.ts';
export {
  ATTRIBUTES, attribute, enumOrder, compareEnum, enumValue, RESOLUTION_ORDER, HDMI_VERSION_ORDER, ENERGY_CLASS_ORDER,
} from './attributes.ts';
export { attributeForLabel, foldText, type LabelMatch, type Side } from './labels.ts';
export { parseResolution, type Resolution } from './values.ts';

export const CATEGORIES: readonly CategoryDef[] = [
  TV, MONITOR, LAPTOP, PHONE, TABLET, HEADPHONES, WASHING_MACHINE, VACUUM_CLEANER, ANYTHING,
];

export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

export function category(id: CategoryId): CategoryDef {
  return CATEGORIES.find((c) => c.id === id) ?? ANYTHING;
}

/**
 * The category a product's texts name (breadcrumbs, JSON-LD category, title), or null when
 * none or two tie; the needs model then falls back on "anything".
 */
export function categoryFor(texts: string[]): CategoryId | null {
  return detectCategoryOf(CATEGORIES, Array.isArray(texts) ? texts : []).category;
}

/** As `categoryFor`, also telling an accessory or another kind ("remote for TV", "desktop PC") from a text that names no kind. */
export function detectKindOf(texts: string[]): Detected {
  return detectCategoryOf(CATEGORIES, Array.isArray(texts) ? texts : []);
}
export type { Detected };
