/**
 * Reading attribute values out of a shop's text: enum words ("Ultra HD", "Neo QLED"), pixel
 * counts, HDMI port lines, energy classes, yes/no, and dimension triples. Data-driven from
 * the attribute tables; every input is cut to a bounded length first.
 */
import { convert, dimensionOf, parseNumber, unitFor, type UnitId } from '../units.ts';
import type { AttributeDef } from './types.ts';
import { RESOLUTION_ORDER, ENERGY_CLASS_ORDER } from './attributes.ts';
import { foldText, type Side } from './labels.ts';

const MAX_VALUE = 500;

/** Folds a value but keeps the marks that tell values apart: "2.1", "HDR10+", "qd-oled". */
export function foldValue(text: string): string {
  return text
    .slice(0, MAX_VALUE)
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9+.-]+/g, ' ')
    .trim();
}

/**
 * `foldValue` with, for each folded character, the index of the character of `text` it came
 * from: so a phrase matched in the folded text is quoted as the page wrote it ("4K UHD", not
 * "4k uhd"). Folds character by character the same way `foldValue` folds the whole.
 */
export function foldValueMapped(text: string): { folded: string; at: number[] } {
  const source = text.slice(0, MAX_VALUE);
  let folded = '';
  const at: number[] = [];
  let gap = false;
  for (let i = 0; i < source.length; ) {
    const code = source.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    const out = char.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '');
    for (const c of out) {
      if (/[a-z0-9+.-]/.test(c)) {
        if (gap && folded.length > 0) {
          folded += ' ';
          at.push(i);
        }
        gap = false;
        folded += c;
        at.push(i);
      } else {
        gap = true;
      }
    }
    i += char.length;
  }
  return { folded, at };
}

/** The page's own words for folded[start, end). */
const originalOf = (text: string, at: number[], start: number, end: number) => text.slice(at[start] ?? 0, (at[end - 1] ?? -1) + 1);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words too common to mean a value in running text: a charger's "LED display" is no panel
 * type, "SD card" no resolution. They still count in a spec row that names the attribute.
 */
const LOOSE_WORDS = new Set(['led', 'lcd', 'tft', 'va', 'tn', 'pls', 'hd', 'sd', 'tws', 'nappi', 'varsi', 'robot', 'stick', 'fit']);

type Pattern = { re: RegExp; idOf: Map<string, string> };
const patterns = { row: new WeakMap<AttributeDef, Pattern>(), text: new WeakMap<AttributeDef, Pattern>() };

function phrasePattern(def: AttributeDef, inText: boolean): Pattern {
  const cache = inText ? patterns.text : patterns.row;
  const cached = cache.get(def);
  if (cached) return cached;
  const idOf = new Map<string, string>();
  for (const v of def.values ?? []) {
    for (const phrase of v.match) {
      const folded = foldValue(phrase);
      if (!(inText && LOOSE_WORDS.has(folded)) && !idOf.has(folded)) idOf.set(folded, v.id);
    }
  }
  const alternatives = [...idOf.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const re = new RegExp(`(?<![a-z0-9.])(${alternatives || '(?!)'})(?![a-z0-9+]|\\.[0-9])`, 'g');
  const built = { re, idOf };
  cache.set(def, built);
  return built;
}

/**
 * The enum or list values a text mentions, longest phrase first at each place, in text order.
 * `inText` is for running text such as titles, where the loosest words do not count.
 */
export function enumMatches(def: AttributeDef, text: string, inText = false): { id: string; phrase: string; index: number; shown: string }[] {
  const { re, idOf } = phrasePattern(def, inText);
  const found: { id: string; phrase: string; index: number; shown: string }[] = [];
  const { folded, at } = foldValueMapped(text);
  for (const m of folded.matchAll(re)) {
    const id = idOf.get(m[1] ?? '');
    const index = m.index ?? 0;
    if (id) found.push({ id, phrase: m[1] ?? '', index, shown: originalOf(text, at, index, index + (m[1] ?? '').length) });
    if (found.length >= 20) break;
  }
  return found;
}

/** The single value of an enum attribute: the longest phrase wins ("Neo QLED" over "QLED"). */
export function enumValueIn(def: AttributeDef, text: string, inText = false): string | null {
  let best: { id: string; phrase: string } | null = null;
  for (const m of enumMatches(def, text, inText)) if (!best || m.phrase.length > best.phrase.length) best = m;
  return best?.id ?? null;
}

export interface Resolution {
  tier: (typeof RESOLUTION_ORDER)[number];
  width: number | null;
  height: number | null;
  /** The words it was read from ("3840 x 2160", "Ultra HD"). */
  raw: string;
}

const WIDTH_TIERS: [number, Resolution['tier']][] = [[7680, '8k'], [5120, '5k'], [3840, '4k'], [2560, 'qhd'], [1920, 'full-hd'], [1280, 'hd']];
const HEIGHT_TIERS: [number, Resolution['tier']][] = [[4320, '8k'], [2880, '5k'], [2160, '4k'], [1440, 'qhd'], [1080, 'full-hd'], [720, 'hd']];
const tierOf = (n: number, tiers: [number, Resolution['tier']][]) => tiers.find(([min]) => n >= min)?.[1] ?? 'sd';

/**
 * "3840 x 2160", "2400×1080" (a phone, upright or not), "4K UHD", "1080p". An ultrawide
 * 3440×1440 is QHD: the lower of the two sides' tiers counts.
 */
export function parseResolution(text: string, def: AttributeDef, inText = false): Resolution | null {
  // Not a table's "235x100 cm" nor a bed's "158x198x61cm": pixels stand alone and are many.
  const pixels = /(?<![\d.,x×] ?)(\d{3,5})\s*(?:x|×|\*|by)\s*(\d{3,5})(?!\s*(?:[\d.,x×*]|cm|mm|m\b|"|in\b))/i.exec(text.slice(0, MAX_VALUE));
  const width = Math.max(Number(pixels?.[1]), Number(pixels?.[2]));
  const height = Math.min(Number(pixels?.[1]), Number(pixels?.[2]));
  if (pixels && width >= 640 && height >= 240) {
    const byWidth = RESOLUTION_ORDER.indexOf(tierOf(width, WIDTH_TIERS));
    const byHeight = RESOLUTION_ORDER.indexOf(tierOf(height, HEIGHT_TIERS));
    return { tier: RESOLUTION_ORDER[Math.min(byWidth, byHeight)] ?? 'sd', width, height, raw: pixels[0] };
  }
  let best: { id: string; phrase: string; shown: string } | null = null;
  for (const m of enumMatches(def, text, inText)) if (!best || m.phrase.length > best.phrase.length) best = m;
  const tier = RESOLUTION_ORDER.find((t) => t === best?.id);
  return tier && best ? { tier, width: null, height: null, raw: best.shown } : null;
}

/** "G", "E (A-G)", "A+++ (A+++ - D)", "Energialuokka: F": the first class standing alone. */
export function parseEnergyClass(text: string): string | null {
  const m = /(?<![\p{L}\p{N}\-–])(A\+{1,3}|[A-G])(?![\p{L}\p{N}+\-–])/u.exec(text.slice(0, MAX_VALUE));
  const id = m?.[1];
  return id && (ENERGY_CLASS_ORDER as readonly string[]).includes(id) ? id : null;
}

export interface HdmiLine {
  ports: number | null;
  version: '1.4' | '2.0' | '2.1' | null;
  ports21: number | null;
}

const HDMI_LINE = /(?:(\d{1,2})\s*[x×]\s*)?hdmi[®™]?(?:[\s-]*(?:v(?:ersion)?\s*)?(\d\.\d)[ab]?)?(?:\s*(?:\(\s*(\d{1,2})\s*(?:x|kpl|st|stk|pcs)?\s*\)|:\s*(\d{1,2})(?![\d.])))?/gi;

/** "4 x HDMI 2.1", "HDMI 2.1 (4)", "3x HDMI (2x HDMI 2.1)", "2x HDMI 2.1, 2x HDMI 2.0", "4". */
export function parseHdmi(text: string): HdmiLine | null {
  const s = text.slice(0, MAX_VALUE);
  let outer = 0;
  let nested = 0;
  let ports21 = 0;
  let counted = false;
  let version: HdmiLine['version'] = null;
  for (const m of s.matchAll(HDMI_LINE)) {
    const v = m[2] === '2.1' || m[2] === '2.0' || m[2] === '1.4' ? m[2] : null;
    if (v && (!version || v > version)) version = v;
    const n = Number(m[1] ?? m[3] ?? m[4] ?? NaN);
    if (!Number.isInteger(n) || n <= 0 || n >= 20) continue;
    counted = true;
    // "3x HDMI (2x HDMI 2.1)": a count inside brackets is part of the total before it.
    const before = s.slice(0, m.index ?? 0);
    const depth = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    if (depth > 0) nested += n;
    else outer += n;
    if (v === '2.1') ports21 += n;
  }
  if (!counted && !version) {
    const bare = /^\s*(\d{1,2})\s*(?:x|kpl|st|stk|pcs)?\s*$/i.exec(s);
    return bare ? { ports: Number(bare[1]), version: null, ports21: null } : null;
  }
  return { ports: counted ? outer || nested : null, version, ports21: ports21 || null };
}

const YES = new Set('kylla yes ja true on oui si tak x aktiivinen active aktiv hybrid hybridi adaptive adaptiivinen mukana included sisaltaa finns vorhanden integriert integrated inbyggd sisaanrakennettu'.split(' '));
const NO = new Set('ei no nein nej false off none passiivinen passive passiv langallinen wired kabelgebunden tradbunden johdollinen nicht inte'.split(' '));

/** Yes/no in four languages; a value naming the attribute itself ("5G", "ANC") is a yes. */
const ownWords = new WeakMap<AttributeDef, string[]>();

export function parseBoolean(text: string, def: AttributeDef): boolean | null {
  if (/[✓✔☑]/.test(text.slice(0, 20))) return true;
  const words = foldText(text).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  if (NO.has(words[0] ?? '')) return false;
  if (words.some((w) => YES.has(w))) return true;
  const folded = ` ${words.join(' ')} `;
  let own = ownWords.get(def);
  if (!own) {
    own = Object.values(def.aliases).flat().map(foldText).filter((a) => a.length >= 2);
    ownWords.set(def, own);
  }
  if (own.some((a) => folded.includes(` ${a} `))) return true;
  if (/bluetooth|wifi|wlan|akku|battery|batteri/.test(folded)) return def.key === 'wireless' ? true : null;
  return words.some((w) => NO.has(w)) ? false : null;
}

export type Sides = Partial<Record<Side, number>>;

const DEFAULT_ORDER: Side[] = ['width', 'height', 'depth'];

/**
 * "59.8 cm x 185.5 cm x 58.00 cm", "60 x 85 x 55 cm", "1228 x 711 x 25 mm" in `unit`, in the
 * order the label gave (width, height, depth when it gave none). Null without three sides.
 */
export function parseDimensions(text: string, order: Side[] | null, unit: UnitId = 'cm', unitHint: UnitId | null = null): Sides | null {
  const s = text.slice(0, MAX_VALUE);
  const triple = /(\d+(?:[.,]\d+)?)\s*([a-z"″]*)\s*[x×*]\s*(\d+(?:[.,]\d+)?)\s*([a-z"″]*)\s*[x×*]\s*(\d+(?:[.,]\d+)?)\s*([a-z"″]*)/i.exec(s);
  if (!triple) return null;
  const spelled = [triple[6], triple[4], triple[2]].map((u) => unitFor(u ?? '')).find((u) => u && dimensionOf(u) === 'length');
  const from: UnitId = spelled ?? unitHint ?? 'cm';
  const sides: Sides = {};
  const use = order ?? DEFAULT_ORDER;
  for (let i = 0; i < 3; i++) {
    const n = parseNumber(triple[1 + i * 2] ?? '');
    const value = n === null ? null : convert(n, from, unit);
    const side = use[i];
    if (value === null || !side || !Number.isFinite(value)) return null;
    sides[side] = value;
  }
  return sides;
}
