/**
 * Every attribute the vocabulary knows, shared by all categories: the spec normaliser maps a
 * shop's label onto one of these keys, and a needs profile states requirements on them.
 */
import type { AttributeDef, EnumValue } from './types.ts';
import { aliases } from './define.ts';
import { DISPLAY_ATTRIBUTES } from './attributes-display.ts';
import { DEVICE_ATTRIBUTES } from './attributes-devices.ts';
import { HOME_ATTRIBUTES } from './attributes-home.ts';

export { RESOLUTION_ORDER, HDMI_VERSION_ORDER } from './attributes-display.ts';
export { ENERGY_CLASS_ORDER } from './attributes-home.ts';

const GENERAL_ATTRIBUTES: AttributeDef[] = [
  {
    // The amount is a price, not a unit quantity; currency travels with the page's Money.
    key: 'price', labels: { fi: 'Hinta', sv: 'Pris', en: 'Price' }, kind: 'number',
    aliases: aliases('hinta|myyntihinta', 'pris', 'price|sale price', 'preis|verkaufspreis'),
  },
  {
    key: 'brand', labels: { fi: 'Merkki', sv: 'Märke', en: 'Brand' }, kind: 'text',
    aliases: aliases(
      'merkki|valmistaja|tuotemerkki|brändi|tavaramerkki',
      'märke|varumärke|tillverkare|fabrikat',
      'brand|manufacturer|make|brand name',
      'marke|hersteller|markenname|herstellername',
    ),
  },
  {
    key: 'model', labels: { fi: 'Malli', sv: 'Modell', en: 'Model' }, kind: 'text',
    aliases: aliases('malli|mallinumero|mallinimi|tuotemalli', 'modell|modellnummer|modellnamn', 'model|model number|model name|item model number', 'modell|modellnummer|modellbezeichnung|typenbezeichnung'),
  },
  {
    key: 'color', labels: { fi: 'Väri', sv: 'Färg', en: 'Colour' }, kind: 'text',
    aliases: aliases('väri|värisävy|tuotteen väri', 'färg|kulör', 'colour|color|colour name|color name', 'farbe|farbton|gehäusefarbe'),
  },
];

export const ATTRIBUTES: readonly AttributeDef[] = [
  ...GENERAL_ATTRIBUTES,
  ...DISPLAY_ATTRIBUTES,
  ...DEVICE_ATTRIBUTES,
  ...HOME_ATTRIBUTES,
];

const byKey = new Map(ATTRIBUTES.map((a) => [a.key, a]));

export function attribute(key: string): AttributeDef | null {
  return byKey.get(key) ?? null;
}

/** The ordered values of an enum attribute, worst first; null when it has no order. */
export function enumOrder(key: string): string[] | null {
  const def = byKey.get(key);
  return def?.ordered && def.values ? def.values.map((v) => v.id) : null;
}

/**
 * Compares two values of an ordered enum: negative when `a` is worse than `b`, 0 when equal,
 * positive when better; null when the attribute has no order or a value is not one of its ids.
 */
export function compareEnum(key: string, a: string, b: string): number | null {
  const order = enumOrder(key);
  if (!order) return null;
  const ia = order.indexOf(a);
  const ib = order.indexOf(b);
  return ia < 0 || ib < 0 ? null : ia - ib;
}

export function enumValue(key: string, id: string): EnumValue | null {
  return byKey.get(key)?.values?.find((v) => v.id === id) ?? null;
}
