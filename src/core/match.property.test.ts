/** Properties of matching that must hold for any numbers, checked with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Operator, Requirement } from './needs.ts';
import type { Spec } from '../contract/analysis.ts';
import type { Offer } from './facts.ts';
import { FIT_RANK, matchOffer } from './match.ts';
import { convert, type UnitId } from './units.ts';
import { profile } from '../../test/unit/support/fixtures.ts';

const PAIRS: [UnitId, UnitId][] = [['cm', 'in'], ['TB', 'GB'], ['g', 'kg'], ['W', 'kW'], ['Hz', 'kHz'], ['mm', 'in'], ['lb', 'kg']];

/** Attributes with the unit the page states them in, and the operators a shopper uses on them. */
const ATTRS: { key: string; unit: UnitId | null }[] = [
  { key: 'screen_size', unit: 'in' }, { key: 'refresh_rate', unit: 'Hz' }, { key: 'weight', unit: 'kg' },
  { key: 'storage', unit: 'GB' }, { key: 'hdmi21_ports', unit: null }, { key: 'brightness', unit: 'nits' },
];

const spec = (key: string, value: number, unit: UnitId | null): Spec => ({ key, value, unit, label: key, raw: `${value}${unit ? ` ${unit}` : ''}` });

const offerOf = (values: number[], price: number): Offer => ({
  name: null, brand: null, category: [], price: { amount: price, currency: 'EUR' },
  specs: ATTRS.map((a, i) => spec(a.key, values[i] ?? 0, a.unit)),
  specsSource: 'visible', nameSource: null, priceSource: 'visible',
});

const requirementArb = fc.record({
  attr: fc.integer({ min: 0, max: ATTRS.length - 1 }),
  op: fc.constantFrom<Operator>('atLeast', 'atMost', 'between'),
  a: fc.integer({ min: 0, max: 200 }),
  b: fc.integer({ min: 0, max: 200 }),
  importance: fc.constantFrom<'must' | 'nice'>('must', 'nice'),
  weight: fc.integer({ min: 1, max: 5 }),
});
type Drawn = { attr: number; op: Operator; a: number; b: number; importance: 'must' | 'nice'; weight: number };

const toRequirement = (d: Drawn, i: number): Requirement => ({
  id: `r${i}`,
  attribute: ATTRS[d.attr]!.key,
  op: d.op,
  value: d.op === 'between' ? { kind: 'range', min: Math.min(d.a, d.b), max: Math.max(d.a, d.b) } : { kind: 'number', value: d.a },
  unit: ATTRS[d.attr]!.unit,
  importance: d.importance,
  weight: d.weight,
});

describe('matching properties', () => {
  it('converts there and back to the same figure', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PAIRS), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), ([from, to], value) => {
        const there = convert(value, from, to);
        expect(there).not.toBeNull();
        expect(convert(there as number, to, from)).toBeCloseTo(value, 6);
      }),
    );
  });

  it('never lowers the fit or the score when one attribute improves towards what is asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: ATTRS.length, maxLength: ATTRS.length }),
        requirementArb,
        fc.array(requirementArb, { maxLength: 6 }),
        fc.integer({ min: 1, max: 50 }),
        (values, target, others, step) => {
          // Only at-least and at-most have a direction to improve in.
          fc.pre(target.op !== 'between');
          const requirements = [target, ...others.filter((o) => o.attr !== target.attr)].map(toRequirement);
          const needs = profile({ requirements, budget: null });
          const before = matchOffer(offerOf(values, 500), needs);
          const better = [...values];
          better[target.attr] = (better[target.attr] ?? 0) + (target.op === 'atLeast' ? step : -step);
          const after = matchOffer(offerOf(better, 500), needs);
          expect(FIT_RANK[after.fit]).toBeGreaterThanOrEqual(FIT_RANK[before.fit]);
          expect(after.score).toBeGreaterThanOrEqual(before.score);
        },
      ),
    );
  });

  it('never says "fits" when a must-have is broken', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: ATTRS.length, maxLength: ATTRS.length }),
        fc.array(requirementArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.option(fc.integer({ min: 1, max: 2000 }), { nil: null }),
        (values, drawn, price, budget) => {
          const needs = profile({ requirements: drawn.map(toRequirement), budget: budget === null ? null : { max: budget, currency: 'EUR' } });
          const match = matchOffer(offerOf(values, price), needs);
          const broken = match.rows.some((r) => r.requirement.importance === 'must' && r.status === 'unmet') || match.budget?.status === 'unmet';
          if (broken) expect(match.fit).toBe('misfit');
          expect(match.fit === 'fits').toBe(!broken && match.rows.every((r) => r.status === 'met') && match.budget?.status !== 'unknown' && (match.rows.length > 0 || match.budget !== null));
        },
      ),
    );
  });
});
