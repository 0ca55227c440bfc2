/**
 * Specs in running text: a card title ('55" 4K 120 Hz QLED', '8/256 GB', '16 GB RAM / 512 GB SSD')
 * or a composite spec value ('6,1" OLED, 120 Hz'). Titles are read strictly: no "in", "g" or
 * space-grouped thousands, which in a title are words and model numbers. Bounded to 500 chars.
 */
import { convert, dimensionOf, findQuantities, type QuantityMatch, type Dimension, type UnitId } from '../units.ts';
import { attribute } from './attributes.ts';
import { enumMatches, parseEnergyClass, parseHdmi, parseResolution } from './values.ts';
import type { AttributeDef } from './types.ts';

const MAX_TEXT = 500;

export interface TextSpec {
  key: string;
  value: number | string;
  unit: string | null;
  /** The words the value was read from. */
  raw: string;
}

interface Rule {
  key: string;
  dimension: Dimension;
  unit: UnitId;
  min: number;
  max: number;
  /** Only units spelled this way count (a screen in inches, not a TV's width in cm). */
  only?: UnitId[];
  /** Only in a spec value, never in a title ("8 kg" in a washer's title is its drum). */
  compositeOnly?: boolean;
}

const QUANTITY_RULES: Rule[] = [
  { key: 'screen_size', dimension: 'length', unit: 'in', min: 3, max: 150, only: ['in'] },
  { key: 'refresh_rate', dimension: 'frequency', unit: 'Hz', min: 24, max: 1000, only: ['Hz'] },
  { key: 'brightness', dimension: 'luminance', unit: 'nits', min: 50, max: 20000 },
  { key: 'battery_capacity', dimension: 'charge', unit: 'mAh', min: 100, max: 100000 },
  { key: 'battery_energy', dimension: 'energy', unit: 'Wh', min: 5, max: 10000, only: ['Wh'] },
  { key: 'power', dimension: 'power', unit: 'W', min: 1, max: 10000 },
  { key: 'noise', dimension: 'sound', unit: 'dB', min: 10, max: 130 },
  { key: 'spin_speed', dimension: 'rotation', unit: 'rpm', min: 200, max: 2500 },
  { key: 'main_camera', dimension: 'pixels', unit: 'MP', min: 2, max: 300 },
  { key: 'response_time', dimension: 'time', unit: 'ms', min: 0.01, max: 50, only: ['ms'] },
  { key: 'weight', dimension: 'mass', unit: 'kg', min: 0.001, max: 500, compositeOnly: true },
];

const sameDimension = (unit: UnitId, dimension: Dimension) => dimensionOf(unit) === dimension;
const toRuleUnit = (q: QuantityMatch, rule: Rule) => Math.round((convert(q.value, q.unit, rule.unit) ?? NaN) * 1e6) / 1e6;
function inRange(q: QuantityMatch, rule: Rule): boolean {
  const v = toRuleUnit(q, rule);
  return Number.isFinite(v) && v >= rule.min && v <= rule.max;
}

const RAM_AFTER = /^\s*(?:\/\s*)?(?:ram|lpddr\d*x?|ddr\d*|muisti|memory|arbeitsspeicher|arbetsminne|unified memory)\b/i;
const STORAGE_AFTER = /^\s*(?:\/\s*)?(?:ssd|hdd|emmc|ufs|nvme|storage|tallennustila|rom|flash|speicher|lagring)\b/i;
const RAM_BEFORE = /(?:ram|muisti|memory|arbeitsspeicher)[\s:]*$/i;
const STORAGE_BEFORE = /(?:ssd|hdd|storage|tallennustila|speicher|lagring)[\s:]*$/i;

/** RAM and storage from data sizes: their neighbouring words first, then their sizes. */
function memorySpecs(text: string, data: QuantityMatch[]): TextSpec[] {
  const out: TextSpec[] = [];
  const gb = (q: QuantityMatch, n: number) => (q.unit === 'TB' ? n * 1000 : q.unit === 'MB' ? n / 1000 : n);
  const unlabelled: QuantityMatch[] = [];
  for (const q of data) {
    const after = text.slice(q.index + q.text.length, q.index + q.text.length + 20);
    const before = text.slice(Math.max(0, q.index - 14), q.index);
    if (q.values.length === 2) {
      // "8/256 GB": a phone's RAM and storage in one.
      const [a, b] = [Math.min(...q.values), Math.max(...q.values)];
      if (a <= 32 && b >= 32) {
        out.push({ key: 'ram', value: gb(q, a), unit: 'GB', raw: q.text }, { key: 'storage', value: gb(q, b), unit: 'GB', raw: q.text });
        continue;
      }
    }
    // The word after a size names it ("16 GB RAM 1 TB SSD"); the word before only when none follows.
    const kind = RAM_AFTER.test(after) ? 'ram' : STORAGE_AFTER.test(after) ? 'storage'
      : RAM_BEFORE.test(before) ? 'ram' : STORAGE_BEFORE.test(before) || q.unit === 'TB' ? 'storage' : null;
    if (kind) out.push({ key: kind, value: gb(q, q.value), unit: 'GB', raw: q.text });
    else unlabelled.push(q);
  }
  const sizes = unlabelled.map((q) => ({ q, n: gb(q, q.value) })).sort((x, y) => x.n - y.n);
  const has = (key: string) => out.some((s) => s.key === key);
  // "16 GB / 512 GB SSD": beside a labelled storage, the smaller bare size is the RAM.
  if (has('storage') && !has('ram') && sizes[0] && sizes[0].n <= 64) {
    out.push({ key: 'ram', value: sizes[0].n, unit: 'GB', raw: sizes[0].q.text });
    return out;
  }
  const small = sizes[0];
  const large = sizes[sizes.length - 1];
  if (small && large && small !== large && small.n <= 64 && large.n > small.n) {
    out.push({ key: 'ram', value: small.n, unit: 'GB', raw: small.q.text }, { key: 'storage', value: large.n, unit: 'GB', raw: large.q.text });
  } else if (large && large.n >= 64) out.push({ key: 'storage', value: large.n, unit: 'GB', raw: large.q.text });
  return out;
}

function enumSpecs(text: string, inText: boolean): TextSpec[] {
  const out: TextSpec[] = [];
  const resolution = attribute('resolution') as AttributeDef;
  const tier = parseResolution(text, resolution, inText);
  if (tier) out.push({ key: 'resolution', value: tier.tier, unit: null, raw: tier.raw });
  const panelDef = attribute('panel_type') as AttributeDef;
  // Quoted as the page wrote them ("Neo QLED", "Dolby Vision"), the longest phrase for the panel.
  let panel: { id: string; phrase: string; shown: string } | null = null;
  for (const m of enumMatches(panelDef, text, inText)) if (!panel || m.phrase.length > panel.phrase.length) panel = m;
  if (panel) out.push({ key: 'panel_type', value: panel.id, unit: null, raw: panel.shown });
  const hdrMatches = enumMatches(attribute('hdr_formats') as AttributeDef, text, inText);
  const hdr = [...new Set(hdrMatches.map((m) => m.id))];
  const hdrShown = [...new Set(hdrMatches.map((m) => m.shown))];
  if (hdr.length) out.push({ key: 'hdr_formats', value: hdr.join(','), unit: null, raw: hdrShown.join(', ') });
  return out;
}

/** Every spec the text carries that the vocabulary can read, one per key, first found first. */
export function specsInText(input: string, options: { composite: boolean }): TextSpec[] {
  const text = input.slice(0, MAX_TEXT);
  const strict = !options.composite;
  const quantities = findQuantities(text, { strict });
  const found: TextSpec[] = [];
  for (const rule of QUANTITY_RULES) {
    if (rule.compositeOnly && strict) continue;
    const q = quantities.find((m) =>
      (rule.only ? rule.only.includes(m.unit) : m.unit === rule.unit || sameDimension(m.unit, rule.dimension)) &&
      inRange(m, rule));
    if (q) found.push({ key: rule.key, value: toRuleUnit(q, rule), unit: rule.unit, raw: q.text });
  }
  found.push(...memorySpecs(text, quantities.filter((q) => sameDimension(q.unit, 'data'))));
  found.push(...enumSpecs(text, strict));
  if (/hdmi/i.test(text)) {
    const hdmi = parseHdmi(text);
    if (hdmi?.ports) found.push({ key: 'hdmi_ports', value: hdmi.ports, unit: null, raw: 'HDMI' });
    if (hdmi?.version) found.push({ key: 'hdmi_version', value: hdmi.version, unit: null, raw: `HDMI ${hdmi.version}` });
    if (hdmi?.ports21) found.push({ key: 'hdmi21_ports', value: hdmi.ports21, unit: null, raw: `HDMI 2.1` });
  }
  const energy = /(?:energialuokka|energy class|energieeffizienzklasse|energieklasse|energiklass)\s*:?\s*(\S{1,4})/i.exec(text);
  const energyClass = energy ? parseEnergyClass(energy[1] ?? '') : null;
  if (energy && energyClass) found.push({ key: 'energy_class', value: energyClass, unit: null, raw: energy[0] });
  const seen = new Set<string>();
  return found.filter((s) => (seen.has(s.key) ? false : (seen.add(s.key), true)));
}
