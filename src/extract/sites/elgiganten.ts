import type { SiteAdapter } from './types.ts';
import { gigantti } from './gigantti.ts';

/** Elgiganten (Elkjøp Nordic, Sweden and Denmark): the same shop software as Gigantti, so the same selectors. */
export const elgiganten: SiteAdapter = {
  ...gigantti,
  id: 'elgiganten',
  hosts: ['elgiganten.se', 'elgiganten.dk'],
  testPages: ['elgiganten-listing.html'],
};
