/**
 * A product page's shelves of other products, fetched from the tab when a report needs
 * them: the content script leaves them out of its analysis on arrival, because only the
 * popup shows them and reading them was a fifth of the analysis.
 */
import * as v from 'valibot';
import { interpretItem } from '../core/interpret.ts';
import type { Shelves } from '../extract/index.ts';
import { CONTRACT_LIMITS, type PageAnalysis } from '../contract/analysis.ts';
import { READ_SHELVES, type ReadShelvesRequest } from '../content/requests.ts';
import { ShelvesSchema } from '../schema/analysis.ts';
import type { Store } from '../storage/store.ts';

/** The analysis with the shelves in: their items after the page's own, highlights re-indexed. */
export function withShelves(analysis: PageAnalysis, shelves: Shelves): PageAnalysis {
  const { shelvesPending: _read, ...rest } = analysis;
  const offset = analysis.items.length;
  const items = shelves.items.map(interpretItem);
  const highlighted = shelves.highlighted
    .filter((h) => h.index >= 0 && h.index < items.length)
    .map((h) => ({ ...h, index: h.index + offset }));
  return {
    ...rest,
    items: [...analysis.items, ...items],
    highlighted: [...analysis.highlighted, ...highlighted].slice(0, CONTRACT_LIMITS.highlights),
  };
}

/**
 * Asks the tab for the shelves its stored analysis left out, and stores them with it. A tab
 * that cannot answer (moved on, script gone, too slow) leaves the analysis as it was: the
 * report is then made without them. Returns whether shelves were added.
 */
export async function fillShelves(store: Store, tabId: number, ask: (tabId: number, request: ReadShelvesRequest) => Promise<unknown>): Promise<boolean> {
  const tab = await store.getTab(tabId);
  if (!tab?.analysis.shelvesPending) return false;
  const answer = await ask(tabId, { type: READ_SHELVES, url: tab.analysis.url }).catch(() => null);
  const parsed = v.safeParse(ShelvesSchema, answer);
  if (!parsed.success || parsed.output.url !== tab.analysis.url) return false;
  return store.completeTab(tabId, tab.at, withShelves(tab.analysis, parsed.output));
}
