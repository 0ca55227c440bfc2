import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NeedsProfileSchema } from '../schema/needs.ts';
import * as v from 'valibot';
import { CATEGORIES } from './profiles.ts';
import { duplicateOf, newDraft, nextAttribute, operatorsFor, readDraft, readNumber, templateFor, toDraft, unitsFor, withSuggestions, type Draft } from './requirements.ts';
import { profile } from '../../test/unit/support/fixtures.ts';

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

  it('has text for every operator, weight and import problem in both languages', () => {
    const keys = [
      ...['atLeast', 'atMost', 'between', 'equals', 'oneOf', 'has', 'mentions'].map((o) => `op_${o}`),
      ...[1, 2, 3, 4, 5].map((w) => `weight_${w}`),
      ...['too_large', 'not_json', 'wrong_format', 'newer_version', 'invalid', 'duplicate_id', 'too_many'].map((c) => `importProblem_${c}`),
      ...['name', 'category', 'requirements', 'budget'].map((f) => `field_${f}`),
    ];
    for (const lang of ['en', 'fi']) for (const key of keys) expect(messages(lang), `${lang} ${key}`).toHaveProperty(key);
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
