import { describe, expect, it } from 'vitest';
import { interpretAnalysis, interpretSpecs } from './interpret.ts';
import { rawSpec } from '../extract/raw-spec.ts';
import { analysis, product } from '../../test/unit/support/fixtures.ts';

describe('interpretSpecs', () => {
  it('normalises printed rows and keeps what else a row says', () => {
    const specs = interpretSpecs([rawSpec('Näytön koko', '55" (139 cm)'), rawSpec('HDMI-liitännät', '4 x HDMI 2.1'), rawSpec('Lisätietoja', 'Kaukosäädin mukana')]);
    expect(specs.find((s) => s.key === 'screen_size')).toMatchObject({ value: 55, unit: 'in', label: 'Näytön koko', raw: '55" (139 cm)' });
    expect(specs.find((s) => s.key === 'hdmi21_ports')?.value).toBe(4);
    // An unknown row is kept with its raw text: it is still evidence.
    expect(specs.find((s) => s.label === 'Lisätietoja')).toMatchObject({ key: null, raw: 'Kaukosäädin mukana' });
  });

  it('changes nothing when run twice', () => {
    const once = interpretSpecs([rawSpec('Resoluutio', '3840 x 2160'), rawSpec('Virkistystaajuus', '120 Hz')]);
    expect(interpretSpecs(once)).toEqual(once);
  });
});

describe('interpretAnalysis', () => {
  it('reads specs from listing titles and product rows', () => {
    const item = { title: 'Lumo L55-Q9 55" 4K QLED, 120 Hz', url: null, price: null, priorPrice: null, position: 1, specs: [], promotions: [], sponsored: false, shelf: null };
    const out = interpretAnalysis(analysis({ product: product({ specs: [rawSpec('Virkistystaajuus', '60 Hz')] }), items: [item] }));
    expect(out.product?.specs[0]).toMatchObject({ key: 'refresh_rate', value: 60 });
    expect(out.items[0]?.specs.map((s) => s.key)).toEqual(expect.arrayContaining(['screen_size', 'resolution', 'refresh_rate']));
  });
});
