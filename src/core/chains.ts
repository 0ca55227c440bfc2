/** Which chain a shop belongs to, from the data in chains.json: no chain is a code branch. */
import data from './chains.json';

const CHAIN_OF = new Map<string, string>(data.chains.flatMap((c) => c.shops.map((shop) => [shop, c.name] as const)));

/** The chain of a shop's host ("www." dropped; "m.gigantti.fi" is gigantti.fi), or null. */
export function chainOf(shop: string): string | null {
  // A port (a shop on one machine) is no part of which chain it is.
  let host = shop.toLowerCase().replace(/^www\./, '').replace(/:\d+$/, '');
  for (;;) {
    const chain = CHAIN_OF.get(host);
    if (chain) return chain;
    const dot = host.indexOf('.');
    // Stop before a bare top-level domain: "fi" is no shop.
    if (dot < 0 || host.indexOf('.', dot + 1) < 0) return null;
    host = host.slice(dot + 1);
  }
}

/** The chain two different shops share, or null. */
export function sharedChain(a: string, b: string): string | null {
  const chain = chainOf(a);
  return chain !== null && a !== b && chain === chainOf(b) ? chain : null;
}

/** The shops chains.json lists for a chain, in its order; none for an unknown chain. */
export function shopsOfChain(chain: string): string[] {
  return data.chains.find((c) => c.name === chain)?.shops.slice() ?? [];
}
