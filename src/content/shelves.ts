/**
 * The content script's answer to the worker's request for a product page's shelves, which
 * the analysis on arrival leaves out (they show only in the popup). Inputs are injected so
 * it runs in jsdom too.
 */
import type { Shelves } from '../extract/index.ts';
import { cleanPageUrl } from '../contract/fit.ts';
import { isReadShelves } from './requests.ts';

export const SHELVES_MEASURE = 'needfit:shelves';

export interface ShelfDeps {
  doc: Document;
  location: () => string;
  read: (doc: Document, url: string) => Promise<{ shelves: Shelves; activeMs: number }>;
}

/** The handler for `answerWorker`: undefined for other messages, null when the tab moved on. */
export function shelfAnswerer(deps: ShelfDeps): (message: unknown) => Promise<unknown> | undefined {
  return (message) => {
    if (!isReadShelves(message)) return undefined;
    return (async () => {
      // The analysis named the page by its cleaned address (fit.ts); so does the worker's request.
      const url = cleanPageUrl(deps.location());
      // The worker's analysis is of another address (a single-page shop moved on): its
      // report of the new one is on its way, and these shelves would not belong to it.
      if (url !== message.url) return null;
      const started = performance.now();
      const { shelves, activeMs } = await deps.read(deps.doc, url);
      // Read from outside by `npm run bench`, as the analysis's own entry is.
      performance.measure(SHELVES_MEASURE, { start: started, duration: activeMs });
      return { url, ...shelves };
    })();
  };
}
