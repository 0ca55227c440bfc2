import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLenientJson, readTolerant } from './tolerant-json.ts';

/** Objects come back without a prototype; compare their content. */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('readLenientJson', () => {
  it('reads strict JSON', () => {
    expect(plain(readLenientJson('{"a": [1, 2.5, "x", true, null]}'))).toEqual([{ a: [1, 2.5, 'x', true, null] }]);
  });

  it('forgives trailing commas, comments, raw newlines, single quotes and bare keys', () => {
    const text = `{
      // a comment
      "name": "Line one
line two", /* block */
      offers: {'price': '19.90',},
      "list": [1, 2,],
    }`;
    const [value] = readLenientJson(text) as [Record<string, unknown>];
    expect(value['name']).toBe('Line one\nline two');
    expect(plain(value['offers'])).toEqual({ price: '19.90' });
    expect(value['list']).toEqual([1, 2]);
  });

  it('decodes HTML entities inside strings', () => {
    const [value] = readLenientJson('{"name": "Tom &amp; Jerry &quot;DVD&quot; &#8364;5 &euro;"}') as [Record<string, unknown>];
    expect(value['name']).toBe('Tom & Jerry "DVD" €5 €');
  });

  it('reads several concatenated blocks and HTML comment wrappers', () => {
    expect(plain(readLenientJson('<!-- {"a":1} --> {"b":2}'))).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('drops __proto__ and constructor keys and builds objects without a prototype', () => {
    const [value] = readLenientJson('{"__proto__": {"polluted": true}, "constructor": 1, "ok": 2}') as [Record<string, unknown>];
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(['ok']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('skips nesting deeper than its limit without throwing', () => {
    const deep = `${'['.repeat(500)}1${']'.repeat(500)}`;
    expect(() => readLenientJson(`{"deep": ${deep}, "after": 3}`)).not.toThrow();
    const [value] = readLenientJson(`{"deep": ${deep}, "after": 3}`) as [Record<string, unknown>];
    expect(value['after']).toBe(3);
  });

  it('returns nothing for text that holds no object', () => {
    expect(readLenientJson('not json at all')).toEqual([]);
    expect(readLenientJson('')).toEqual([]);
  });

  it('reads strict JSON with the engine exactly as the lenient reader does', () => {
    // Strict blocks take the engine's parser; the result must not differ from the lenient one.
    const object = fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', '@type', 'a&amp;b')), fc.jsonValue({ maxDepth: 4 }));
    fc.assert(
      fc.property(fc.oneof(object, fc.array(object)), fc.constantFrom('', 'Caf&eacute; &amp; &#8364;'), (value, extra) => {
        const text = JSON.stringify(Array.isArray(value) ? value : { ...value, extra });
        const strict = readLenientJson(text);
        expect(plain(strict)).toEqual(plain(readTolerant(text)));
        for (const root of strict) if (!Array.isArray(root)) expect(Object.getPrototypeOf(root)).toBeNull();
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('cuts strict JSON at the same depth as the lenient reader', () => {
    const deep = `${'{"a":'.repeat(60)}1${'}'.repeat(60)}`;
    expect(plain(readLenientJson(deep))).toEqual(plain(readTolerant(deep)));
    expect(JSON.stringify(readLenientJson(deep))).toContain('null');
  });
});
