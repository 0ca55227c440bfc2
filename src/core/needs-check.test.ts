import { describe, expect, it } from 'vitest';
import { MAX_QUANTITY, readProfile, type NeedProblem } from './needs-check.ts';
import type { Requirement } from './needs.ts';
import { profile } from '../../test/unit/support/fixtures.ts';

const size = (patch: Partial<Requirement> = {}): Requirement => ({
  id: 'r1', attribute: 'screen_size', op: 'atLeast', value: { kind: 'number', value: 55 }, unit: 'in', importance: 'must', weight: 2, ...patch,
});

/** The problems of a profile with these requirements, or [] when it reads. */
function problems(requirements: unknown[], patch: Record<string, unknown> = {}): NeedProblem[] {
  const read = readProfile({ ...profile(), requirements, ...patch });
  return read.ok ? [] : read.problems;
}

describe('readProfile: one check for the editor, the needs file, the data file and the worker', () => {
  it('accepts a sound profile as it is', () => {
    const sound = profile({ requirements: [size()] });
    expect(readProfile(sound)).toEqual({ ok: true, profile: sound });
  });

  it('names the requirement and the field of a structural problem, with what was written', () => {
    expect(problems([size(), size({ id: 'r2', op: 'roughly' as never })])).toEqual([{ requirement: 1, field: 'op', code: 'unknown', found: 'roughly' }]);
    expect(problems([{ ...size(), unit: undefined }])).toEqual([{ requirement: 0, field: 'unit', code: 'missing', found: null }]);
    expect(problems([], { name: '  ' })).toEqual([{ requirement: null, field: 'name', code: 'missing', found: null }]);
    expect(problems([size({ value: { kind: 'number', value: '55' as never } })])).toEqual([{ requirement: 0, field: 'value', code: 'wrong-type', found: '55' }]);
    expect(problems([size({ op: 'between', value: { kind: 'range', min: 60, max: 50 } })])[0]).toMatchObject({ field: 'value', code: 'range-order' });
  });

  it('refuses negative, absurd and infinite sizes', () => {
    for (const value of [-55, 1e308, MAX_QUANTITY + 1]) {
      expect(problems([size({ value: { kind: 'number', value } })]), String(value)).toEqual([
        { requirement: 0, field: 'value', code: 'out-of-range', found: String(value), attribute: 'screen_size' },
      ]);
    }
    expect(problems([size({ value: { kind: 'number', value: Infinity } })])[0]).toMatchObject({ field: 'value', code: 'out-of-range' });
    expect(problems([size({ op: 'between', value: { kind: 'range', min: 40, max: 1e12 } })])[0]).toMatchObject({ code: 'out-of-range', found: '1000000000000' });
  });

  it('refuses unknown attributes, categories, units, values and currencies', () => {
    expect(problems([size({ attribute: 'telepathy' })])).toEqual([{ requirement: 0, field: 'attribute', code: 'unknown', found: 'telepathy', attribute: 'telepathy' }]);
    expect(problems([], { category: 'spaceships' })).toEqual([{ requirement: null, field: 'category', code: 'unknown', found: 'spaceships' }]);
    expect(problems([size({ unit: 'parsec' })])[0]).toMatchObject({ field: 'unit', code: 'unknown', found: 'parsec' });
    expect(problems([size({ attribute: 'resolution', op: 'atLeast', value: { kind: 'text', value: '16k' }, unit: null })])[0]).toMatchObject({ field: 'value', code: 'unknown', found: '16k' });
    expect(problems([], { budget: { max: 900, currency: 'JPY' } })).toEqual([{ requirement: null, field: 'currency', code: 'unknown', found: 'JPY' }]);
  });

  it('refuses what does not apply to the attribute', () => {
    expect(problems([size({ unit: 'kg' })])[0]).toMatchObject({ field: 'unit', code: 'not-for-attribute', found: 'kg', attribute: 'screen_size' });
    expect(problems([size({ attribute: 'resolution', op: 'between', value: { kind: 'range', min: 1, max: 2 }, unit: null })])[0]).toMatchObject({ field: 'op', code: 'not-for-attribute', found: 'between' });
    expect(problems([size({ value: { kind: 'list', values: ['55'] } })])[0]).toMatchObject({ field: 'value', code: 'not-for-attribute' });
    expect(problems([size({ value: { kind: 'none' } })])[0]).toMatchObject({ field: 'value', code: 'missing' });
  });

  it('maps a unit written as a word, and a value in another case, when that is unambiguous', () => {
    const read = readProfile(profile({ requirements: [size({ unit: 'tuumaa' }), size({ id: 'r2', attribute: 'resolution', value: { kind: 'text', value: '4K' }, unit: null }), size({ id: 'r3', unit: 'cm', value: { kind: 'number', value: 140 } })] }));
    expect(read.ok && read.profile.requirements.map((r) => [r.unit, r.value])).toEqual([
      ['in', { kind: 'number', value: 55 }],
      [null, { kind: 'text', value: '4k' }],
      ['cm', { kind: 'number', value: 140 }],
    ]);
  });

  it('reports every problem of a profile, bounded', () => {
    const bad = Array.from({ length: 30 }, (_, i) => size({ id: `r${i}`, unit: 'kg' }));
    expect(problems(bad)).toHaveLength(20);
  });
});
