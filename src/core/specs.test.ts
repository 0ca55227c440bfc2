import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ENERGY_CLASS_ORDER, RESOLUTION_ORDER, compareEnum, expandSpec, listValues, normaliseSpec, specsFromText } from './specs.ts';

const norm = (label: string, raw: string) => {
  const { key, value, unit } = normaliseSpec(label, raw);
  return { key, value, unit };
};
const keyed = (specs: { key: string | null; value: unknown }[]) => Object.fromEntries(specs.map((s) => [s.key, s.value]));

describe('normaliseSpec: labels in four languages', () => {
  it.each([
    ['Näytön koko', '55"'], ['Kuvaruudun koko:', '55 tuumaa'], ['Skärmstorlek', '55 tum'], ['Bildschirmdiagonale', '55 Zoll'],
    ['Screen size', '55"'], ['Diagonal', '55″'], ['NÄYTÖN KOKO (tuumaa)', '55'], ['Bildschirmdiagonale (cm/Zoll)', '139 cm / 55 Zoll'],
  ])('%s = %s is a 55" screen', (label, raw) => {
    expect(norm(label, raw)).toEqual({ key: 'screen_size', value: 55, unit: 'in' });
  });

  it('converts a screen given in centimetres, by value or by the label', () => {
    expect(norm('Kuvaruudun koko', '139 cm').value).toBeCloseTo(54.72, 2);
    expect(norm('Bildschirmdiagonale (cm)', '139').value).toBeCloseTo(54.72, 2);
  });

  it.each([
    ['Resoluutio', '3840 x 2160', '4k'], ['Resolution', '3840×2160', '4k'], ['Upplösning', '4K'.toString(), '4k'],
    ['Auflösung', 'UHD', '4k'], ['Tarkkuus', 'Ultra HD', '4k'], ['Resolution', 'Full HD', 'full-hd'],
    ['Resolution', '1080p', 'full-hd'], ['Resolution', '2400 x 1080', 'full-hd'], ['Resolution', '3440 x 1440', 'qhd'],
    ['Näytön resoluutio', 'WQHD (2560 x 1440)', 'qhd'], ['Resolution', '7680 x 4320', '8k'], ['Resolution', 'HD Ready', 'hd'],
  ])('%s %s is %s', (label, raw, tier) => {
    expect(norm(label, raw)).toEqual({ key: 'resolution', value: tier, unit: null });
  });

  it.each([
    ['Virkistystaajuus', '100/120Hz', 'refresh_rate', 120, 'Hz'], ['Bildwiederholfrequenz', '120 Hz', 'refresh_rate', 120, 'Hz'],
    ['Max. Bildwiederholfrequenz', '144', 'refresh_rate', 144, 'Hz'], ['Kirkkaus', '500 cd/m²', 'brightness', 500, 'nits'],
    ['Peak brightness', '1000 nits', 'brightness', 1000, 'nits'], ['Tallennustila', '512 Gt', 'storage', 512, 'GB'],
    ['Speicherkapazität', '1 TB', 'storage', 1000, 'GB'], ['Arbeitsspeicher', '16 GB', 'ram', 16, 'GB'],
    ['Muisti', '16 Gt', 'ram', 16, 'GB'], ['Muisti', '256 Gt', 'storage', 256, 'GB'], ['Akun kapasiteetti', '5000 mAh', 'battery_capacity', 5000, 'mAh'],
    ['Akun kapasiteetti', '56 Wh', 'battery_energy', 56, 'Wh'], ['Batterikapacitet', '4 500 mAh', 'battery_capacity', 4500, 'mAh'],
    ['Paino', '1,5 kg', 'weight', 1.5, 'kg'], ['Vikt', '180 g', 'weight', 0.18, 'kg'], ['Gewicht', '3.3 lbs', 'weight', 1.496854821, 'kg'],
    ['Paino (kg)', '17,5', 'weight', 17.5, 'kg'], ['Teho', '2000 W', 'power', 2000, 'W'], ['Leistungsaufnahme', '2,2 kW', 'power', 2200, 'W'],
    ['Melutaso', '55 dB(A)', 'noise', 55, 'dB'], ['Ljudnivå', '72 dB', 'noise', 72, 'dB'], ['Linkousnopeus', '1400 kierrosta/min', 'spin_speed', 1400, 'rpm'],
    ['Schleuderdrehzahl', '1.400 U/min', 'spin_speed', 1400, 'rpm'], ['Kapasiteetti', '8 kg', 'load_capacity', 8, 'kg'],
    ['Kapasiteetti', '128 GB', 'storage', 128, 'GB'], ['Käyttöaika', '60 min', 'battery_life', 1, 'h'], ['Vasteaika', '1 ms', 'response_time', 1, 'ms'],
    ['Leveys', '123,1 cm', 'width', 123.1, 'cm'], ['Höhe ohne Standfuß', '711 mm', 'height', 71.1, 'cm'],
  ] as const)('%s = %s', (label, raw, key, value, unit) => {
    const spec = norm(label, raw);
    expect(spec.key).toBe(key);
    expect(spec.unit).toBe(unit);
    expect(spec.value as number).toBeCloseTo(value, 6);
  });

  it.each([
    ['Paneelityyppi', 'Neo QLED', 'mini-led'], ['Panel type', 'IPS', 'ips'], ['Näyttötekniikka', 'OLED', 'oled'],
    ['Paneltyp', 'VA', 'va'], ['Display type', 'QD-OLED', 'qd-oled'], ['Skärmtyp', 'LED', 'led'], ['Displaytyp', 'Dynamic AMOLED 2X', 'oled'],
  ])('panel %s %s is %s', (label, raw, id) => {
    expect(norm(label, raw)).toEqual({ key: 'panel_type', value: id, unit: null });
  });

  it('reads energy classes on both scales', () => {
    expect(norm('Energialuokka', 'G').value).toBe('G');
    expect(norm('Energy class', 'E (A-G)').value).toBe('E');
    expect(norm('Energieeffizienzklasse', 'A+++ (A+++ - D)').value).toBe('A+++');
  });

  it('reads HDR lists, yes/no rows and text', () => {
    expect(norm('HDR-formaatit', 'HDR10, HDR10+, HLG, Dolby Vision').value).toBe('hdr10,hdr10+,hlg,dolby-vision');
    expect(norm('Vastamelu', 'Kyllä').value).toBe(true);
    expect(norm('Geräuschunterdrückung', 'Nein').value).toBe(false);
    expect(norm('Noise cancelling', 'Active (ANC)').value).toBe(true);
    expect(norm('Valmistaja', ' Samsung ')).toEqual({ key: 'brand', value: 'Samsung', unit: null });
  });

  it('keeps an unknown label or a package weight unrecognised, with the raw pair', () => {
    expect(normaliseSpec('Takuu', '2 vuotta')).toEqual({ key: null, value: null, unit: null, label: 'Takuu', raw: '2 vuotta' });
    expect(normaliseSpec('Pakkauksen paino', '20 kg').key).toBeNull();
    expect(normaliseSpec('Front camera', '12 MP').key).toBeNull();
    const spec = normaliseSpec('Näytön koko', 'suuri');
    expect(spec).toEqual({ key: 'screen_size', value: null, unit: 'in', label: 'Näytön koko', raw: 'suuri' });
  });
});

describe('rows as Nordic and German shops write them', () => {
  it.each([
    ['HDMI-liitännät', '4 kpl', 'hdmi_ports', 4], ['Energialuokka (SDR)', 'F', 'energy_class', 'F'],
    ['Muistin määrä', '16 GB', 'ram', 16], ['SSD-levyn koko', '512 GB', 'storage', 512], ['Akun kesto (jopa)', '12 h', 'battery_life', 12],
    ['Näytön virkistystaajuus (Hz)', '144', 'refresh_rate', 144], ['Kuulokkeiden tyyppi', 'Over-ear', 'headphone_type', 'over-ear'],
    ['Pölysäiliön tilavuus', '0,76 l', 'dust_capacity', 0.76], ['Imuteho', '230 AW', 'suction_power', 230], ['Imuteho', '22000 Pa', 'suction_pressure', 22000],
    ['Linkousnopeus (max)', '1 400 rpm', 'spin_speed', 1400], ['Energiankulutus 100 pesukertaa', '49 kWh', 'energy_consumption', 49],
    ['Vikt (kg)', '0,25', 'weight', 0.25], ['Vikt', '250 gram', 'weight', 0.25], ['Gewicht (ohne Standfuß)', '20,9 kg', 'weight', 20.9],
    ['Skärmteknik', 'QLED', 'panel_type', 'qled'], ['Upplösning', '3840 x 2160 (4K UHD)', 'resolution', '4k'], ['Speicher', '256 GB', 'storage', 256],
    ['Internminne', '128 GB', 'storage', 128], ['Batteri', '4 422 mAh', 'battery_capacity', 4422], ['Screen Size Class', '65 in', 'screen_size', 65],
    ['Refresh rate', 'Up to 144Hz (VRR)', 'refresh_rate', 144], ['Operating System', 'Android 14', 'operating_system', 'Android 14'],
  ] as const)('%s = %s', (label, raw, key, value) => {
    expect(norm(label, raw)).toMatchObject({ key, value });
  });
});

describe('expandSpec: rows that say several things', () => {
  it('splits HDMI lines', () => {
    expect(keyed(expandSpec('HDMI', '4 x HDMI 2.1'))).toEqual({ hdmi_ports: 4, hdmi_version: '2.1', hdmi21_ports: 4 });
    expect(keyed(expandSpec('HDMI 2.1', '2'))).toEqual({ hdmi21_ports: 2, hdmi_version: '2.1' });
    expect(keyed(expandSpec('HDMI-liitännät', '4'))).toEqual({ hdmi_ports: 4 });
    expect(keyed(expandSpec('Liitännät', '3x HDMI (2x HDMI 2.1), 2x USB'))).toMatchObject({ hdmi_ports: 3, hdmi21_ports: 2 });
    expect(keyed(expandSpec('Anschlüsse', '2x HDMI 2.1, 2x HDMI 2.0'))).toMatchObject({ hdmi_ports: 4, hdmi21_ports: 2, hdmi_version: '2.1' });
    expect(keyed(expandSpec('HDMI', 'HDMI 2.1 (4)'))).toMatchObject({ hdmi_ports: 4, hdmi21_ports: 4 });
  });

  it('splits dimensions in the order the label gives', () => {
    expect(keyed(expandSpec('Abmessungen (B/H/T)', '59.8 cm x 185.5 cm x 58.00 cm'))).toMatchObject({ width: 59.8, height: 185.5, depth: 58 });
    expect(keyed(expandSpec('Mitat (L x K x S)', '1228 x 711 x 25 mm'))).toMatchObject({ width: 122.8, height: 71.1, depth: 2.5 });
    expect(keyed(expandSpec('Product dimensions (D x W x H)', '60 x 59.5 x 85 cm'))).toMatchObject({ width: 59.5, height: 85, depth: 60 });
    expect(keyed(expandSpec('Dimensions', '260 x 100 x 35 mm (H x W x D)'))).toMatchObject({ width: 10, height: 26, depth: 3.5 });
  });

  it('reads a display row', () => {
    expect(keyed(expandSpec('Näyttö', '6,1" Super Retina XDR OLED, 120 Hz'))).toMatchObject({ screen_size: 6.1, panel_type: 'oled', refresh_rate: 120 });
  });
});

describe('specsFromText', () => {
  it.each([
    ['Samsung 55" 4K 120 Hz QLED', { screen_size: 55, resolution: '4k', refresh_rate: 120, panel_type: 'qled' }],
    ['LG 65 tuuman 4K QLED', { screen_size: 65, resolution: '4k', panel_type: 'qled' }],
    ['Lenovo IdeaPad 16 GB / 512 GB SSD', { ram: 16, storage: 512 }],
    ['Samsung Galaxy A55 5G 8/256 GB', { ram: 8, storage: 256 }],
    ['Apple iPhone 15 128 GB', { storage: 128 }],
    ['ASUS 27" WQHD IPS 165 Hz 1 ms', { screen_size: 27, resolution: 'qhd', panel_type: 'ips', refresh_rate: 165, response_time: 1 }],
    ['Sony 65" Bravia OLED 4K, HDMI 2.1, Dolby Vision', { hdmi_version: '2.1', hdr_formats: 'dolby-vision' }],
    ['MacBook Air 13" M3 16GB RAM 1TB SSD', { ram: 16, storage: 1000, screen_size: 13 }],
  ])('%s', (text, expected) => {
    expect(keyed(specsFromText(text))).toMatchObject(expected);
  });

  it('invents nothing from model numbers and ordinary words', () => {
    expect(specsFromText('Apple iPhone 15 5G, 2 in 1 kotelo')).toEqual([]);
    expect(specsFromText('Sony WH-1000XM5 langattomat kuulokkeet')).toEqual([]);
  });

  it('ignores text past the first 500 characters', () => {
    expect(specsFromText(`${'x'.repeat(600)} 55" 4K`)).toEqual([]);
  });

  it('does not take furniture sizes for pixels', () => {
    expect(specsFromText('MÖCKELBY table, oak 235x100 cm')).toEqual([]);
    expect(specsFromText('Cama Box Queen 158x198x61cm')).toEqual([]);
    expect(keyed(specsFromText('Monitor 1920x1080'))).toEqual({ resolution: 'full-hd' });
  });
});

describe('enum orderings', () => {
  it('orders worst first so "at least" is a comparison', () => {
    expect(RESOLUTION_ORDER.indexOf('4k')).toBeGreaterThan(RESOLUTION_ORDER.indexOf('full-hd'));
    expect(ENERGY_CLASS_ORDER.indexOf('A')).toBeGreaterThan(ENERGY_CLASS_ORDER.indexOf('G'));
    expect(compareEnum('resolution', '8k', '4k')).toBeGreaterThan(0);
    expect(compareEnum('hdmi_version', '2.0', '2.1')).toBeLessThan(0);
    expect(compareEnum('panel_type', 'oled', 'ips')).toBeNull();
  });
});

describe('hostile input', () => {
  it('stays fast and bounded on a 10 MB value and odd labels', () => {
    const huge = `55" ${'9'.repeat(10_000_000)} x`;
    const started = performance.now();
    const spec = normaliseSpec('Screen size', huge);
    expect(spec).toMatchObject({ key: 'screen_size', value: 55 });
    expect(spec.raw.length).toBeLessThanOrEqual(2000);
    expect(specsFromText(huge)).toEqual([{ key: 'screen_size', value: 55, unit: 'in', label: '', raw: '55"' }]);
    expect(normaliseSpec('__proto__', '1').key).toBeNull();
    expect(normaliseSpec('constructor', '1').key).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('splits list values', () => {
    expect(listValues(normaliseSpec('HDR', 'Dolby Vision, HDR10').value)).toEqual(['dolby-vision', 'hdr10']);
    expect(listValues(null)).toEqual([]);
  });
});

describe('properties', () => {
  it('never throws and always keeps the raw pair', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'grapheme' }), fc.string({ maxLength: 200, unit: 'grapheme' }), (label, raw) => {
        const spec = normaliseSpec(label, raw);
        expect(spec.label).toBe(label);
        expect(spec.raw).toBe(raw);
        specsFromText(`${label} ${raw}`);
      }),
    );
  });

  it('a screen in centimetres is the same screen in inches', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 3000 }).map((n) => n / 10), (inches) => {
        const cm = Math.round(inches * 254) / 100;
        const spec = normaliseSpec('Screen size', `${String(cm).replace('.', ',')} cm`);
        expect(spec.value as number).toBeCloseTo(inches, 2);
      }),
    );
  });

  it('more pixels never give a lower resolution tier', () => {
    const side = fc.integer({ min: 320, max: 8000 });
    fc.assert(
      fc.property(side, side, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (w, h, dw, dh) => {
        const tier = (a: number, b: number) => RESOLUTION_ORDER.indexOf(normaliseSpec('Resolution', `${a} x ${b}`).value as never);
        expect(tier(w + dw, h + dh)).toBeGreaterThanOrEqual(tier(w, h));
      }),
    );
  });
});

describe('real MediaMarkt spec pairs', () => {
  const dir = resolve(process.cwd(), process.env.REAL_PAGES_DIR ?? '../shared/real-pages');
  const file = resolve(dir, 'mediamarkt-label-strings.json');

  it('reads the German pairs and leaves the rest unrecognised', () => {
    if (!existsSync(file)) throw new Error(`Real test data missing: ${file} (set REAL_PAGES_DIR to the real-pages folder)`);
    const data = JSON.parse(readFileSync(file, 'utf8')) as {
      spec_pairs_from_tiles: { site: string; label: string; value: string }[];
      product_titles: string[];
    };
    const pairs = data.spec_pairs_from_tiles;
    const dims = pairs.find((p) => p.label.startsWith('Abmessungen'));
    const hdmi = pairs.find((p) => p.value.startsWith('HDMI'));
    expect(dims && keyed(expandSpec(dims.label, dims.value))).toMatchObject({ width: 59.8, height: 185.5, depth: 58 });
    expect(hdmi && keyed(expandSpec(hdmi.label, hdmi.value))).toMatchObject({ hdmi_version: '2.0' });
    for (const p of pairs) expect(normaliseSpec(p.label, p.value).raw).toBe(p.value);
    const microwave = data.product_titles.find((t) => /\d+W\b/.test(t));
    expect(microwave && keyed(specsFromText(microwave))).toMatchObject({ power: 750 });
    for (const title of data.product_titles) {
      for (const spec of specsFromText(title)) expect(['power', 'screen_size', 'storage']).toContain(spec.key);
    }
  });
});

describe('real Amazon search titles (portable chargers)', () => {
  const dir = resolve(process.cwd(), process.env.REAL_PAGES_DIR ?? '../shared/real-pages');
  const file = resolve(dir, 'listings/amazon-com-search.html.gz');

  it('reads the battery capacity of every title that states one, and calls no charger a phone', async () => {
    if (!existsSync(file)) throw new Error(`Real test data missing: ${file} (set REAL_PAGES_DIR to the real-pages folder)`);
    const { gunzipSync } = await import('node:zlib');
    const { categoryFor } = await import('./vocabulary/index.ts');
    const html = gunzipSync(readFileSync(file)).toString('utf8');
    const titles = [...html.matchAll(/<h2[^>]*>([\s\S]{0,600}?)<\/h2>/g)]
      .map((m) => (m[1] ?? '').replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').trim())
      .filter((t) => /portable charger|power bank/i.test(t));
    expect(titles.length).toBeGreaterThanOrEqual(30);
    let stated = 0;
    let read = 0;
    for (const title of titles) {
      const m = /(\d{1,3}(?:,\d{3})+|\d+)\s*mah/i.exec(title);
      if (!m) continue;
      stated++;
      const spec = specsFromText(title).find((s) => s.key === 'battery_capacity');
      if (spec?.value === Number((m[1] ?? '').replace(/,/g, ''))) read++;
    }
    expect(stated).toBeGreaterThanOrEqual(25);
    expect(read / stated).toBeGreaterThanOrEqual(0.95);
    const phones = titles.filter((t) => categoryFor([t]) === 'phone').length;
    expect(phones / titles.length).toBeLessThanOrEqual(0.05);
  });
});
