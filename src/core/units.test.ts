import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CANONICAL_UNIT, UNIT_IDS, convert, dimensionOf, findQuantities, formatQuantity, parseNumber, parseQuantity, toUnit,
  unitFor, type UnitId,
} from './units.ts';

describe('parseNumber', () => {
  it.each([
    ['55', 55], ['15,6', 15.6], ['15.6', 15.6], ['1 299', 1299], ['1\u00a0299', 1299], ['2.000', 2000],
    ['5,000', 5000], ['0,500', 0.5], ['1.299,90', 1299.9], ['1,299.90', 1299.9], ['58.00', 58], ['1.2.3', 123],
  ])('%s is %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it('refuses what is not a number', () => {
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('12-14')).toBeNull();
  });
});

describe('parseQuantity', () => {
  it.each([
    ['55"', 55, 'in'], ['55”', 55, 'in'], ["55''", 55, 'in'], ['55 tuumaa', 55, 'in'], ['65-tuumainen', 65, 'in'],
    ['55 Zoll', 55, 'in'], ['55 tum', 55, 'in'], ['55-inch', 55, 'in'], ['15,6″', 15.6, 'in'], ['139 cm', 139, 'cm'],
    ['512 Gt', 512, 'GB'], ['1 TB', 1, 'TB'], ['180 g', 180, 'g'], ['1,5 kg', 1.5, 'kg'], ['3.3 lbs', 3.3, 'lb'],
    ['2000 W', 2000, 'W'], ['2,2 kW', 2.2, 'kW'], ['120 Hz', 120, 'Hz'], ['100/120Hz', 120, 'Hz'],
    ['500 cd/m²', 500, 'nits'], ['1000 nits', 1000, 'nits'], ['5000 mAh', 5000, 'mAh'], ['56 Wh', 56, 'Wh'],
    ['55 dB(A)', 55, 'dB'], ['30 h', 30, 'h'], ['40 min', 40, 'min'], ['0,6 l', 0.6, 'l'], ['1.400 U/min', 1400, 'rpm'],
    ['50 MP', 50, 'MP'], ['1 ms', 1, 'ms'], ['2 m', 2, 'm'],
  ] as const)('%s', (text, value, unit) => {
    expect(parseQuantity(text)).toEqual({ value, unit });
  });

  it('takes the first quantity and ignores rates and glued words', () => {
    expect(parseQuantity('139 cm (55")')).toEqual({ value: 139, unit: 'cm' });
    expect(parseQuantity('100 Mb/s')).toBeNull();
    expect(parseQuantity('GTX 1650')).toBeNull();
    expect(parseQuantity('5 gtx')).toBeNull();
  });

  it('reads titles strictly: model numbers and word-like units are not quantities', () => {
    const title = 'Apple iPhone 15 128 GB 5G, 2 in 1';
    expect(findQuantities(title, { strict: true }).map((q) => [q.value, q.unit])).toEqual([[128, 'GB']]);
    expect(findQuantities(title).map((q) => q.unit)).toContain('in');
  });

  it('filters by dimension and keeps slash lists', () => {
    const found = findQuantities('55" 139 cm, 100/120 Hz', { dimension: 'frequency' });
    expect(found).toHaveLength(1);
    expect(found[0]?.values).toEqual([100, 120]);
  });

  it('stays bounded on huge input', () => {
    const huge = '1 GB '.repeat(200_000);
    const started = performance.now();
    expect(findQuantities(huge).length).toBeLessThanOrEqual(50);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('convert', () => {
  it.each([
    [55, 'in', 'cm', 139.7], [1, 'TB', 'GB', 1000], [1500, 'g', 'kg', 1.5], [2, 'kW', 'W', 2000],
    [90, 'min', 'h', 1.5], [500, 'ml', 'l', 0.5], [1, 'lb', 'kg', 0.45359237], [1, 'kWh', 'Wh', 1000],
  ] as const)('%d %s is %d %s', (value, from, to, expected) => {
    expect(convert(value, from, to)).toBeCloseTo(expected, 9);
  });

  it('refuses to convert across dimensions', () => {
    expect(convert(1, 'cm', 'GB')).toBeNull();
    expect(convert(1, 'mAh', 'Wh')).toBeNull();
    expect(toUnit({ value: 1, unit: 'kg' }, 'W')).toBeNull();
  });

  it('has a canonical unit of each dimension that belongs to it', () => {
    for (const [dimension, unit] of Object.entries(CANONICAL_UNIT)) expect(dimensionOf(unit)).toBe(dimension);
  });

  it('knows every unit by its own id', () => {
    for (const id of UNIT_IDS) expect(unitFor(id)).toBe(id);
  });
});

const unitArb = fc.constantFrom(...UNIT_IDS);
const sameDimensionPair = unitArb.chain((a) =>
  fc.constantFrom(...UNIT_IDS.filter((b) => dimensionOf(b) === dimensionOf(a))).map((b) => [a, b] as [UnitId, UnitId]),
);

describe('properties', () => {
  it('conversions round-trip', () => {
    fc.assert(
      fc.property(sameDimensionPair, fc.double({ min: 0, max: 1e7, noNaN: true }), ([a, b], value) => {
        const there = convert(value, a, b);
        expect(there).not.toBeNull();
        const back = convert(there as number, b, a) as number;
        expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.max(1e-9, Math.abs(value) * 1e-12));
      }),
    );
  });

  it('converting across dimensions is always null', () => {
    fc.assert(
      fc.property(unitArb, unitArb, fc.double({ noNaN: true }), (a, b, value) => {
        fc.pre(dimensionOf(a) !== dimensionOf(b));
        expect(convert(value, a, b)).toBeNull();
      }),
    );
  });

  it('parse(format(q)) = q with either decimal mark', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 100),
      fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(value, unitArb, fc.constantFrom('.', ',') as fc.Arbitrary<'.' | ','>, (v, unit, mark) => {
        expect(parseQuantity(formatQuantity({ value: v, unit }, mark))).toEqual({ value: v, unit });
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (text) => {
        findQuantities(text);
        findQuantities(text, { strict: true });
        parseNumber(text);
      }),
    );
  });
});
