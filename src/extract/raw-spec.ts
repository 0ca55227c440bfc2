/**
 * A spec row as the page printed it. Extraction keeps label and value only; what they mean
 * (key, number, unit) is worked out by src/core/interpret.ts outside the shop's tab, so the
 * content script carries no vocabulary tables.
 */
import type { Spec } from '../contract/analysis.ts';

export function rawSpec(label: string, raw: string): Spec {
  return { key: null, value: null, unit: null, label: label.slice(0, 200), raw: raw.slice(0, 500) };
}
