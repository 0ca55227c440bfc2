import { describe, expect, it } from 'vitest';
import type { Operator, Requirement, RequirementValue } from './needs.ts';
import { normaliseSpec } from './specs.ts';
import { factsOf, type Offer } from './facts.ts';
import { gapOf, matchOffer, matchRequirement } from './match.ts';
import { describeRequirement, languageOf } from './describe.ts';
import { profile } from '../../test/unit/support/fixtures.ts';

let ids = 0;
function req(attribute: string, op: Operator, value: RequirementValue, unit: string | null = null, importance: 'must' | 'nice' = 'must', weight = 1): Requirement {
  return { id: `r${++ids}`, attribute, op, value, unit, importance, weight };
}
const num = (value: number): RequirementValue => ({ kind: 'number', value });
const text = (value: string): RequirementValue => ({ kind: 'text', value });
const list = (...values: string[]): RequirementValue => ({ kind: 'list', values });
const range = (min: number, max: number): RequirementValue => ({ kind: 'range', min, max });

function offer(rows: [string, string][], overrides: Partial<Offer> = {}): Offer {
  return {
    name: 'Testituote',
    brand: null,
    category: [],
    price: { amount: 849, currency: 'EUR' },
    specs: rows.map(([label, raw]) => normaliseSpec(label, raw)),
    specsSource: 'visible',
    nameSource: 'json-ld',
    priceSource: 'json-ld',
    ...overrides,
  };
}

function status(o: Offer, r: Requirement) {
  return matchRequirement(r, factsOf(o), o).status;
}

describe('numbers: every operator', () => {
  const tv = offer([['Virkistystaajuus', '120 Hz']]);
  it.each([
    ['atLeast', num(100), 'met'], ['atLeast', num(120), 'met'], ['atLeast', num(144), 'unmet'],
    ['atMost', num(120), 'met'], ['atMost', num(60), 'unmet'],
    ['between', range(100, 144), 'met'], ['between', range(60, 100), 'unmet'],
    ['equals', num(120), 'met'], ['equals', num(100), 'unmet'],
    ['oneOf', list('100', '120'), 'met'], ['oneOf', list('60', '100'), 'unmet'],
    ['has', { kind: 'none' }, 'met'],
  ] as [Operator, RequirementValue, string][])('%s %j is %s', (op, value, expected) => {
    expect(status(tv, req('refresh_rate', op, value, 'Hz'))).toBe(expected);
  });

  it('says a count of zero does not "have" the thing', () => {
    expect(status(offer([['HDMI 2.1', '0']]), req('hdmi21_ports', 'has', { kind: 'none' }))).toBe('unmet');
  });
});

describe('units convert between the requirement and the page', () => {
  it.each([
    ['screen_size', '55" (139 cm)', num(140), 'cm', 'atLeast', 'met'],
    ['screen_size', '139 cm', num(56), 'in', 'atLeast', 'unmet'],
    // A shop's rounded centimetres still make the 55" class.
    ['screen_size', '139 cm', num(55), 'in', 'atLeast', 'met'],
    ['storage', '1 TB SSD', num(512), 'GB', 'atLeast', 'met'],
    ['storage', '512 GB', num(1), 'TB', 'atLeast', 'unmet'],
    ['weight', '1,6 kg', num(1800), 'g', 'atMost', 'met'],
    ['weight', '2100 g', num(2), 'kg', 'atMost', 'unmet'],
    ['power', '90 W', num(0.1), 'kW', 'atMost', 'met'],
    ['refresh_rate', '120 Hz', num(0.1), 'kHz', 'atLeast', 'met'],
    ['brightness', '1000 cd/m²', num(1000), 'nits', 'atLeast', 'met'],
    ['brightness', '400 nits', num(600), 'nits', 'atLeast', 'unmet'],
  ] as [string, string, RequirementValue, string, Operator, string][])('%s "%s" vs %j %s (%s) is %s', (key, raw, value, unit, op, expected) => {
    const label = { screen_size: 'Näytön koko', storage: 'Tallennustila', weight: 'Paino', power: 'Teho', refresh_rate: 'Virkistystaajuus', brightness: 'Kirkkaus' }[key] as string;
    expect(status(offer([[label, raw]]), req(key, op, value, unit))).toBe(expected);
  });

  it('cannot compare units of another dimension', () => {
    expect(status(offer([['Paino', '1,6 kg']]), req('weight', 'atMost', num(2), 'GB'))).toBe('unknown');
  });

  it('reads a bare requirement number in the attribute\'s own unit', () => {
    expect(status(offer([['Näytön koko', '139 cm']]), req('screen_size', 'atLeast', num(50)))).toBe('met');
  });
});

describe('enums and lists', () => {
  const tv = offer([['Resoluutio', '3840 x 2160'], ['Energialuokka', 'E'], ['Paneelityyppi', 'QLED'], ['HDR', 'HDR10, HLG'], ['HDMI-liitännät', '4 x HDMI (2 x HDMI 2.1)']]);
  it.each([
    ['resolution', 'atLeast', text('4k'), 'met'], ['resolution', 'atLeast', text('8k'), 'unmet'],
    ['resolution', 'atMost', text('qhd'), 'unmet'], ['resolution', 'between', list('full-hd', '4k'), 'met'],
    ['resolution', 'equals', text('4k'), 'met'], ['resolution', 'oneOf', list('qhd', '8k'), 'unmet'],
    ['energy_class', 'atLeast', text('F'), 'met'], ['energy_class', 'atLeast', text('C'), 'unmet'],
    ['energy_class', 'atMost', text('e'), 'met'],
    ['hdmi_version', 'atLeast', text('2.1'), 'met'], ['hdmi21_ports', 'atLeast', num(2), 'met'],
    ['panel_type', 'oneOf', list('oled', 'qled'), 'met'], ['panel_type', 'equals', text('oled'), 'unmet'],
    ['hdr_formats', 'has', list('hdr10'), 'met'], ['hdr_formats', 'has', list('hdr10', 'dolby-vision'), 'unmet'],
    ['hdr_formats', 'oneOf', list('dolby-vision', 'hlg'), 'met'], ['hdr_formats', 'equals', list('hlg', 'hdr10'), 'met'],
  ] as [string, Operator, RequirementValue, string][])('%s %s %j is %s', (key, op, value, expected) => {
    expect(status(tv, req(key, op, value))).toBe(expected);
  });

  it('knows ports all below HDMI 2.1 mean no HDMI 2.1 port, and says why', () => {
    const old = offer([['HDMI-liitännät', '3 x HDMI 2.0']]);
    const row = matchRequirement(req('hdmi21_ports', 'atLeast', num(2)), factsOf(old), old);
    expect(row).toMatchObject({ status: 'unmet', found: '3 x HDMI 2.0', origin: 'derived', where: 'HDMI-liitännät' });
  });

  it('compares yes/no attributes and text attributes', () => {
    const phone = offer([['5G', 'Kyllä'], ['Prosessori', 'Intel Core i7-1360P']], { brand: 'Lumo' });
    expect(status(phone, req('has_5g', 'has', { kind: 'none' }))).toBe('met');
    expect(status(phone, req('has_5g', 'equals', text('no')))).toBe('unmet');
    expect(status(phone, req('processor', 'has', text('core i7')))).toBe('met');
    expect(status(phone, req('processor', 'equals', text('core i7')))).toBe('unmet');
    expect(status(phone, req('brand', 'oneOf', list('Samsung', 'lumo')))).toBe('met');
    expect(status(phone, req('brand', 'equals', text('Samsung')))).toBe('unmet');
  });
});

describe('must mention, missing specs and the price', () => {
  const tv = offer([['Liitännät', 'Wi-Fi, Bluetooth, eARC']], { name: 'Lumo L55 Google TV' });
  it('finds the words in the title or a spec row, and says where', () => {
    const facts = factsOf(tv);
    expect(matchRequirement(req('text', 'mentions', text('google tv')), facts, tv)).toMatchObject({ status: 'met', where: '', origin: 'title' });
    expect(matchRequirement(req('text', 'mentions', text('EARC')), facts, tv)).toMatchObject({ status: 'met', where: 'Liitännät', origin: 'visible' });
  });

  it('treats words not seen and a spec not stated as unknown, never as a pass', () => {
    expect(status(tv, req('text', 'mentions', text('Dolby Atmos')))).toBe('unknown');
    const missing = matchRequirement(req('refresh_rate', 'atLeast', num(100), 'Hz'), factsOf(tv), tv);
    expect(missing).toMatchObject({ status: 'unknown', found: null, where: null });
    expect(matchOffer(tv, profile({ budget: null, requirements: [req('refresh_rate', 'atLeast', num(100), 'Hz')] })).fit).toBe('unknown');
  });

  it('checks a price requirement and the budget, and will not compare other currencies', () => {
    expect(status(tv, req('price', 'atMost', num(900), 'EUR'))).toBe('met');
    expect(status(tv, req('price', 'atMost', num(800), 'EUR'))).toBe('unmet');
    expect(status(tv, req('price', 'atMost', num(9000), 'SEK'))).toBe('unknown');
    expect(matchOffer(tv, profile({ budget: { max: 800, currency: 'EUR' } })).budget?.status).toBe('unmet');
    expect(matchOffer(tv, profile({ budget: { max: 900, currency: 'SEK' } })).budget?.status).toBe('unknown');
    expect(matchOffer({ ...tv, price: null }, profile()).budget?.status).toBe('unknown');
  });

  it('reads specs from the title when the page lists none', () => {
    const card = offer([], { name: 'Visionex V50-UQ7 50" 4K UHD LED-televisio, 60 Hz' });
    expect(matchRequirement(req('screen_size', 'atLeast', num(55), 'in'), factsOf(card), card)).toMatchObject({ status: 'unmet', found: '50"', origin: 'title' });
  });
});

describe('overall fit and score', () => {
  const tv = offer([['Näytön koko', '55"'], ['Virkistystaajuus', '60 Hz']]);
  it('is a misfit when a must-have is unmet, partly when only a nice-to-have is', () => {
    const size = req('screen_size', 'atLeast', num(55), 'in');
    const hz = (importance: 'must' | 'nice') => req('refresh_rate', 'atLeast', num(100), 'Hz', importance, 2);
    expect(matchOffer(tv, profile({ requirements: [size, hz('must')] })).fit).toBe('misfit');
    const partly = matchOffer(tv, profile({ requirements: [size, hz('nice')] }));
    expect(partly.fit).toBe('partly');
    // size 3 + budget 3 met, refresh rate 2 not: 6 / 8.
    expect(partly.score).toBeCloseTo(6 / 8);
    expect(matchOffer(tv, profile({ requirements: [size] })).fit).toBe('fits');
    expect(matchOffer(tv, profile({ requirements: [], budget: null })).fit).toBe('unknown');
  });
});

describe('describing a requirement', () => {
  it('says it in Finnish and English', () => {
    expect(describeRequirement(req('screen_size', 'atLeast', num(55), 'in'), 'en')).toBe('Screen size at least 55″');
    expect(describeRequirement(req('resolution', 'atLeast', text('4k')), 'fi')).toBe('Resoluutio vähintään 4K (2160p)');
    expect(describeRequirement(req('text', 'mentions', text('Google TV')), 'en')).toBe('Product text mentions "Google TV"');
  });

  it('says it in Swedish, attribute, operator and values alike', () => {
    expect(describeRequirement(req('screen_size', 'atLeast', num(55), 'in'), 'sv')).toBe('Skärmstorlek minst 55″');
    expect(describeRequirement(req('resolution', 'atLeast', text('4k')), 'sv')).toBe('Upplösning minst 4K (2160p)');
    expect(describeRequirement(req('hdmi21_ports', 'atLeast', num(2)), 'sv')).toBe('HDMI 2.1-portar minst 2');
    expect(describeRequirement(req('vacuum_type', 'oneOf', list('robot', 'stick')), 'sv')).toBe('Dammsugartyp något av: Robotdammsugare, Skaftdammsugare');
    expect(describeRequirement(req('weight', 'between', range(1, 1.6), 'kg'), 'sv')).toBe('Vikt mellan 1–1,6\u00a0kg');
    expect(describeRequirement(req('price', 'atMost', num(900)), 'sv')).toBe('Pris högst 900');
    expect(describeRequirement(req('text', 'mentions', text('Google TV')), 'sv')).toBe('Produkttext nämner "Google TV"');
  });

  it('picks the language from a UI locale: Finnish, Swedish, else English', () => {
    expect(['fi', 'fi-FI', 'sv', 'sv-FI', 'sv_SE', 'en-GB', 'de', 'fil', 'svk', ''].map(languageOf)).toEqual(
      ['fi', 'fi', 'sv', 'sv', 'sv', 'en', 'en', 'en', 'en', 'en'],
    );
  });
});

describe('gapOf: how far an unmet number falls short', () => {
  const fact = (value: number, unit: 'cm' | 'in' | 'Hz' | null) => ({ key: 'screen_size', value, unit, shown: `${value}`, label: '', origin: null });

  it('is in the unit the shopper typed, converted from the page', () => {
    const gap = gapOf(req('screen_size', 'atLeast', { kind: 'number', value: 65 }, 'in'), fact(139.7, 'cm'));
    expect(gap?.unit).toBe('in');
    expect(gap?.found).toBeCloseTo(55, 5);
    expect(gap).toMatchObject({ wanted: 65, side: 'below' });
  });

  it('is above for "at most", and none for ranges, texts or units of another dimension', () => {
    expect(gapOf(req('screen_size', 'atMost', { kind: 'number', value: 50 }, 'in'), fact(55, 'in'))).toMatchObject({ found: 55, wanted: 50, side: 'above' });
    expect(gapOf(req('screen_size', 'between', { kind: 'range', min: 50, max: 55 }, 'in'), fact(65, 'in'))).toBeNull();
    expect(gapOf(req('screen_size', 'atLeast', { kind: 'number', value: 55 }, 'in'), fact(60, 'Hz'))).toBeNull();
  });
});
