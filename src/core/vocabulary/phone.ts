/** Phones: storage, battery and camera, and 5G for the next few years. */
import type { CategoryDef } from './types.ts';
import { aliases } from './define.ts';

export const PHONE: CategoryDef = {
  id: 'phone',
  labels: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' },
  attributes: [
    'storage', 'ram', 'battery_capacity', 'screen_size', 'refresh_rate', 'panel_type', 'main_camera', 'has_5g',
    'operating_system', 'weight', 'price', 'brand',
  ],
  suggestions: [
    { key: 'storage', operator: 'at-least', value: 128, unit: 'GB', importance: 'must' },
    { key: 'ram', operator: 'at-least', value: 8, unit: 'GB', importance: 'nice', weight: 1 },
    { key: 'battery_capacity', operator: 'at-least', value: 4500, unit: 'mAh', importance: 'nice', weight: 2 },
    { key: 'screen_size', operator: 'between', value: [6, 6.8], unit: 'in', importance: 'nice', weight: 1 },
    { key: 'has_5g', operator: 'has', importance: 'must' },
    { key: 'main_camera', operator: 'at-least', value: 48, unit: 'MP', importance: 'nice', weight: 1 },
    { key: 'price', operator: 'at-most', value: 600, importance: 'must' },
  ],
  words: aliases(
    'puhelin|puhelimet|älypuhelin|älypuhelimet|matkapuhelin|matkapuhelimet|iphone|*puhelimet',
    'mobiltelefon|mobiltelefoner|smartphone|smartphones|mobil|mobiler|iphone|telefon',
    'smartphone|smartphones|mobile phone|mobile phones|cell phone|cell phones|phone|phones|iphone',
    'smartphone|smartphones|handy|handys|mobiltelefon|iphone|*smartphone',
  ),
  hints: ['dual sim', '5g', 'android', 'galaxy', 'pixel', 'mah'],
};
