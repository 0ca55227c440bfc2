// Placeholder registry until the listings work lands (helper D owns this folder).
import type { SiteAdapter } from './types.ts';

export const ADAPTERS: readonly SiteAdapter[] = [];

export function adapterFor(_url: string): SiteAdapter | null {
  return null;
}
