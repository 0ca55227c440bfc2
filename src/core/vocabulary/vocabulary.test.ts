import { describe, expect, it } from 'vitest';
import { dimensionOf } from '../units.ts';
import { ATTRIBUTES, CATEGORIES, attribute, attributeForLabel, categoryFor, foldText, type Labels } from './index.ts';

const LABEL_LANGUAGES = ['fi', 'sv', 'en'] as const;

describe('the vocabulary tables', () => {
  it('gives every attribute labels in fi, sv and en and aliases in fi, sv, en and de', () => {
    for (const def of ATTRIBUTES) {
      expect(def.key).toMatch(/^[a-z0-9]+(?:_[a-z0-9]+)*$/);
      for (const lang of LABEL_LANGUAGES) expect(def.labels[lang]?.trim(), `${def.key} ${lang}`).toBeTruthy();
      for (const lang of ['fi', 'sv', 'en', 'de'] as const) expect(def.aliases[lang].length, `${def.key} ${lang}`).toBeGreaterThan(0);
      if (def.kind === 'number' && !def.count && def.key !== 'price') expect(def.unit, def.key).toBeTruthy();
      if (def.kind === 'enum' || def.kind === 'list') expect(def.values?.length, def.key).toBeGreaterThan(1);
    }
  });

  it('names every enum value and every category in fi, sv and en', () => {
    const named: [string, Labels][] = [
      ...ATTRIBUTES.flatMap((def) => (def.values ?? []).map((v): [string, Labels] => [`${def.key}=${v.id}`, v.labels])),
      ...CATEGORIES.map((c): [string, Labels] => [`category ${c.id}`, c.labels]),
    ];
    expect(named.length).toBeGreaterThan(40);
    for (const [what, labels] of named) {
      for (const lang of LABEL_LANGUAGES) expect(labels[lang]?.trim(), `${what} ${lang}`).toBeTruthy();
      expect(Object.keys(labels).sort(), what).toEqual(['en', 'fi', 'sv']);
    }
  });

  it('writes Swedish labels in Swedish, not copied from the Finnish or the English', () => {
    // A name every language writes alike ("OLED", "HDMI 2.1", "5G") is no copy; nor are the few
    // words Swedish shares with English alone.
    const sharedWithEnglish = new Set(['TV', 'Processor']);
    const labelled = [...ATTRIBUTES, ...CATEGORIES, ...ATTRIBUTES.flatMap((def) => def.values ?? [])];
    for (const { labels } of labelled) {
      if (labels.fi === labels.en && labels.sv === labels.en) continue;
      expect(labels.sv, labels.en).not.toBe(labels.fi);
      if (!sharedWithEnglish.has(labels.sv)) expect(labels.sv, labels.en).not.toBe(labels.en);
    }
    expect(attribute('screen_size')?.labels.sv).toBe('Skärmstorlek');
    expect(attribute('hdmi21_ports')?.labels.sv).toBe('HDMI 2.1-portar');
    expect(CATEGORIES.find((c) => c.id === 'washing-machine')?.labels.sv).toBe('Tvättmaskin');
  });

  it('lets no spelling name two attributes', () => {
    const owner = new Map<string, string>();
    for (const def of ATTRIBUTES) {
      for (const alias of Object.values(def.aliases).flat()) {
        const folded = foldText(alias);
        const other = owner.get(folded);
        expect(other === undefined || other === def.key, `"${alias}" is both ${other} and ${def.key}`).toBe(true);
        owner.set(folded, def.key);
      }
    }
  });

  it('finds every alias back from a label written with other case and punctuation', () => {
    for (const def of ATTRIBUTES) {
      for (const alias of Object.values(def.aliases).flat()) {
        expect(attributeForLabel(`${alias.toUpperCase()}:`)?.key, alias).toBe(def.key);
      }
    }
  });

  it('points sibling keys at attributes that exist', () => {
    for (const def of ATTRIBUTES) {
      for (const key of def.orAs ?? []) expect(attribute(key)?.unit, `${def.key} -> ${key}`).toBeTruthy();
      if (def.aboveAs) expect(attribute(def.aboveAs.key)?.unit).toBe(def.unit);
    }
  });

  it('builds categories from known attributes and valid suggestions', () => {
    expect(CATEGORIES.map((c) => c.id)).toEqual([
      'tv', 'monitor', 'laptop', 'phone', 'tablet', 'headphones', 'washing-machine', 'vacuum-cleaner', 'anything',
    ]);
    for (const category of CATEGORIES) {
      for (const key of category.attributes) expect(attribute(key), `${category.id}: ${key}`).not.toBeNull();
      for (const s of category.suggestions) {
        const def = attribute(s.key);
        expect(def, `${category.id}: ${s.key}`).not.toBeNull();
        expect(category.attributes).toContain(s.key);
        if (s.unit && def?.unit) expect(dimensionOf(s.unit)).toBe(dimensionOf(def.unit));
        const ids = def?.values?.map((v) => v.id) ?? [];
        if (def?.kind === 'enum' || def?.kind === 'list') {
          for (const v of [s.value].flat()) expect(ids, `${category.id}: ${s.key}`).toContain(v);
        }
        if (s.operator === 'between') expect(Array.isArray(s.value) && s.value.length === 2).toBe(true);
      }
    }
  });
});

describe('attributeForLabel', () => {
  it('reads unit hints, side orders and labels with extra words', () => {
    expect(attributeForLabel('Paino (kg)')).toMatchObject({ key: 'weight', unitHint: 'kg' });
    expect(attributeForLabel('Bildschirmdiagonale in Zoll')).toMatchObject({ key: 'screen_size', unitHint: 'in' });
    expect(attributeForLabel('Abmessungen (B/H/T)')?.sideOrder).toEqual(['width', 'height', 'depth']);
    expect(attributeForLabel('Item dimensions L x W x H')?.sideOrder).toEqual(['depth', 'width', 'height']);
    expect(attributeForLabel('Max. Bildwiederholfrequenz')?.key).toBe('refresh_rate');
    expect(attributeForLabel('Television refresh rate (native)')?.key).toBe('refresh_rate');
  });

  it('does not guess at labels about something else', () => {
    expect(attributeForLabel('Pakkauksen paino')).toBeNull();
    expect(attributeForLabel('Memory card slot')).toBeNull();
    expect(attributeForLabel('Takuu')).toBeNull();
    expect(attributeForLabel('__proto__')).toBeNull();
    expect(attributeForLabel('')).toBeNull();
  });
});

describe('categoryFor', () => {
  it.each([
    [['Kodinkoneet', 'Pyykinhoito', 'Pesukoneet'], 'washing-machine'],
    [['Elektronik', 'TV & Audio', 'Fernseher'], 'tv'],
    [['Samsung 65" QN90D Neo QLED 4K Smart TV'], 'tv'],
    [['Hem', 'Datorer', 'Bärbara datorer'], 'laptop'],
    [['Lenovo IdeaPad Slim 5 14" kannettava tietokone'], 'laptop'],
    [['Apple iPhone 15 128 GB', 'Puhelimet'], 'phone'],
    [['Samsung Galaxy Tab S9 Wi-Fi'], 'tablet'],
    [['Sony WH-1000XM5 vastamelukuulokkeet'], 'headphones'],
    [['Apple AirPods Pro (2nd generation) with MagSafe Charging Case'], 'headphones'],
    [['Dyson V15 Detect varsi-imuri'], 'vacuum-cleaner'],
    [['Roborock S8 robotdammsugare'], 'vacuum-cleaner'],
    [['Computers', 'Monitors', 'Gaming monitors'], 'monitor'],
    [['Bosch Serie 6 Waschmaschine 9 kg'], 'washing-machine'],
  ] as const)('%j is %s', (texts, id) => {
    expect(categoryFor([...texts])).toBe(id);
  });

  it.each([
    [['TV-teline seinälle']], [['ISY IHD 9000-1 USB-C auf HDMI® Kabel, Schwarz']], [['iPhone 15 suojakuori']],
    [['Astianpesukone 60 cm']], [['Blue cotton T-shirt']], [[]],
  ])('%j is no category', (texts) => {
    expect(categoryFor([...texts])).toBeNull();
  });

  it('stays bounded and safe on hostile input', () => {
    const many = Array.from({ length: 10_000 }, () => 'tv '.repeat(1000));
    const started = performance.now();
    expect(categoryFor(many)).toBe('tv');
    expect(performance.now() - started).toBeLessThan(500);
    expect(categoryFor([null, 42, {}] as unknown as string[])).toBeNull();
  });
});
