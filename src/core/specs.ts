/**
 * The spec normaliser: a shop's label and value ("Kuvaruudun koko", "139 cm (55\")") become a
 * canonical attribute with its unit (screen_size, 55, "in"), the raw pair kept beside it.
 * The label words and values come from the vocabulary tables; this file only applies them.
 */
import type { Spec } from '../contract/analysis.ts';
import { convert, dimensionOf, findQuantities, parseNumber, type UnitId } from './units.ts';
import { attribute, attributeForLabel, type AttributeDef, type LabelMatch } from './vocabulary/index.ts';
import { sideOrderIn } from './vocabulary/labels.ts';
import {
  enumMatches, enumValueIn, parseBoolean, parseDimensions, parseEnergyClass, parseHdmi, parseResolution,
} from './vocabulary/values.ts';
import { specsInText } from './vocabulary/free-text.ts';

export { RESOLUTION_ORDER, HDMI_VERSION_ORDER, ENERGY_CLASS_ORDER, enumOrder, compareEnum } from './vocabulary/index.ts';

const MAX_RAW = 500;
/** Raw text kept as evidence is cut here: enough for any real row, not a hostile megabyte. */
const MAX_KEPT = 2000;
const MAX_TEXT_VALUE = 200;

type Value = Pick<Spec, 'key' | 'value' | 'unit'>;

/** A number attribute's value in its unit; the label's unit stands in for a bare number. */
function numberValue(def: AttributeDef, raw: string, hint: LabelMatch): Value {
  if (def.count) {
    const n = /(?<![\d.,])(\d{1,3})(?![\d.,])/.exec(raw)?.[1];
    return { key: def.key, value: n === undefined ? null : Number(n), unit: null };
  }
  if (!def.unit) {
    const n = /\d[\d\s.,]*/.exec(raw)?.[0];
    return { key: def.key, value: n ? parseNumber(n) : null, unit: null };
  }
  // "Kapasiteetti: 128 GB" is storage, not a drum's kilograms: the unit picks among siblings.
  const candidates = [def, ...(def.orAs ?? []).map(attribute).filter((a): a is AttributeDef => !!a?.unit)];
  const inDimension = (unit: UnitId) => candidates.find((c) => c.unit && dimensionOf(c.unit) === dimensionOf(unit));
  const quantities = findQuantities(raw, { limit: 6 });
  for (const target of candidates) {
    const unit = target.unit as UnitId;
    // "139 cm (55\")": the figure already in the attribute's own unit is the shop's own.
    const own = quantities.find((q) => q.unit === unit) ?? quantities.find((q) => dimensionOf(q.unit) === dimensionOf(unit));
    if (own) return withThreshold(target, convert(own.value, own.unit, unit));
  }
  if (quantities.length > 0) return { key: def.key, value: null, unit: def.unit };
  const bare = /(?<![\p{L}\d])(\d+(?:[.,]\d+)*)(?![\p{L}\d])/u.exec(raw)?.[1];
  const n = bare === undefined ? null : parseNumber(bare);
  const from = hint.unitHint ?? def.unit;
  const target = inDimension(from);
  if (n === null || !target?.unit) return { key: def.key, value: null, unit: def.unit };
  return withThreshold(target, convert(n, from, target.unit));
}

function withThreshold(def: AttributeDef, value: number | null): Value {
  const rounded = value === null ? null : Math.round(value * 1e6) / 1e6;
  const moved = def.aboveAs && rounded !== null && rounded >= def.aboveAs.value ? attribute(def.aboveAs.key) : null;
  const target = moved ?? def;
  return { key: target.key, value: rounded, unit: target.unit ?? null };
}

function valueFor(def: AttributeDef, raw: string, hint: LabelMatch): Value {
  switch (def.kind) {
    case 'number':
      return numberValue(def, raw, hint);
    case 'enum': {
      const id =
        def.key === 'resolution' ? parseResolution(raw, def)?.tier ?? null
        : def.key === 'energy_class' ? parseEnergyClass(raw)
        : def.key === 'hdmi_version' ? parseHdmi(`hdmi ${raw}`)?.version ?? enumValueIn(def, raw)
        : enumValueIn(def, raw);
      return { key: def.key, value: id, unit: null };
    }
    case 'list': {
      const ids = [...new Set(enumMatches(def, raw).map((m) => m.id))];
      return { key: def.key, value: ids.length ? ids.join(',') : null, unit: null };
    }
    case 'boolean':
      return { key: def.key, value: parseBoolean(raw, def), unit: null };
    default: {
      const text = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_VALUE);
      return { key: def.key, value: text || null, unit: null };
    }
  }
}

/** Normalises one raw spec pair into a canonical attribute, keeping the raw label and value. */
export function normaliseSpec(label: string, raw: string): Spec {
  return expandSpec(label, raw)[0] as Spec;
}

/**
 * The normalised spec first, then what else the row says: "HDMI: 4 x HDMI 2.1" also gives
 * hdmi_version 2.1 and hdmi21_ports 4; "Abmessungen (B/H/T)" gives width, height and depth;
 * a "Display" row gives screen size, panel and refresh rate. Extraction should keep them all.
 */
export function expandSpec(label: string, raw: string): Spec[] {
  const safeLabel = typeof label === 'string' ? label.slice(0, MAX_KEPT) : '';
  const safeRaw = typeof raw === 'string' ? raw.slice(0, MAX_KEPT) : '';
  const value = safeRaw.slice(0, MAX_RAW);
  const match = attributeForLabel(safeLabel);
  const def = match ? attribute(match.key) : null;
  if (!match || !def) return [{ key: null, value: null, unit: null, label: safeLabel, raw: safeRaw }];
  const row = (v: Value): Spec => ({ ...v, label: safeLabel, raw: safeRaw });
  const specs: Spec[] = [row(valueFor(def, value, match))];
  const seen = new Set([specs[0]?.key]);
  const add = (v: Value) => {
    if (v.key && v.value !== null && !seen.has(v.key)) { seen.add(v.key); specs.push(row(v)); }
  };
  if (def.key.startsWith('hdmi') || def.key === 'connections') {
    const hdmi = parseHdmi(def.key === 'hdmi21_ports' ? `${value} x hdmi 2.1` : value);
    if (hdmi && def.key === 'hdmi_ports' && hdmi.ports !== null && specs[0]) specs[0] = row({ key: 'hdmi_ports', value: hdmi.ports, unit: null });
    // "HDMI 2.1: 2" says nothing of the other HDMI ports.
    if (def.key !== 'hdmi21_ports') add({ key: 'hdmi_ports', value: hdmi?.ports ?? null, unit: null });
    add({ key: 'hdmi_version', value: hdmi?.version ?? null, unit: null });
    add({ key: 'hdmi21_ports', value: hdmi?.ports21 ?? null, unit: null });
  }
  if (def.key === 'dimensions') {
    const sides = parseDimensions(value, match.sideOrder ?? sideOrderIn(value), 'cm', match.unitHint);
    if (sides) for (const [side, n] of Object.entries(sides)) add({ key: side, value: Math.round(n * 1e6) / 1e6, unit: 'cm' });
  }
  if (def.composite) for (const spec of specsInText(value, { composite: true })) add(spec);
  return specs;
}

/** Specs carried by free text such as a card title: '55" 4K 120 Hz', '16 GB / 512 GB'. */
export function specsFromText(text: string): Spec[] {
  if (typeof text !== 'string') return [];
  return specsInText(text, { composite: false }).map((v) => ({ ...v, label: '', raw: v.raw }));
}

/** The ids of a list spec's value ("hdr10,dolby-vision" gives both); [] for anything else. */
export function listValues(value: Spec['value']): string[] {
  return typeof value === 'string' && value ? value.split(',').filter(Boolean) : [];
}
