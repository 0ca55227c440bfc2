/** Compact builders for the vocabulary tables: alias lists are written as "a|b|c" strings. */
import type { Aliases, EnumValue, Labels } from './types.ts';

const split = (list: string): string[] => list.split('|').map((s) => s.trim()).filter(Boolean);

export function aliases(fi: string, sv: string, en: string, de: string): Aliases {
  return { fi: split(fi), sv: split(sv), en: split(en), de: split(de) };
}

/** A value's name as [fi, sv, en], or one string for a name every language writes alike ("OLED", "HDMI 2.1"). */
export type ValueName = string | readonly [fi: string, sv: string, en: string];

export function value(id: string, name: ValueName, match: string): EnumValue {
  const [fi, sv, en] = typeof name === 'string' ? [name, name, name] : name;
  const labels: Labels = { fi, sv, en };
  return { id, labels, match: split(match) };
}
