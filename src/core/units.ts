/**
 * Quantities with units, as shops write them ("55\"", "139 cm", "1,5 kg", "512 Gt", "100/120Hz"),
 * and conversion between units of one dimension. Pure and DOM-free; every input is bounded.
 */

export type Dimension =
  | 'length'
  | 'data'
  | 'mass'
  | 'power'
  | 'frequency'
  | 'luminance'
  | 'charge'
  | 'energy'
  | 'sound'
  | 'time'
  | 'volume'
  | 'rotation'
  | 'pressure'
  | 'pixels'
  | 'airpower';

export type UnitId =
  | 'mm' | 'cm' | 'm' | 'ft' | 'in'
  | 'kB' | 'MB' | 'GB' | 'TB'
  | 'g' | 'kg' | 'lb' | 'oz'
  | 'W' | 'kW'
  | 'Hz' | 'kHz' | 'MHz' | 'GHz'
  | 'nits'
  | 'mAh' | 'Ah'
  | 'Wh' | 'kWh'
  | 'dB'
  | 'ms' | 's' | 'min' | 'h'
  | 'ml' | 'cl' | 'dl' | 'l'
  | 'rpm'
  | 'Pa' | 'kPa'
  | 'MP'
  | 'AW';

export interface Quantity {
  value: number;
  unit: UnitId;
}

export interface QuantityMatch extends Quantity {
  /** Every number of a slash list ("100/120 Hz" gives [100, 120]); `value` is the largest. */
  values: number[];
  /** Where the match starts in the text, and the text matched. */
  index: number;
  text: string;
}

interface UnitDef {
  dimension: Dimension;
  /** How many canonical units of the dimension one of this unit is. */
  factor: number;
  /** Spellings seen in shops, matched case-insensitively. */
  aliases: string[];
  /** Spellings that also occur as ordinary words ("2 in 1", "5G"): only where a unit is expected. */
  loose?: string[];
}

/** Decimal data sizes, as shops use them: 1 TB = 1000 GB. */
const UNITS: Record<UnitId, UnitDef> = {
  mm: { dimension: 'length', factor: 0.1, aliases: ['mm', 'millimetre', 'millimeter', 'millimetriä'] },
  cm: { dimension: 'length', factor: 1, aliases: ['cm', 'senttiä', 'senttimetriä', 'centimeter', 'zentimeter'] },
  m: { dimension: 'length', factor: 100, aliases: ['metriä', 'meter', 'metre', 'metres', 'meters'], loose: ['m'] },
  ft: { dimension: 'length', factor: 30.48, aliases: ['ft', 'feet', 'foot'] },
  in: {
    dimension: 'length',
    factor: 2.54,
    aliases: ['"', '″', '”', '“', "''", '’’', 'inch', 'inches', 'tuumaa', 'tuuman', 'tuuma', 'tuumainen',
      'tuumaiset', 'tuumaisen', 'tuumia', 'tum', 'zoll', 'zöller', 'pulgadas', 'pouces'],
    loose: ['in'],
  },
  kB: { dimension: 'data', factor: 1e-6, aliases: ['kb', 'kt'] },
  MB: { dimension: 'data', factor: 1e-3, aliases: ['mb', 'mt', 'megabyte', 'megatavua'] },
  GB: { dimension: 'data', factor: 1, aliases: ['gb', 'gt', 'gigabyte', 'gigatavua'] },
  TB: { dimension: 'data', factor: 1000, aliases: ['tb', 'tt', 'terabyte', 'teratavua'] },
  g: { dimension: 'mass', factor: 1e-3, aliases: ['grammaa', 'gram', 'grams', 'gramm'], loose: ['g'] },
  kg: { dimension: 'mass', factor: 1, aliases: ['kg', 'kiloa', 'kilogram', 'kilogramm', 'kilogrammaa'] },
  lb: { dimension: 'mass', factor: 0.45359237, aliases: ['lb', 'lbs', 'pound', 'pounds'] },
  oz: { dimension: 'mass', factor: 0.028349523125, aliases: ['oz', 'ounce', 'ounces'] },
  W: { dimension: 'power', factor: 1, aliases: ['w', 'watt', 'watts', 'wattia'] },
  kW: { dimension: 'power', factor: 1000, aliases: ['kw', 'kilowatt', 'kilowattia'] },
  Hz: { dimension: 'frequency', factor: 1, aliases: ['hz', 'hertz', 'hertsiä'] },
  kHz: { dimension: 'frequency', factor: 1e3, aliases: ['khz'] },
  MHz: { dimension: 'frequency', factor: 1e6, aliases: ['mhz'] },
  GHz: { dimension: 'frequency', factor: 1e9, aliases: ['ghz'] },
  nits: { dimension: 'luminance', factor: 1, aliases: ['nits', 'nit', 'nitiä', 'cd/m²', 'cd/m2', 'cd/㎡', 'candela/m²'] },
  mAh: { dimension: 'charge', factor: 1, aliases: ['mah'] },
  Ah: { dimension: 'charge', factor: 1000, aliases: ['ah'] },
  Wh: { dimension: 'energy', factor: 1, aliases: ['wh', 'wattituntia'] },
  kWh: { dimension: 'energy', factor: 1000, aliases: ['kwh'] },
  dB: { dimension: 'sound', factor: 1, aliases: ['db', 'db(a)', 'dba', 'desibeliä', 'dezibel'] },
  ms: { dimension: 'time', factor: 1 / 3_600_000, aliases: ['ms', 'millisekuntia', 'millisekunden'] },
  s: { dimension: 'time', factor: 1 / 3600, aliases: ['sekuntia', 'sec', 'sek', 'sekunden', 'seconds'], loose: ['s'] },
  min: { dimension: 'time', factor: 1 / 60, aliases: ['min', 'minuuttia', 'minuten', 'minuter', 'minutes', 'mins'] },
  h: { dimension: 'time', factor: 1, aliases: ['h', 'tuntia', 'std', 'stunden', 'timmar', 'hours', 'hrs', 'tim'], loose: ['t'] },
  ml: { dimension: 'volume', factor: 1e-3, aliases: ['ml', 'millilitraa'] },
  cl: { dimension: 'volume', factor: 1e-2, aliases: ['cl'] },
  dl: { dimension: 'volume', factor: 1e-1, aliases: ['dl'] },
  l: { dimension: 'volume', factor: 1, aliases: ['l', 'litraa', 'liter', 'litre', 'litres', 'liters'] },
  rpm: { dimension: 'rotation', factor: 1, aliases: ['rpm', 'kierrosta/min', 'kierr/min', 'kierr./min', 'u/min', 'varv/min', 'v/min'] },
  Pa: { dimension: 'pressure', factor: 1, aliases: ['pa', 'pascal'] },
  kPa: { dimension: 'pressure', factor: 1000, aliases: ['kpa'] },
  MP: { dimension: 'pixels', factor: 1, aliases: ['mp', 'megapixel', 'megapikseliä', 'mpix', 'mpx'] },
  // A vacuum's suction in air watts: not the motor's watts, so a dimension of its own.
  AW: { dimension: 'airpower', factor: 1, aliases: ['aw', 'air watts', 'airwatts', 'air watt'] },
};

/** The unit each dimension is stored in, unless an attribute names its own (a screen in inches). */
export const CANONICAL_UNIT: Readonly<Record<Dimension, UnitId>> = {
  length: 'cm', data: 'GB', mass: 'kg', power: 'W', frequency: 'Hz', luminance: 'nits', charge: 'mAh',
  energy: 'Wh', sound: 'dB', time: 'h', volume: 'l', rotation: 'rpm', pressure: 'Pa', pixels: 'MP', airpower: 'AW',
};

export const UNIT_IDS = Object.keys(UNITS) as UnitId[];

const MAX_TEXT = 2000;
const MAX_MATCHES = 50;

const byAlias = new Map<string, UnitId>();
const strictAliases: string[] = [];
const allAliases: string[] = [];
for (const id of UNIT_IDS) {
  const def = UNITS[id];
  byAlias.set(id.toLowerCase(), id);
  allAliases.push(id.toLowerCase());
  for (const alias of def.aliases) { byAlias.set(alias, id); strictAliases.push(alias); }
  for (const alias of def.loose ?? []) { byAlias.set(alias, id); allAliases.push(alias); }
}
allAliases.push(...strictAliases);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/**
 * One number: grouped thousands ("1 299", "12.000") or plain, with an optional decimal part.
 * Free text groups only with no-break spaces: a title's "iPhone 15 128 GB" is not 15128 GB.
 */
const numberPattern = (groups: string) =>
  String.raw`(?:\d{1,3}(?:[${groups}]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)`;

function quantityPattern(aliases: string[], groups: string): RegExp {
  const units = [...aliases].sort((a, b) => b.length - a.length).map(escape).join('|');
  const n = numberPattern(groups);
  // A unit may not run on into a word ("5 gt" yes, "5 gtx" no) nor be a rate ("100 Mb/s").
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}]|\d[.,])(${n}(?:\s*\/\s*${n})*)\s*-?\s*(${units})(?![\p{L}\p{N}]|\/s)`,
    'giu',
  );
}
const STRICT_PATTERN = quantityPattern(strictAliases, String.raw`\u00a0\u202f'’.,`);
const LOOSE_PATTERN = quantityPattern(allAliases, String.raw` \u00a0\u202f'’.,`);

/**
 * Reads one number as shops write it. A lone "." or "," before exactly three digits groups
 * thousands ("2.000 W", "5,000 mAh") unless the whole part is 0; otherwise it is the decimal mark.
 */
export function parseNumber(text: string): number | null {
  const s = text.trim().slice(0, 40).replace(/[\s\u00a0\u202f'’]/g, '');
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = s.split(group).join('').replace(decimal, '.');
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (sep === null) normal = s;
    else {
      const parts = s.split(sep);
      const grouped = parts.length > 2 || (parts[1]?.length === 3 && !/^0+$/.test(parts[0] ?? ''));
      normal = grouped ? parts.join('') : parts.join('.');
    }
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** The unit a spelling stands for ("Gt" -> GB, "tuumaa" -> in), or null. */
export function unitFor(spelling: string): UnitId | null {
  const key = spelling.trim().toLowerCase();
  return byAlias.get(key) ?? byAlias.get(key.replace(/\s+/g, '')) ?? null;
}

export function dimensionOf(unit: UnitId): Dimension {
  return UNITS[unit].dimension;
}

export interface FindOptions {
  /** Only quantities of this dimension. */
  dimension?: Dimension;
  /**
   * For free text such as titles: leave out spellings that double as words ("in", "g", "m",
   * "s", "t") and thousands grouped by plain spaces.
   */
  strict?: boolean;
  limit?: number;
}

/** Every quantity in the text, in order (bounded: the first 2000 characters, 50 matches). */
export function findQuantities(text: string, options: FindOptions = {}): QuantityMatch[] {
  const pattern = options.strict ? STRICT_PATTERN : LOOSE_PATTERN;
  const limit = Math.min(options.limit ?? MAX_MATCHES, MAX_MATCHES);
  const found: QuantityMatch[] = [];
  pattern.lastIndex = 0;
  const input = text.slice(0, MAX_TEXT);
  for (const match of input.matchAll(pattern)) {
    const unit = unitFor(match[2] ?? '');
    if (!unit || (options.dimension && UNITS[unit].dimension !== options.dimension)) continue;
    const values = (match[1] ?? '').split('/').map(parseNumber).filter((v): v is number => v !== null);
    if (values.length === 0) continue;
    found.push({ value: Math.max(...values), unit, values, index: match.index ?? 0, text: match[0] });
    if (found.length >= limit) break;
  }
  return found;
}

/** The first quantity in the text ("139 cm (55\")" gives 139 cm), or null. */
export function parseQuantity(text: string, options: Omit<FindOptions, 'limit'> = {}): Quantity | null {
  const first = findQuantities(text, { ...options, limit: 1 })[0];
  return first ? { value: first.value, unit: first.unit } : null;
}

/** Converts between units of one dimension; null when the dimensions differ (cm to GB). */
export function convert(value: number, from: UnitId, to: UnitId): number | null {
  const a = UNITS[from];
  const b = UNITS[to];
  if (!a || !b || a.dimension !== b.dimension) return null;
  if (from === to) return value;
  return (value * a.factor) / b.factor;
}

/** The quantity in another unit of its dimension, or null. */
export function toUnit(quantity: Quantity, unit: UnitId): Quantity | null {
  const value = convert(quantity.value, quantity.unit, unit);
  return value === null ? null : { value, unit };
}

/**
 * Writes a quantity so that parseQuantity reads it back exactly: "1.5 kg", "15,6 in".
 * Exactly three decimals would read as grouped thousands, so such a number gets a trailing 0.
 */
export function formatQuantity(quantity: Quantity, decimalMark: '.' | ',' = '.'): string {
  let digits = String(quantity.value);
  if (/e/i.test(digits)) digits = quantity.value.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
  const [whole, fraction] = digits.split('.');
  const number = fraction === undefined ? whole : `${whole}${decimalMark}${fraction.length === 3 ? `${fraction}0` : fraction}`;
  return `${number} ${quantity.unit}`;
}
