import { describe, expect, it } from 'vitest';
import { LANGUAGES, normalise } from './index.ts';

/** Every entry of a language's tables, with where it sits. */
function entries(): [string, string][] {
  const out: [string, string][] = [];
  for (const lang of LANGUAGES) {
    for (const kind of ['phrases', 'labels', 'patterns'] as const) {
      for (const [type, list] of Object.entries(lang[kind] ?? {})) for (const entry of list ?? []) out.push([`${lang.lang} ${kind}.${type}`, entry]);
    }
    for (const kind of ['shelves', 'priorPrice', 'lowest30d'] as const) for (const entry of lang[kind]) out.push([`${lang.lang} ${kind}`, entry]);
  }
  return out;
}

describe('promotion word tables', () => {
  it('are written normalised, as the matchers use them without normalising them again', () => {
    const all = entries();
    expect(all.length).toBeGreaterThan(300);
    const off = all.filter(([, entry]) => normalise(entry) !== entry).map(([where, entry]) => `${where}: ${JSON.stringify(entry)}`);
    expect(off).toEqual([]);
  });
});
