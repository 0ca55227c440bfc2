/**
 * The requirement editor's logic, DOM-free: which operators and units an attribute offers,
 * a row as the shopper types it (a draft), and turning a draft into a stored requirement
 * with a message key for whatever is wrong. Templates come from the vocabulary's suggestions.
 */
import { LIMITS, newProfileId, type NeedsProfile, type Operator, type Requirement, type RequirementValue } from '../core/needs.ts';
import { MENTION, checkRequirement, operatorsFor, shapeOf, unitsFor, type NeedProblem } from '../core/needs-check.ts';
export { MENTION, operatorsFor, shapeOf, unitsFor, type ValueShape } from '../core/needs-check.ts';
import { attribute, category, type AttributeDef, type CategoryId, type SuggestedRequirement } from '../core/vocabulary/index.ts';

export interface Draft {
  id: string;
  attribute: string;
  op: Operator;
  /** The value as typed: a number, a text, or the lower end of a range. */
  text: string;
  /** The upper end of a range. */
  text2: string;
  /** Chosen enum or list ids. */
  choices: string[];
  unit: string | null;
  importance: 'must' | 'nice';
  weight: number;
}

/** Attributes a requirement can be about in a category; the price is the budget field. */
export function attributesFor(categoryId: string): AttributeDef[] {
  const keys = category(categoryId as CategoryId).attributes.filter((k) => k !== 'price');
  return keys.map(attribute).filter((a): a is AttributeDef => a !== null && !a.composite);
}

export function newDraft(key: string, random: () => number = Math.random): Draft {
  const op = operatorsFor(key)[0] ?? 'has';
  const def = attribute(key);
  return {
    id: `r-${Math.floor(random() * 1e9).toString(36)}-${Date.now().toString(36)}`,
    attribute: key, op, text: '', text2: '', choices: [], unit: unitsFor(key)[0] ?? null,
    importance: 'must', weight: 2,
    ...(def?.kind === 'enum' && def.values?.[0] && op !== 'oneOf' ? { choices: [def.values[0].id] } : {}),
  };
}

/** Reads "55", "15,6" or "1 000" as a number; null when it is not one. */
export function readNumber(text: string): number | null {
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** `error` is a message key for what the typing got wrong; `problem`, what the shared profile check refused. */
export type Checked = { ok: true; requirement: Requirement } | { ok: false; error: string; field: 'value' | 'value2'; problem?: NeedProblem };

/** A draft as a requirement, or the message key of the first thing wrong with it. */
export function readDraft(draft: Draft): Checked {
  const base = { id: draft.id, attribute: draft.attribute, op: draft.op, unit: draft.unit, importance: draft.importance, weight: draft.weight };
  const fail = (error: string, field: 'value' | 'value2' = 'value'): Checked => ({ ok: false, error, field });
  let value: RequirementValue;
  switch (shapeOf(draft.attribute, draft.op)) {
    case 'none':
      value = { kind: 'none' };
      break;
    case 'number': {
      if (draft.text.trim() === '') return fail('errorValueMissing');
      const n = readNumber(draft.text);
      if (n === null) return fail('errorValueNotNumber');
      value = { kind: 'number', value: n };
      break;
    }
    case 'range': {
      const min = readNumber(draft.text);
      const max = readNumber(draft.text2);
      if (draft.text.trim() === '') return fail('errorValueMissing');
      if (min === null) return fail('errorValueNotNumber');
      if (draft.text2.trim() === '') return fail('errorValueMissing', 'value2');
      if (max === null) return fail('errorValueNotNumber', 'value2');
      if (min > max) return fail('errorRangeOrder', 'value2');
      value = { kind: 'range', min, max };
      break;
    }
    case 'choice':
      if (!draft.choices[0]) return fail('errorChooseOne');
      value = { kind: 'text', value: draft.choices[0] };
      break;
    case 'choices':
      if (draft.choices.length === 0) return fail('errorChooseOne');
      value = { kind: 'list', values: draft.choices.slice(0, 30) };
      break;
    default: {
      const words = draft.op === 'oneOf' ? draft.text.split(',').map((w) => w.trim()).filter(Boolean) : [draft.text.trim()];
      if (words.length === 0 || words[0] === '') return fail('errorValueMissing');
      if (words.some((w) => w.length > 200)) return fail('errorTextTooLong');
      value = draft.op === 'oneOf' ? { kind: 'list', values: words.slice(0, 30) } : { kind: 'text', value: words[0] as string };
    }
  }
  // Then the same check an import gets: a sensible number, a unit of the attribute's kind.
  const checked = checkRequirement({ ...base, value });
  const problem = checked.problems[0];
  if (problem) return { ok: false, error: 'errorRequirementsInvalid', field: 'value', problem };
  return { ok: true, requirement: checked.requirement };
}

/** A stored requirement back as a draft the editor shows. */
export function toDraft(r: Requirement): Draft {
  const v = r.value;
  return {
    id: r.id, attribute: r.attribute, op: r.op, unit: r.unit, importance: r.importance, weight: r.weight,
    text: v.kind === 'number' ? String(v.value) : v.kind === 'range' ? String(v.min) : v.kind === 'text' ? v.value : v.kind === 'list' && !attribute(r.attribute)?.values ? v.values.join(', ') : '',
    text2: v.kind === 'range' ? String(v.max) : '',
    choices: v.kind === 'text' && attribute(r.attribute)?.values ? [v.value] : v.kind === 'list' && attribute(r.attribute)?.values ? v.values : [],
  };
}

const OPERATOR_OF: Record<SuggestedRequirement['operator'], Operator> = {
  'at-least': 'atLeast', 'at-most': 'atMost', between: 'between', equals: 'equals', 'one-of': 'oneOf', has: 'has',
};

function fromSuggestion(s: SuggestedRequirement, i: number): Requirement {
  const v = s.value;
  const value: RequirementValue =
    Array.isArray(v) && typeof v[0] === 'number' ? { kind: 'range', min: v[0], max: Number(v[1]) }
    : Array.isArray(v) ? { kind: 'list', values: v.map(String) }
    : typeof v === 'number' ? { kind: 'number', value: v }
    : typeof v === 'string' ? { kind: 'text', value: v }
    : { kind: 'none' };
  return { id: `r-t${i}`, attribute: s.key, op: OPERATOR_OF[s.operator], value, unit: s.unit ?? null, importance: s.importance, weight: s.weight ?? 2 };
}

/** A category's template: its suggested requirements, and its suggested price as the budget. */
export function templateFor(categoryId: string): Pick<NeedsProfile, 'requirements' | 'budget'> {
  const suggestions = category(categoryId as CategoryId).suggestions;
  const price = suggestions.find((s) => s.key === 'price' && typeof s.value === 'number');
  return {
    requirements: suggestions.filter((s) => s.key !== 'price').map(fromSuggestion),
    budget: price ? { max: price.value as number, currency: 'EUR' } : null,
  };
}

/** A copy the shopper can change without touching the original. */
export function duplicateOf(profile: NeedsProfile, name: string, now: number): NeedsProfile {
  return { ...structuredClone(profile), id: newProfileId(), name: name.slice(0, 80), createdAt: now, updatedAt: now };
}

/**
 * The category's suggestions added beside the shopper's own rows: hers are kept as they are,
 * and a suggestion for an attribute she already has a row for is left out.
 */
export function withSuggestions(drafts: readonly Draft[], suggested: readonly Draft[], limit: number = LIMITS.requirementsPerProfile): Draft[] {
  const have = new Set(drafts.map((d) => d.attribute));
  return [...drafts, ...suggested.filter((s) => s.attribute === MENTION || !have.has(s.attribute))].slice(0, Math.max(limit, drafts.length));
}

/** The attribute a new row starts with: the first of the category's the profile has no row for yet. */
export function nextAttribute(categoryId: string, drafts: readonly Draft[]): string | undefined {
  const have = new Set(drafts.map((d) => d.attribute));
  const all = attributesFor(categoryId);
  return (all.find((a) => !have.has(a.key)) ?? all[0])?.key;
}
