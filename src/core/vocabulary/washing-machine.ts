/** Washing machines: drum size, spin, energy, noise and whether it fits the gap. */
import type { CategoryDef } from './types.ts';
import { aliases } from './define.ts';

export const WASHING_MACHINE: CategoryDef = {
  id: 'washing-machine',
  labels: { fi: 'Pyykinpesukone', sv: 'Tvättmaskin', en: 'Washing machine' },
  attributes: [
    'load_capacity', 'spin_speed', 'energy_class', 'energy_consumption', 'water_consumption', 'noise', 'width',
    'height', 'depth', 'price', 'brand',
  ],
  suggestions: [
    { key: 'load_capacity', operator: 'at-least', value: 8, unit: 'kg', importance: 'must' },
    { key: 'spin_speed', operator: 'at-least', value: 1400, unit: 'rpm', importance: 'nice', weight: 1 },
    { key: 'energy_class', operator: 'at-least', value: 'A', importance: 'nice', weight: 2 },
    { key: 'noise', operator: 'at-most', value: 75, unit: 'dB', importance: 'nice', weight: 1 },
    { key: 'depth', operator: 'at-most', value: 60, unit: 'cm', importance: 'must' },
    { key: 'price', operator: 'at-most', value: 700, importance: 'must' },
  ],
  words: aliases(
    'pesukone|pesukoneet|pyykinpesukone|pyykinpesukoneet|kuivaava pesukone|*pyykinpesukone|*pyykinpesukoneet',
    'tvättmaskin|tvättmaskiner|*tvättmaskin|*tvättmaskiner|tvättpelare',
    'washing machine|washing machines|washer|washer dryer|front loader|top loader',
    'waschmaschine|waschmaschinen|*waschmaschine|*waschmaschinen|waschtrockner|frontlader|toplader',
  ),
  hints: ['linkous', 'kierrosta', 'centrifugering', 'spin', 'schleuder', 'pyykinhoito', 'tvätt'],
};
