// Placeholder until the spec normaliser lands (helper B owns this file).
import type { Spec } from '../extract/types.ts';

/** Normalises one raw spec pair into a canonical attribute, keeping the raw label and value. */
export function normaliseSpec(label: string, raw: string): Spec {
  return { key: null, value: null, unit: null, label, raw };
}

/** Specs carried by free text such as a card title: '55" 4K 120 Hz', '16 GB / 512 GB'. */
export function specsFromText(_text: string): Spec[] {
  return [];
}
