/**
 * One requirement against one stated value: met, unmet, or unknown when the two cannot be
 * compared (units of another dimension, a value the vocabulary does not know). Numbers are
 * compared in the fact's unit; enums with an order (resolution, HDMI version, energy class)
 * by that order, worst first.
 */
import type { Operator, RequirementValue } from './needs.ts';
import { convert, unitFor, type UnitId } from './units.ts';
import { attribute, compareEnum } from './vocabulary/index.ts';

export type RowStatus = 'met' | 'unmet' | 'unknown';

const MAX_TEXT = 2000;

/** Lowercase without accents or punctuation, bounded: "Dolby Vision®" and "dolby vision" meet. */
export function fold(text: string): string {
  return ` ${text
    .slice(0, MAX_TEXT)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}+.]+/gu, ' ')
    .trim()} `;
}

const met = (ok: boolean): RowStatus => (ok ? 'met' : 'unmet');

/** The requirement's numbers: one for most operators, two for between, several for one-of. */
function numbersOf(value: RequirementValue): number[] {
  switch (value.kind) {
    case 'number':
      return [value.value];
    case 'range':
      return [value.min, value.max];
    case 'list':
      return value.values.map(Number).filter(Number.isFinite);
    case 'text':
      return [Number(value.value)].filter(Number.isFinite);
    default:
      return [];
  }
}

function textsOf(value: RequirementValue): string[] {
  switch (value.kind) {
    case 'text':
      return [value.value];
    case 'list':
      return value.values;
    case 'number':
      return [String(value.value)];
    default:
      return [];
  }
}

/**
 * A number against a number requirement. `tolerance` is relative: a figure converted from
 * another unit carries the shop's rounding ("139 cm" for a 55" screen), so it gets 1%.
 */
export function compareNumber(op: Operator, actual: number, value: RequirementValue, tolerance = 1e-9): RowStatus {
  const wanted = numbersOf(value);
  const [a, b] = wanted;
  if (a === undefined && op !== 'has') return 'unknown';
  const slack = (x: number) => Math.max(Math.abs(x) * tolerance, 1e-9);
  switch (op) {
    case 'atLeast':
      return met(actual >= (a as number) - slack(a as number));
    case 'atMost':
      return met(actual <= (a as number) + slack(a as number));
    case 'between': {
      const low = Math.min(a as number, b ?? (a as number));
      const high = Math.max(a as number, b ?? (a as number));
      return met(actual >= low - slack(low) && actual <= high + slack(high));
    }
    case 'equals':
    case 'oneOf':
      return met(wanted.some((x) => Math.abs(actual - x) <= slack(x)));
    case 'has':
      return met(actual > 0);
    default:
      return 'unknown';
  }
}

/**
 * The requirement's value moved into the fact's unit, so both sides read alike. A bare
 * number is in the attribute's own unit; a unit of another dimension cannot be compared.
 */
export function inUnit(value: RequirementValue, from: string | null, to: UnitId | null): RequirementValue | null {
  const source = from ? unitFor(from) : null;
  if (!source || !to || source === to) return value;
  const move = (n: number) => convert(n, source, to);
  switch (value.kind) {
    case 'number': {
      const n = move(value.value);
      return n === null ? null : { kind: 'number', value: n };
    }
    case 'range': {
      const min = move(value.min);
      const max = move(value.max);
      return min === null || max === null ? null : { kind: 'range', min, max };
    }
    default:
      return value;
  }
}

/** An enum value against the requirement; ordered enums compare by rank. */
export function compareEnumValue(key: string, op: Operator, actual: string, value: RequirementValue): RowStatus {
  const def = attribute(key);
  const wanted = textsOf(value).map((w) => w.toLowerCase());
  const own = actual.toLowerCase();
  const ordered = Boolean(def?.ordered);
  // Ordered ids keep their case in the table ("A+++"); compare against the table's own spelling.
  const id = (s: string) => def?.values?.find((v) => v.id.toLowerCase() === s)?.id ?? s;
  const rank = (x: string) => compareEnum(key, id(own), id(x));
  if (ordered && (op === 'atLeast' || op === 'atMost' || op === 'between')) {
    const [a, b] = wanted;
    if (a === undefined) return 'unknown';
    const ra = rank(a);
    if (ra === null) return 'unknown';
    if (op === 'atLeast') return met(ra >= 0);
    if (op === 'atMost') return met(ra <= 0);
    const rb = rank(b ?? a);
    return rb === null ? 'unknown' : met((ra >= 0 && rb <= 0) || (ra <= 0 && rb >= 0));
  }
  return met(wanted.includes(own));
}

/** A list value ("hdr10,hdr10+,hlg"): has means every wanted one, one-of any of them. */
export function compareList(op: Operator, actual: string, value: RequirementValue): RowStatus {
  const have = new Set(actual.toLowerCase().split(',').map((s) => s.trim()).filter(Boolean));
  const wanted = textsOf(value).map((w) => w.toLowerCase());
  if (wanted.length === 0) return met(have.size > 0);
  if (op === 'oneOf') return met(wanted.some((w) => have.has(w)));
  if (op === 'equals') return met(wanted.length === have.size && wanted.every((w) => have.has(w)));
  return met(wanted.every((w) => have.has(w)));
}

const NO = new Set(['no', 'false', 'ei', 'nej', 'nein', '0']);

export function compareBoolean(op: Operator, actual: boolean, value: RequirementValue): RowStatus {
  const wantsNo = op === 'equals' && textsOf(value).some((t) => NO.has(t.trim().toLowerCase()));
  return met(actual === !wantsNo);
}

/** Text (brand, processor): equals and one-of are whole-value matches, the rest "contains". */
export function compareText(op: Operator, actual: string, value: RequirementValue): RowStatus {
  const own = fold(actual);
  const wanted = textsOf(value).map(fold).filter((w) => w.trim() !== '');
  if (wanted.length === 0) return 'unknown';
  if (op === 'equals' || op === 'oneOf') return met(wanted.some((w) => w === own));
  if (op === 'has' || op === 'mentions') return met(wanted.every((w) => own.includes(w)));
  return met(wanted.some((w) => own.includes(w)));
}
