import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsFile, planImport, profilesToWrite, readNeedsFile, readNeedsValue, serialiseNeedsFile } from './needs-file.ts';
import { profile } from '../../test/unit/support/fixtures.ts';

const example = readFileSync(new URL('../../test/needs/olohuoneen-tv.json', import.meta.url), 'utf8');
const withRequirement = profile({
  requirements: [{ id: 'r1', attribute: 'screen_size', op: 'atLeast', value: { kind: 'number', value: 55 }, unit: 'in', importance: 'must', weight: 1 }],
});

describe('needs file', () => {
  it('round-trips profiles through its text', () => {
    const text = serialiseNeedsFile(needsFile([withRequirement], Date.UTC(2025, 0, 31)));
    const read = readNeedsFile(text);
    expect(read).toEqual({ ok: true, file: { format: 'needfit-needs', version: 1, exportedAt: '2025-01-31T00:00:00.000Z', profiles: [withRequirement] } });
  });

  it('reads the documented example', () => {
    const read = readNeedsFile(example);
    expect(read.ok && read.file.profiles.map((p) => p.name)).toEqual(['Olohuoneen TV', 'Koulun läppäri']);
  });

  it.each([
    ['{ "format": ', 'not-json', ''],
    ['[1, 2]', 'wrong-format', ''],
    ['{"format": "needfit-data", "version": 1}', 'wrong-format', 'format'],
    ['{"format": "needfit-needs", "version": 2, "profiles": []}', 'newer-version', 'version'],
  ])('rejects %s as %s', (text, code, path) => {
    const read = readNeedsFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ code, path });
  });

  it('names the profile, the requirement and the field of each problem', () => {
    const data = JSON.parse(example);
    data.profiles[0].requirements[2].op = 'roughly';
    data.profiles[1].budget.max = -5;
    const read = readNeedsValue(data);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.path)).toEqual(['profiles.0.requirements.2.op', 'profiles.1.budget']);
    // Each names its profile and what is wrong, for the UI to word; the reason is plain English.
    expect(read.problems.map((p) => p.profile)).toEqual([
      { index: 0, name: 'Olohuoneen TV', problem: { requirement: 2, field: 'op', code: 'unknown', found: 'roughly' } },
      { index: 1, name: 'Koulun läppäri', problem: { requirement: null, field: 'budget', code: 'out-of-range', found: '-5' } },
    ]);
    expect(read.problems.map((p) => p.reason)).toEqual(['requirement 3: op "roughly" is not known', 'budget "-5" is not a sensible number']);
  });

  it('rejects two profiles with one id, and a file too large', () => {
    const twice = readNeedsValue(needsFile([withRequirement, withRequirement], 0));
    expect(twice.ok || twice.problems[0]).toMatchObject({ code: 'duplicate-id', path: 'profiles.1.id' });
    const many = readNeedsValue(needsFile(Array.from({ length: 51 }, (_, i) => ({ ...withRequirement, id: `p${i}` })), 0));
    expect(many.ok || many.problems[0]?.code).toBe('too-many');
    const huge = readNeedsFile(' '.repeat(1_000_001));
    expect(huge.ok || huge.problems[0]?.code).toBe('too-large');
  });
});

describe('import preview', () => {
  const stored = [profile({ id: 'a', name: 'Olohuoneen TV' }), profile({ id: 'b', name: 'Koulun läppäri', category: 'laptop', createdAt: 5 })];

  it('adds new profiles, replaces by id or else by name, and leaves identical ones alone', () => {
    const incoming = [
      profile({ id: 'a', name: 'Olohuoneen TV', budget: { max: 1200, currency: 'EUR' } }),
      profile({ id: 'other-machine', name: 'koulun läppäri', category: 'laptop', createdAt: 99 }),
      profile({ id: 'c', name: 'Kuulokkeet', category: 'headphones' }),
    ];
    const plan = planImport(stored, incoming);
    expect(plan.add.map((p) => p.id)).toEqual(['c']);
    expect(plan.replace.map((r) => [r.before.id, r.after.id, r.changed])).toEqual([['a', 'a', ['budget']], ['b', 'b', ['name']]]);
    expect(plan.replace[1]?.after.createdAt).toBe(5);
    expect(plan.total).toBe(3);
    expect(profilesToWrite(plan).map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(planImport(stored, [stored[0]!]).same).toHaveLength(1);
  });

  it('flags an import that would pass the profile limit', () => {
    const many = Array.from({ length: 49 }, (_, i) => profile({ id: `n${i}`, name: `Profiili ${i}` }));
    expect(planImport(stored, many).tooMany).toBe(true);
    expect(planImport(stored, many.slice(0, 48)).tooMany).toBe(false);
  });
});
