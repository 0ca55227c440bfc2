/** Both UI languages carry every message the code asks for, with the same placeholders. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/cli/build.ts';
import { CATEGORIES } from '../../src/options/profiles.ts';

type Messages = Record<string, { message: string; description?: string }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(`${ROOT}public/_locales/${lang}/messages.json`, 'utf8'));
const en = load('en');
/** Every locale shipped, each held to English's keys and placeholders. */
const LOCALES = readdirSync(`${ROOT}public/_locales`).sort();
const others = LOCALES.filter((l) => l !== 'en').map((l) => [l, load(l)] as const);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\$(\d)/g)].map((m) => m[1]).sort().join(',');

describe('locales', () => {
  it('are English, Finnish and Swedish', () => {
    expect(LOCALES).toEqual(['en', 'fi', 'sv']);
  });

  it.each(others)('%s has exactly the keys English has', (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(others)('%s uses the same placeholders as English, and no empty text', (_, messages) => {
    for (const key of Object.keys(en)) {
      expect(placeholders(messages[key]!.message), key).toBe(placeholders(en[key]!.message));
      expect(en[key]!.message.trim(), key).not.toBe('');
      expect(messages[key]!.message.trim(), key).not.toBe('');
    }
  });

  it('hold every key the code asks for by name', () => {
    const used = new Set<string>();
    for (const file of [...sources(`${ROOT}src/popup`), ...sources(`${ROOT}src/options`), ...sources(`${ROOT}src/background`)]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:t|getMessage)\('([A-Za-z_]+)'/g)) used.add(m[1]!);
      // A counted message has a form for one and one for more (Intl.PluralRules picks).
      for (const m of text.matchAll(/\btn\('([A-Za-z_]+)'/g)) for (const form of ['one', 'other']) used.add(`${m[1]!}_${form}`);
    }
    for (const m of readFileSync(`${ROOT}manifest.json`, 'utf8').matchAll(/__MSG_(\w+)__/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(30);
    for (const key of used) expect(en, key).toHaveProperty(key);
  });

  it('hold the keys the code builds from data', () => {
    const families = [
      ...CATEGORIES.map((c) => `category_${c.replace('-', '_')}`),
      ...['sponsored', 'shop-pick', 'campaign', 'discount', 'urgency', 'social-proof'].map((p) => `promo_${p.replace('-', '_')}`),
      ...['Fits', 'Partly', 'Misfit', 'Unknown'].flatMap((f) => [`verdict${f}`, `badge${f}`]),
    ];
    for (const key of families) expect(en, key).toHaveProperty(key);
  });

  it('keep badge texts within the four characters a toolbar badge shows', () => {
    for (const messages of [en, ...others.map(([, m]) => m)]) {
      for (const key of ['badgeFits', 'badgePartly', 'badgeMisfit', 'badgeUnknown']) {
        expect(messages[key]!.message.length).toBeLessThanOrEqual(4);
      }
    }
  });
});
