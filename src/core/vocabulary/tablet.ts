/** Tablets: screen, storage and whether it goes online without Wi-Fi. */
import type { CategoryDef } from './types.ts';
import { aliases } from './define.ts';

export const TABLET: CategoryDef = {
  id: 'tablet',
  labels: { fi: 'Tabletti', sv: 'Surfplatta', en: 'Tablet' },
  attributes: [
    'screen_size', 'resolution', 'storage', 'ram', 'battery_capacity', 'battery_life', 'cellular', 'weight',
    'operating_system', 'price', 'brand',
  ],
  suggestions: [
    { key: 'screen_size', operator: 'at-least', value: 10.5, unit: 'in', importance: 'must' },
    { key: 'storage', operator: 'at-least', value: 128, unit: 'GB', importance: 'must' },
    { key: 'ram', operator: 'at-least', value: 6, unit: 'GB', importance: 'nice', weight: 1 },
    { key: 'cellular', operator: 'has', importance: 'nice', weight: 1 },
    { key: 'weight', operator: 'at-most', value: 0.6, unit: 'kg', importance: 'nice', weight: 1 },
    { key: 'price', operator: 'at-most', value: 500, importance: 'must' },
  ],
  words: aliases(
    'tabletti|tabletit|tablettitietokone|tablettitietokoneet|ipad|*tabletti',
    'surfplatta|surfplattor|läsplatta|ipad|tablet|*surfplatta',
    'tablet|tablets|ipad|galaxy tab|tablet pc',
    'tablet|tablets|tablet-pc|ipad|*tablet',
  ),
  hints: ['wi-fi + cellular', 'wifi', 'lte', 'stylus', 'pen'],
};
