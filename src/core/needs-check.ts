/**
 * What a needs profile may hold, decided once: the options page's editor, a needs-file import,
 * the "everything" import and the worker all ask `readProfile`. It checks the shape (the valibot
 * schema) and then the meaning against the vocabulary: a known attribute, an operator that
 * attribute has, a value of the form that operator takes, a sensible number, a unit of the
 * attribute's own kind. A unit written as a word ("tuumaa", "inch") is mapped to its id when
 * that is unambiguous; anything else is refused with a problem the UI words in the
 * shopper's language ("Profile 'Living-room TV', requirement 2: unknown comparison 'roughly'").
 */
import * as v from 'valibot';
import { LIMITS, type NeedsProfile, type Operator, type Requirement } from './needs.ts';
import { UNIT_IDS, dimensionOf, unitFor, type UnitId } from './units.ts';
import { CATEGORY_IDS, attribute } from './vocabulary/index.ts';
import { NeedsProfileSchema, RequirementSchema } from '../schema/needs.ts';

/** The attribute of a free "must mention these words" requirement. */
export const MENTION = 'text';

/** The currencies a budget can be in: the editor offers exactly these. */
export const BUDGET_CURRENCIES = ['EUR', 'SEK', 'NOK', 'DKK', 'USD', 'GBP', 'PLN', 'CHF'] as const;

/** No screen, drive, battery or motor a shop sells comes near this in the shopper's own unit. */
export const MAX_QUANTITY = 1_000_000;

export type ValueShape = 'number' | 'range' | 'choice' | 'choices' | 'text' | 'none';

/** The comparisons an attribute offers, the first being the one a new row starts with. */
export function operatorsFor(key: string): Operator[] {
  if (key === MENTION) return ['mentions'];
  const def = attribute(key);
  switch (def?.kind) {
    case 'number':
      return def.count ? ['atLeast', 'atMost', 'between', 'equals', 'has'] : ['atLeast', 'atMost', 'between', 'equals'];
    case 'enum':
      return def.ordered ? ['atLeast', 'atMost', 'equals', 'oneOf'] : ['equals', 'oneOf'];
    case 'list':
      return ['has', 'oneOf'];
    case 'boolean':
      return ['has'];
    default:
      return ['has', 'equals', 'oneOf'];
  }
}

/** The form of value an attribute takes under an operator. */
export function shapeOf(key: string, op: Operator): ValueShape {
  const def = attribute(key);
  if (op === 'has' && (def?.kind === 'boolean' || def?.kind === 'number')) return 'none';
  if (def?.kind === 'enum' || def?.kind === 'list') return op === 'oneOf' || def.kind === 'list' ? 'choices' : 'choice';
  if (def?.kind === 'number') return op === 'between' ? 'range' : 'number';
  return 'text';
}

/** Units of the attribute's own dimension, its own unit first; none for counts and enums. */
export function unitsFor(key: string): UnitId[] {
  const own = attribute(key)?.unit;
  if (!own) return [];
  return [own, ...UNIT_IDS.filter((u) => u !== own && dimensionOf(u) === dimensionOf(own))];
}

export type NeedField =
  | 'profile' | 'id' | 'name' | 'category' | 'requirements' | 'requirement' | 'attribute' | 'op' | 'value'
  | 'unit' | 'importance' | 'weight' | 'budget' | 'currency' | 'createdAt' | 'updatedAt';

export type NeedProblemCode =
  /** Absent or empty. */
  | 'missing'
  /** Not the kind of thing the field holds (a text where a number goes). */
  | 'wrong-type'
  /** A word the field does not know ("roughly" as a comparison, "parsec" as a unit). */
  | 'unknown'
  | 'too-long'
  | 'too-many'
  /** A number that is negative, infinite or absurdly large. */
  | 'out-of-range'
  /** A range whose lower end is above its upper end. */
  | 'range-order'
  /** Something that does not apply to this attribute: a unit of another kind, "between" on a colour, a list for "at least". */
  | 'not-for-attribute';

export interface NeedProblem {
  /** The requirement's position in the profile, from 0; null for the profile's own fields. */
  requirement: number | null;
  field: NeedField;
  code: NeedProblemCode;
  /** What the file or the form held, as written, cut short; null when nothing was there. */
  found: string | null;
  /** The requirement's attribute, for problems that name it. */
  attribute?: string;
}

export type ProfileReading = { ok: true; profile: NeedsProfile } | { ok: false; problems: NeedProblem[] };

const MAX_FOUND = 40;
const MAX_PROBLEMS = 20;

/** A value as written, for a message: short, on one line. */
export function shown(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_FOUND ? `${line.slice(0, MAX_FOUND - 1)}…` : line;
}

const FIELDS = new Set<string>(['id', 'name', 'category', 'requirements', 'attribute', 'op', 'value', 'unit', 'importance', 'weight', 'budget', 'currency', 'createdAt', 'updatedAt']);

type Issue = v.BaseIssue<unknown>;

/** Which requirement and field a schema issue is about, from its path. */
function placeOf(issue: Issue): Pick<NeedProblem, 'requirement' | 'field'> {
  const keys = (issue.path ?? []).map((p) => p.key);
  let requirement: number | null = null;
  let field: NeedField = 'profile';
  for (const [i, key] of keys.entries()) {
    if (key === 'requirements' && typeof keys[i + 1] === 'number') {
      requirement = keys[i + 1] as number;
      field = 'requirement';
    } else if (key === 'value' && requirement !== null) {
      // A value's inner parts ("min", "values") are still the value.
      field = 'value';
      break;
    } else if (typeof key === 'string' && FIELDS.has(key)) {
      field = key as NeedField;
    }
  }
  return { requirement, field };
}

/** A schema issue as a problem the shopper can act on: never the validator's own words. */
function problemOfIssue(issue: Issue): NeedProblem {
  const place = placeOf(issue);
  const found = shown(issue.input);
  const is = (...types: string[]) => types.includes(issue.type);
  let code: NeedProblemCode;
  if (issue.input === undefined || (is('min_length') && (issue.input === '' || Array.isArray(issue.input)))) code = 'missing';
  else if (is('max_length')) code = Array.isArray(issue.input) ? 'too-many' : 'too-long';
  else if (is('picklist', 'literal', 'variant', 'regex')) code = 'unknown';
  else if (is('finite', 'min_value', 'max_value', 'gt_value', 'integer')) code = 'out-of-range';
  else if (is('check')) code = 'range-order';
  else code = 'wrong-type';
  return { ...place, code, found: code === 'missing' ? null : found };
}

/** The value's numbers, each of which must be sensible. */
function numbersOf(requirement: Requirement): number[] {
  const value = requirement.value;
  return value.kind === 'number' ? [value.value] : value.kind === 'range' ? [value.min, value.max] : [];
}

const SHAPE_KIND: Record<ValueShape, string[]> = {
  none: ['none'],
  number: ['number'],
  range: ['range'],
  choice: ['text'],
  choices: ['list'],
  text: ['text', 'list'],
};

/**
 * A structurally sound requirement checked against the vocabulary; its unit comes back as a
 * unit id when it was written as a word.
 */
export function checkRequirement(requirement: Requirement, index: number | null = null): { requirement: Requirement; problems: NeedProblem[] } {
  const problems: NeedProblem[] = [];
  const at = (field: NeedField, code: NeedProblemCode, found: unknown): void => {
    problems.push({ requirement: index, field, code, found: shown(found), attribute: requirement.attribute });
  };
  const key = requirement.attribute;
  const def = attribute(key);
  if (key !== MENTION && (!def || def.composite)) {
    at('attribute', 'unknown', key);
    return { requirement, problems };
  }
  if (!operatorsFor(key).includes(requirement.op)) {
    at('op', 'not-for-attribute', requirement.op);
    return { requirement, problems };
  }
  const shape = shapeOf(key, requirement.op);
  if (!SHAPE_KIND[shape].includes(requirement.value.kind)) {
    if (requirement.value.kind === 'none') at('value', 'missing', null);
    else at('value', 'not-for-attribute', requirement.value.kind === 'text' ? requirement.value.value : requirement.value);
    return { requirement, problems };
  }
  for (const n of numbersOf(requirement)) {
    if (n < 0 || n > MAX_QUANTITY) {
      at('value', 'out-of-range', n);
      break;
    }
  }
  let value = requirement.value;
  // Six decimals are more than any shop states; beyond them a number could not be typed back.
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  if (value.kind === 'number') value = { kind: 'number', value: round(value.value) };
  if (value.kind === 'range') value = { kind: 'range', min: round(value.min), max: round(value.max) };
  if (!def?.values && (value.kind === 'text' || value.kind === 'list')) {
    // Free words are kept as the editor keeps them: trimmed, and a list split at its commas.
    const words = (value.kind === 'text' ? [value.value] : value.values.flatMap((w) => w.split(','))).map((w) => w.trim()).filter(Boolean);
    if (words.length === 0) at('value', 'missing', null);
    else value = value.kind === 'text' ? { kind: 'text', value: value.value.trim() } : { kind: 'list', values: words.slice(0, 30) };
  }
  if (def?.values && (value.kind === 'text' || value.kind === 'list')) {
    // A value's id in another case ("4K" for "4k") is the same value; any other word is unknown.
    const canonical = (id: string) => def.values?.find((e) => e.id === id || e.id.toLowerCase() === id.toLowerCase())?.id;
    const ids = value.kind === 'text' ? [value.value] : value.values;
    const stranger = ids.find((id) => canonical(id) === undefined);
    if (stranger !== undefined) at('value', 'unknown', stranger);
    else value = value.kind === 'text' ? { kind: 'text', value: canonical(value.value) as string } : { kind: 'list', values: ids.map((id) => canonical(id) as string) };
  }
  let unit = requirement.unit;
  if (unit !== null) {
    const allowed = unitsFor(key);
    const id = (UNIT_IDS as readonly string[]).includes(unit) ? (unit as UnitId) : unitFor(unit);
    if (!id) at('unit', 'unknown', unit);
    else if (!allowed.includes(id)) at('unit', 'not-for-attribute', unit);
    else unit = id;
  }
  const same = unit === requirement.unit && JSON.stringify(value) === JSON.stringify(requirement.value);
  return { requirement: same ? requirement : { ...requirement, unit, value }, problems };
}

/** The profile's own fields beyond their shape: a known category and a budget currency the editor offers. */
function checkProfileFields(profile: NeedsProfile): NeedProblem[] {
  const problems: NeedProblem[] = [];
  if (!(CATEGORY_IDS as readonly string[]).includes(profile.category)) {
    problems.push({ requirement: null, field: 'category', code: 'unknown', found: shown(profile.category) });
  }
  if (profile.budget && !(BUDGET_CURRENCIES as readonly string[]).includes(profile.budget.currency)) {
    problems.push({ requirement: null, field: 'currency', code: 'unknown', found: shown(profile.budget.currency) });
  }
  return problems;
}

/**
 * Reads one profile from anywhere (a file, the editor, a message): its shape, then its
 * meaning. Every problem is reported, up to a bound; a profile comes back only when none.
 */
export function readProfile(data: unknown): ProfileReading {
  const parsed = v.safeParse(NeedsProfileSchema, data);
  if (!parsed.success) {
    // Beside the shape's problems, the meaning of every requirement that has its shape.
    const raw = (data as { requirements?: unknown } | null)?.requirements;
    const meaning = (Array.isArray(raw) ? raw.slice(0, LIMITS.requirementsPerProfile) : []).flatMap((r: unknown, i) => {
      const one = v.safeParse(RequirementSchema, r);
      return one.success ? checkRequirement(one.output as Requirement, i).problems : [];
    });
    const all = [...parsed.issues.map(problemOfIssue), ...meaning];
    const order = (p: NeedProblem) => p.requirement ?? -1;
    return { ok: false, problems: all.sort((a, b) => order(a) - order(b)).slice(0, MAX_PROBLEMS) };
  }
  const profile = parsed.output as NeedsProfile;
  const problems = checkProfileFields(profile);
  const requirements = profile.requirements.map((r, i) => {
    const checked = checkRequirement(r, i);
    problems.push(...checked.problems);
    return checked.requirement;
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, profile: { ...profile, requirements } };
}

/** The profile's name as the file wrote it, when it has a usable one, to say which profile a problem is in. */
export function nameOf(data: unknown): string | null {
  const name = typeof data === 'object' && data !== null ? (data as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? shown(name.trim()) : null;
}

const CODE_WORDS: Record<NeedProblemCode, string> = {
  missing: 'is missing',
  'wrong-type': 'is not valid',
  unknown: 'is not known',
  'too-long': 'is too long',
  'too-many': 'has too many entries',
  'out-of-range': 'is not a sensible number',
  'range-order': 'has its lower end above its upper end',
  'not-for-attribute': 'does not apply to',
};

/** A problem in plain English, for the command line and logs; the UI words it in the shopper's language. */
export function problemInEnglish(p: NeedProblem): string {
  const where = p.requirement === null ? '' : `requirement ${p.requirement + 1}: `;
  const what = `${p.field}${p.found === null ? '' : ` "${p.found}"`} ${CODE_WORDS[p.code]}`;
  return `${where}${what}${p.code === 'not-for-attribute' && p.attribute ? ` "${p.attribute}"` : ''}`;
}
