/** Laptops: memory, storage, weight and a battery that lasts the school day. */
import type { CategoryDef } from './types.ts';
import { aliases } from './define.ts';

export const LAPTOP: CategoryDef = {
  id: 'laptop',
  labels: { fi: 'Kannettava tietokone', sv: 'Bärbar dator', en: 'Laptop' },
  attributes: [
    'ram', 'storage', 'processor', 'gpu', 'screen_size', 'resolution', 'refresh_rate', 'panel_type', 'battery_life',
    'battery_energy', 'weight', 'operating_system', 'usb_c', 'price', 'brand',
  ],
  suggestions: [
    { key: 'ram', operator: 'at-least', value: 16, unit: 'GB', importance: 'must' },
    { key: 'storage', operator: 'at-least', value: 512, unit: 'GB', importance: 'must' },
    { key: 'screen_size', operator: 'between', value: [13, 15.6], unit: 'in', importance: 'nice', weight: 2 },
    { key: 'resolution', operator: 'at-least', value: 'full-hd', importance: 'nice', weight: 1 },
    { key: 'weight', operator: 'at-most', value: 1.8, unit: 'kg', importance: 'nice', weight: 2 },
    { key: 'battery_life', operator: 'at-least', value: 8, unit: 'h', importance: 'nice', weight: 2 },
    { key: 'price', operator: 'at-most', value: 1000, importance: 'must' },
  ],
  words: aliases(
    'kannettava tietokone|kannettavat tietokoneet|kannettavat|läppäri|läppärit|pelikannettava|pelikannettavat|macbook|chromebook',
    'bärbar dator|bärbara datorer|laptop|laptops|gaminglaptop|macbook|chromebook',
    'laptop|laptops|notebook|notebooks|gaming laptop|macbook|chromebook|ultrabook',
    'notebook|notebooks|laptop|laptops|gaming-notebook|macbook|chromebook|*notebook',
  ),
  hints: ['kannettava', 'ssd', 'intel core', 'ryzen', 'geforce rtx', 'windows 11', 'ram'],
};
