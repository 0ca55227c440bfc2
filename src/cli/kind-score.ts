/** Page kinds told apart: a confusion table of labelled against found kinds. */
import type { PageKind } from '../contract/analysis.ts';

export const KINDS: readonly PageKind[] = ['listing', 'product', 'other'];

export type Confusion = Record<PageKind, Record<PageKind, number>>;

export function confusion(pairs: { labelled: PageKind; found: PageKind }[]): Confusion {
  const table = Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(KINDS.map((f) => [f, 0]))])) as Confusion;
  for (const { labelled, found } of pairs) table[labelled][found]++;
  return table;
}

/** Share of the pages labelled `kind` that came out as `kind`. */
export function recallOf(table: Confusion, kind: PageKind): { hit: number; of: number } {
  const row = table[kind];
  return { hit: row[kind], of: KINDS.reduce((n, k) => n + row[k], 0) };
}

export function formatConfusion(table: Confusion): string[] {
  const head = `  ${'labelled \\ found'.padEnd(18)}${KINDS.map((k) => k.padStart(9)).join('')}`;
  return [head, ...KINDS.map((k) => `  ${k.padEnd(18)}${KINDS.map((f) => String(table[k][f]).padStart(9)).join('')}`)];
}
