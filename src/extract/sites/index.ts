/**
 * The registry of site adapters. One retailer, one file; test/unit/sites.test.ts fails when
 * a file in this folder is missing here or has no saved test page.
 */
import { amazon } from './amazon.ts';
import { bestbuy } from './bestbuy.ts';
import { elgiganten } from './elgiganten.ts';
import { gigantti } from './gigantti.ts';
import { jimms } from './jimms.ts';
import { mediamarkt } from './mediamarkt.ts';
import { power } from './power.ts';
import { prisma } from './prisma.ts';
import type { SiteAdapter } from './types.ts';
import { verkkokauppa } from './verkkokauppa.ts';
import { zalando } from './zalando.ts';

export const ADAPTERS: readonly SiteAdapter[] = [
  verkkokauppa, gigantti, elgiganten, power, prisma, jimms, amazon, bestbuy, mediamarkt, zalando,
];

/** True when `host` is `suffix` or a subdomain of it; never a mere substring. */
export function hostMatches(host: string, suffix: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const s = suffix.toLowerCase();
  return h === s || h.endsWith(`.${s}`);
}

export function adapterFor(url: string): SiteAdapter | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return ADAPTERS.find((a) => a.hosts.some((s) => hostMatches(host, s))) ?? null;
}
