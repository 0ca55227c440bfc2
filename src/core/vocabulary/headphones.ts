/** Headphones: quiet on the bus, no cable, a battery for a long trip. */
import type { CategoryDef } from './types.ts';
import { aliases } from './define.ts';

export const HEADPHONES: CategoryDef = {
  id: 'headphones',
  labels: { fi: 'Kuulokkeet', sv: 'Hörlurar', en: 'Headphones' },
  attributes: ['noise_cancelling', 'wireless', 'battery_life', 'headphone_type', 'weight', 'usb_c', 'price', 'brand'],
  suggestions: [
    { key: 'noise_cancelling', operator: 'has', importance: 'must' },
    { key: 'wireless', operator: 'has', importance: 'must' },
    { key: 'battery_life', operator: 'at-least', value: 20, unit: 'h', importance: 'nice', weight: 2 },
    { key: 'headphone_type', operator: 'one-of', value: ['over-ear'], importance: 'nice', weight: 1 },
    { key: 'weight', operator: 'at-most', value: 0.3, unit: 'kg', importance: 'nice', weight: 1 },
    { key: 'price', operator: 'at-most', value: 300, importance: 'must' },
  ],
  words: aliases(
    'kuulokkeet|kuuloke|nappikuulokkeet|langattomat kuulokkeet|vastamelukuulokkeet|pelikuulokkeet|airpods|*kuulokkeet',
    'hörlurar|hörlur|headset|in-ear-hörlurar|airpods|*hörlurar',
    'headphones|headphone|earbuds|earphones|headset|airpods|true wireless earbuds',
    'kopfhörer|*kopfhörer|ohrhörer|headset|in-ear-kopfhörer|airpods',
  ),
  hints: ['anc', 'noise cancelling', 'vastamelu', 'over-ear', 'in-ear', 'bluetooth'],
};
