/** Computer monitors: size, sharpness and speed for the desk. */
import type { CategoryDef } from './types.ts';
import { aliases } from './define.ts';

export const MONITOR: CategoryDef = {
  id: 'monitor',
  labels: { fi: 'Näyttö', sv: 'Bildskärm', en: 'Monitor' },
  attributes: [
    'screen_size', 'resolution', 'refresh_rate', 'panel_type', 'response_time', 'brightness', 'hdr_formats',
    'hdmi_ports', 'hdmi_version', 'usb_c', 'energy_class', 'power', 'weight', 'price', 'brand',
  ],
  suggestions: [
    { key: 'screen_size', operator: 'at-least', value: 27, unit: 'in', importance: 'must' },
    { key: 'resolution', operator: 'at-least', value: 'qhd', importance: 'must' },
    { key: 'refresh_rate', operator: 'at-least', value: 144, unit: 'Hz', importance: 'nice', weight: 2 },
    { key: 'panel_type', operator: 'one-of', value: ['ips', 'oled', 'qd-oled', 'va'], importance: 'nice', weight: 1 },
    { key: 'response_time', operator: 'at-most', value: 5, unit: 'ms', importance: 'nice', weight: 1 },
    { key: 'usb_c', operator: 'has', importance: 'nice', weight: 1 },
    { key: 'price', operator: 'at-most', value: 400, importance: 'must' },
  ],
  words: aliases(
    'näytöt|tietokonenäyttö|tietokonenäytöt|pelinäyttö|pelinäytöt|monitori|monitorit|*pelinäyttö',
    'bildskärm|bildskärmar|datorskärm|datorskärmar|gamingskärm|gamingskärmar|skärmar',
    'monitor|monitors|gaming monitor|computer monitor|pc monitor',
    'monitor|monitore|gaming-monitor|pc-monitor|bildschirme|*monitor',
  ),
  hints: ['näyttö', 'skärm', 'display', 'bildschirm', '144 hz', '165 hz', 'ips', 'displayport', 'freesync', 'g-sync'],
};
