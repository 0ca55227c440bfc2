/** Vacuum cleaners: type, cord or battery, bin size and noise. */
import type { CategoryDef } from './types.ts';
import { aliases } from './define.ts';

export const VACUUM_CLEANER: CategoryDef = {
  id: 'vacuum-cleaner',
  labels: { fi: 'Pölynimuri', sv: 'Dammsugare', en: 'Vacuum cleaner' },
  attributes: [
    'vacuum_type', 'wireless', 'battery_life', 'suction_power', 'suction_pressure', 'power', 'dust_capacity', 'noise', 'weight',
    'energy_class', 'price', 'brand',
  ],
  suggestions: [
    { key: 'vacuum_type', operator: 'one-of', value: ['stick'], importance: 'nice', weight: 2 },
    { key: 'wireless', operator: 'has', importance: 'nice', weight: 1 },
    { key: 'battery_life', operator: 'at-least', value: 40, unit: 'min', importance: 'nice', weight: 2 },
    { key: 'dust_capacity', operator: 'at-least', value: 0.5, unit: 'l', importance: 'nice', weight: 1 },
    { key: 'noise', operator: 'at-most', value: 80, unit: 'dB', importance: 'nice', weight: 1 },
    { key: 'weight', operator: 'at-most', value: 3, unit: 'kg', importance: 'nice', weight: 1 },
    { key: 'price', operator: 'at-most', value: 400, importance: 'must' },
  ],
  words: aliases(
    'pölynimuri|pölynimurit|imuri|imurit|*imuri|*imurit|robotti-imuri|robotti-imurit',
    'dammsugare|*dammsugare|robotdammsugare|skaftdammsugare',
    'vacuum cleaner|vacuum cleaners|vacuum|robot vacuum|stick vacuum|hoover',
    'staubsauger|*staubsauger|saugroboter|*sauger|*saugroboter',
  ),
  hints: ['suction', 'imuteho', 'saugleistung', 'sugeffekt', 'hepa', 'pölysäiliö'],
};
