/**
 * A forgiving JSON reader for the JSON-LD real shops publish: trailing commas, comments,
 * raw newlines inside strings, single quotes, bare keys, missing commas, HTML entities.
 * Page text is hostile, so objects have no prototype, `__proto__`/`constructor` keys are
 * dropped, nesting deeper than MAX_DEPTH is skipped, and the number of values is capped.
 */
import { decodeEntities } from './text.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

const MAX_DEPTH = 48;
const MAX_VALUES = 200_000;
const ESCAPES = new Map([['n', '\n'], ['t', '\t'], ['r', '\r'], ['b', '\b'], ['f', '\f']]);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class Reader {
  pos = 0;
  values = 0;
  constructor(readonly text: string) {}

  /** Skips whitespace, comments and stray HTML comment / CDATA wrappers. */
  skipBlank(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c <= 32 || c === 0xa0 || c === 0xfeff) {
        this.pos++;
      } else if (t.startsWith('//', this.pos)) {
        const end = t.indexOf('\n', this.pos);
        this.pos = end < 0 ? t.length : end + 1;
      } else if (t.startsWith('/*', this.pos)) {
        const end = t.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? t.length : end + 2;
      } else if (t.startsWith('<!--', this.pos) || t.startsWith('<![CDATA[', this.pos)) {
        this.pos += t.startsWith('<!--', this.pos) ? 4 : 9;
      } else if (t.startsWith('-->', this.pos) || t.startsWith(']]>', this.pos)) {
        this.pos += 3;
      } else {
        return;
      }
    }
  }

  value(depth: number): JsonValue | undefined {
    this.skipBlank();
    if (this.pos >= this.text.length) return undefined;
    if (++this.values > MAX_VALUES) {
      this.pos = this.text.length;
      return undefined;
    }
    const c = this.text[this.pos];
    if (c === '{' || c === '[') {
      if (depth >= MAX_DEPTH) {
        this.skipNested();
        return null;
      }
      return c === '{' ? this.object(depth + 1) : this.array(depth + 1);
    }
    if (c === '"' || c === "'") return this.string(c);
    return this.bare();
  }

  private object(depth: number): JsonObject {
    const out: JsonObject = Object.create(null) as JsonObject;
    this.pos++;
    for (;;) {
      this.skipBlank();
      const c = this.text[this.pos];
      if (c === undefined) return out;
      if (c === '}') {
        this.pos++;
        return out;
      }
      if (c === ',') {
        this.pos++;
        continue;
      }
      const quoted = c === '"' || c === "'";
      const key = quoted ? this.string(c) : this.bareWord();
      if (!quoted && key === '') {
        // Not a key: step over the stray character rather than loop forever.
        this.pos++;
        continue;
      }
      this.skipBlank();
      if (this.text[this.pos] === ':') this.pos++;
      const value = this.value(depth);
      // An empty key ("": 1) is read past and dropped: no field we read has one.
      if (value !== undefined && key !== '' && !FORBIDDEN_KEYS.has(key)) out[key] = value;
    }
  }

  private array(depth: number): JsonValue[] {
    const out: JsonValue[] = [];
    this.pos++;
    for (;;) {
      this.skipBlank();
      const c = this.text[this.pos];
      if (c === undefined) return out;
      if (c === ']') {
        this.pos++;
        return out;
      }
      if (c === ',') {
        this.pos++;
        continue;
      }
      const before = this.pos;
      const value = this.value(depth);
      if (value !== undefined) out.push(value);
      if (this.pos === before) this.pos++;
    }
  }

  private string(quote: string): string {
    const t = this.text;
    let out = '';
    let i = this.pos + 1;
    let start = i;
    while (i < t.length) {
      const c = t[i];
      if (c === quote) break;
      if (c === '\\') {
        out += t.slice(start, i);
        const next = t[i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(t.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          out += ESCAPES.get(next) ?? next;
          i += 2;
        }
        start = i;
        continue;
      }
      i++;
    }
    out += t.slice(start, Math.min(i, t.length));
    this.pos = i + 1;
    return out.includes('&') ? decodeEntities(out) : out;
  }

  private bareWord(): string {
    const match = /^[A-Za-z0-9_$@.+-]+/.exec(this.text.slice(this.pos, this.pos + 200));
    const word = match?.[0] ?? '';
    this.pos += word.length;
    return word;
  }

  private bare(): JsonValue | undefined {
    const word = this.bareWord();
    if (word === '') {
      this.pos++;
      return undefined;
    }
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null' || word === 'undefined') return null;
    const n = Number(word);
    return Number.isFinite(n) ? n : word;
  }

  /** Steps over a too-deep value without building it, minding strings. */
  private skipNested(): void {
    const t = this.text;
    let depth = 0;
    let quote = '';
    for (; this.pos < t.length; this.pos++) {
      const c = t[this.pos];
      if (quote) {
        if (c === '\\') this.pos++;
        else if (c === quote) quote = '';
      } else if (c === '"') {
        quote = c;
      } else if (c === '{' || c === '[') {
        depth++;
      } else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) {
          this.pos++;
          return;
        }
      }
    }
  }
}

/**
 * The engine's parser's result made as safe as the lenient reader's: no prototypes, no
 * forbidden keys, entities decoded, nothing deeper than MAX_DEPTH. Null when it holds more
 * values than the lenient reader would read, so that one decides where to stop.
 */
function sanitise(value: unknown, level: number, count: { values: number }): JsonValue {
  if (++count.values > MAX_VALUES) return null;
  if (typeof value === 'string') return value.includes('&') ? decodeEntities(value) : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || value === null) return value === true || value === false ? value : null;
  if (level > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    const out: JsonValue[] = [];
    for (const item of value as unknown[]) out.push(sanitise(item, level + 1, count));
    return out;
  }
  const out: JsonObject = Object.create(null) as JsonObject;
  for (const raw of Object.keys(value)) {
    const key = raw.includes('&') ? decodeEntities(raw) : raw;
    // Empty keys are dropped, as the lenient reader drops them.
    if (key !== '' && !FORBIDDEN_KEYS.has(key)) out[key] = sanitise((value as Record<string, unknown>)[raw], level + 1, count);
  }
  return out;
}

/**
 * Most blocks are strict JSON, which the engine's own parser reads many times faster than
 * the lenient reader; null when the text is not strict JSON (or too big), for the lenient one.
 */
function readStrict(text: string): JsonValue[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return [];
  const count = { values: 0 };
  const value = sanitise(parsed, 1, count);
  return count.values > MAX_VALUES ? null : [value];
}

/**
 * Reads every top-level value in `text` (some shops concatenate objects in one script).
 * Returns an empty list for text that holds nothing usable; never throws.
 */
export function readLenientJson(text: string): JsonValue[] {
  return readStrict(text) ?? readTolerant(text);
}

/** The lenient reader alone (exported for the tests that hold both readers to one result). */
export function readTolerant(text: string): JsonValue[] {
  const reader = new Reader(text);
  const out: JsonValue[] = [];
  for (let guard = 0; guard < 64; guard++) {
    reader.skipBlank();
    if (reader.pos >= text.length) break;
    const before = reader.pos;
    const value = reader.value(0);
    if (value !== undefined && typeof value === 'object' && value !== null) out.push(value);
    if (reader.pos === before) reader.pos++;
  }
  return out;
}
