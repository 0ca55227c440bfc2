import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NeedsProfileSchema } from '../schema/needs.ts';
import * as v from 'valibot';
import { CATEGORIES } from './profiles.ts';
import { duplicateOf, newDraft, nextAttribute, operatorsFor, readDraft, readNumber, templateFor, toDraft, unitsFor, withSuggestions, type Draft } from './requirements.ts';
import { profile } from '../../test/unit/support/fixtures.ts';
import fc from 'fast-check';
import { ATTRIBUTES } from '../core/vocabulary/index.ts';
import { MAX_QUANTITY, readProfile, shapeOf, type NeedField, type NeedProblemCode } from '../core/needs-check.ts';
import type { Requirement, RequirementValue } from '../core/needs.ts';

const NEED_FIELDS: NeedField[] = ['profile', 'id', 'name', 'category', 'requirements', 'requirement', 'attribute', 'op', 'value', 'unit', 'importance', 'weight', 'budget', 'currency', 'createdAt', 'updatedAt'];
const NEED_CODES: NeedProblemCode[] = ['missing', 'wrong-type', 'unknown', 'too-long', 'too-many', 'out-of-range', 'range-order', 'not-for-attribute'];

/** Any requirement over the whole vocabulary, sound or not: the check decides. */
const anyRequirement: fc.Arbitrary<Requirement> = fc
  .record({
    attribute: fc.constantFrom('text', ...ATTRIBUTES.map((a) => a.key)),
    pick: fc.nat(),
    n: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: MAX_QUANTITY, noNaN: true }), fc.constantFrom(-1, 1e308)),
    m: fc.integer({ min: 0, max: 5000 }),
    word: fc.string({ minLength: 1, maxLength: 12 }),
    unitPick: fc.nat(),
    importance: fc.constantFrom('must' as const, 'nice' as const),
    weight: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ attribute: key, pick, n, m, word, unitPick, importance, weight }) => {
    const ops = operatorsFor(key);
    const op = ops[pick % ops.length] ?? 'has';
    const ids = ATTRIBUTES.find((a) => a.key === key)?.values?.map((e) => e.id) ?? [word];
    const one = ids[pick % ids.length] ?? word;
    const shape = shapeOf(key, op);
    const value: RequirementValue =
      shape === 'none' ? { kind: 'none' }
      : shape === 'number' ? { kind: 'number', value: n }
      : shape === 'range' ? { kind: 'range', min: Math.min(n, m), max: Math.max(n, m) }
      : shape === 'choices' || op === 'oneOf' ? { kind: 'list', values: [...new Set([one, ids[(pick + 1) % ids.length] ?? one])] }
      : { kind: 'text', value: one };
    const units = unitsFor(key);
    return { id: 'r1', attribute: key, op, value, unit: units.length ? (units[unitPick % units.length] ?? null) : null, importance, weight };
  });

const messages = (lang: string) => JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('requirement editor logic', () => {
  it('offers the units of the attribute\'s own dimension, its own first', () => {
    expect(unitsFor('screen_size').slice(0, 2)).toEqual(['in', 'mm']);
    expect(unitsFor('screen_size')).toContain('cm');
    expect(unitsFor('storage')).toEqual(expect.arrayContaining(['GB', 'TB']));
    expect(unitsFor('resolution')).toEqual([]);
  });

  it('offers order comparisons only where the vocabulary has an order', () => {
    expect(operatorsFor('resolution')).toContain('atLeast');
    expect(operatorsFor('panel_type')).not.toContain('atLeast');
    expect(operatorsFor('text')).toEqual(['mentions']);
  });

  it('reads numbers as people type them and names what is wrong', () => {
    expect(readNumber('15,6')).toBe(15.6);
    expect(readNumber('1 000')).toBe(1000);
    expect(readNumber('-3')).toBeNull();
    const draft: Draft = { ...newDraft('screen_size'), text: 'big' };
    expect(readDraft(draft)).toEqual({ ok: false, error: 'errorValueNotNumber', field: 'value' });
    expect(readDraft({ ...draft, text: '' })).toMatchObject({ ok: false, error: 'errorValueMissing' });
    expect(readDraft({ ...draft, op: 'between', text: '60', text2: '50' })).toEqual({ ok: false, error: 'errorRangeOrder', field: 'value2' });
    expect(readDraft({ ...newDraft('hdr_formats') })).toMatchObject({ ok: false, error: 'errorChooseOne' });
  });

  it('turns every category template into valid requirements that survive the editor unchanged', () => {
    for (const c of CATEGORIES) {
      const template = templateFor(c);
      const saved = profile({ category: c, ...template });
      expect(v.safeParse(NeedsProfileSchema, saved).success, c).toBe(true);
      for (const r of template.requirements) {
        const again = readDraft(toDraft(r));
        expect(again, `${c} ${r.attribute}`).toEqual({ ok: true, requirement: r });
      }
    }
    expect(templateFor('tv').budget?.max).toBeGreaterThan(0);
    expect(templateFor('tv').requirements.map((r) => r.attribute)).toEqual(expect.arrayContaining(['screen_size', 'resolution', 'refresh_rate', 'hdmi21_ports']));
  });

  it('duplicates a profile under a new id without sharing its requirements', () => {
    const original = profile({ requirements: templateFor('tv').requirements });
    const copy = duplicateOf(original, 'Copy', 5);
    expect(copy.id).not.toBe(original.id);
    copy.requirements[0]!.weight = 5;
    expect(original.requirements[0]!.weight).not.toBe(5);
  });

  it('has text for every operator, weight, field and import problem in each language', () => {
    const keys = [
      ...['atLeast', 'atMost', 'between', 'equals', 'oneOf', 'has', 'mentions'].map((o) => `op_${o}`),
      ...[1, 2, 3, 4, 5].map((w) => `weight_${w}`),
      ...['too_large', 'not_json', 'wrong_format', 'newer_version', 'invalid', 'duplicate_id', 'too_many'].map((c) => `importProblem_${c}`),
      ...['name', 'category', 'requirements', 'budget'].map((f) => `field_${f}`),
      ...NEED_FIELDS.map((f) => `field_${f}`),
      ...NEED_CODES.map((c) => `problem_${c.replace(/-/g, '_')}`),
    ];
    for (const lang of ['en', 'fi', 'sv']) for (const key of keys) expect(messages(lang), `${lang} ${key}`).toHaveProperty(key);
  });
});

describe('suggestions beside her own rows', () => {
  it('keeps every row she made, values included, and adds only attributes she has no row for', () => {
    const own = { ...newDraft('screen_size'), text: '65' };
    const suggested = templateFor('tv').requirements.map(toDraft);
    const merged = withSuggestions([own], suggested);
    expect(merged[0]).toBe(own);
    expect(merged.filter((d) => d.attribute === 'screen_size')).toHaveLength(1);
    expect(merged.length).toBe(1 + suggested.filter((s) => s.attribute !== 'screen_size').length);
    expect(merged.length).toBeGreaterThan(1);
  });

  it('starts a new row with an attribute the profile does not have yet', () => {
    const first = nextAttribute('tv', []);
    expect(first).toBeDefined();
    const second = nextAttribute('tv', [newDraft(first!)]);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
  });
});

describe('a profile the check accepts always opens in the editor', () => {
  it('saves back unchanged from the editor, whatever requirement it holds', () => {
    fc.assert(
      fc.property(anyRequirement, (requirement) => {
        const read = readProfile(profile({ requirements: [requirement] }));
        if (!read.ok) return;
        const stored = read.profile.requirements[0] as Requirement;
        // Numbers come back as the editor shows and reads them.
        expect(readDraft(toDraft(stored))).toEqual({ ok: true, requirement: stored });
      }),
      { numRuns: 500, seed: 15_10 },
    );
  });

  it('refuses in the editor what an import refuses', () => {
    const big = { ...newDraft('screen_size'), text: '2000000' };
    const checked = readDraft(big);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toMatchObject({ field: 'value', code: 'out-of-range', found: '2000000' });
    expect(readProfile(profile({ requirements: [{ ...newDraft('screen_size'), op: 'atLeast', value: { kind: 'number', value: 2_000_000 }, unit: 'in', id: 'r1', importance: 'must', weight: 2 } as Requirement] })).ok).toBe(false);
  });
});
