/** Televisions: bought by size, picture and how many consoles they take at full rate. */
import type { CategoryDef } from './types.ts';
import { aliases } from './define.ts';

export const TV: CategoryDef = {
  id: 'tv',
  labels: { fi: 'Televisio', sv: 'TV', en: 'TV' },
  attributes: [
    'screen_size', 'resolution', 'refresh_rate', 'panel_type', 'hdr_formats', 'hdmi21_ports', 'hdmi_ports',
    'hdmi_version', 'brightness', 'operating_system', 'energy_class', 'power', 'weight', 'width', 'height', 'depth',
    'price', 'brand',
  ],
  suggestions: [
    { key: 'screen_size', operator: 'at-least', value: 55, unit: 'in', importance: 'must' },
    { key: 'resolution', operator: 'at-least', value: '4k', importance: 'must' },
    { key: 'refresh_rate', operator: 'at-least', value: 100, unit: 'Hz', importance: 'nice', weight: 2 },
    { key: 'hdmi21_ports', operator: 'at-least', value: 2, importance: 'nice', weight: 2 },
    { key: 'hdr_formats', operator: 'has', value: ['dolby-vision'], importance: 'nice', weight: 1 },
    { key: 'panel_type', operator: 'one-of', value: ['oled', 'qd-oled', 'mini-led', 'qled'], importance: 'nice', weight: 2 },
    { key: 'price', operator: 'at-most', value: 1000, importance: 'must' },
  ],
  words: aliases(
    'televisio|televisiot|tv|älytelevisio|älytelevisiot|smart tv|oled-tv|qled-tv|led-tv|4k-televisio|*televisio|*televisiot',
    'tv|tv-apparat|tv-apparater|smart-tv|oled-tv',
    'tv|tvs|television|televisions|smart tv|oled tv|qled tv|4k tv|led tv',
    'fernseher|*fernseher|fernsehgerät|fernsehgeräte|tv-gerät|tv-geräte|smart-tv|oled-tv',
  ),
  hints: ['hdmi 2.1', 'dolby vision', 'hdr10', 'qled', 'oled', 'uhd', 'hdr10+'],
};
