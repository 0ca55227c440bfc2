/** Compact builders for the vocabulary tables: alias lists are written as "a|b|c" strings. */
import type { Aliases, EnumValue } from './types.ts';

const split = (list: string): string[] => list.split('|').map((s) => s.trim()).filter(Boolean);

export function aliases(fi: string, sv: string, en: string, de: string): Aliases {
  return { fi: split(fi), sv: split(sv), en: split(en), de: split(de) };
}

export function value(id: string, fi: string, en: string, match: string): EnumValue {
  return { id, labels: { fi, en }, match: split(match) };
}
