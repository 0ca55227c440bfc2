/**
 * Analyse-and-report loop of the content script, with its inputs injected so it runs in
 * jsdom too. Re-analysis after page changes is debounced and coalesced: one run at a time.
 */
import type { PageAnalysis } from '../extract/types.ts';
import { watchPage } from '../extract/watch.ts';

export const ANALYSIS_MEASURE = 'needfit:analysis';

export interface ReporterDeps {
  doc: Document;
  location: () => string;
  analyse: (doc: Document, url: string) => PageAnalysis;
  post: (message: unknown) => Promise<unknown>;
  /** Reports failures of our own code without touching the page; console by default. */
  warn?: (message: string, error: unknown) => void;
}

/** Starts reporting; returns a function that forces a fresh analysis now. */
export function startReporting(deps: ReporterDeps): () => void {
  const warn = deps.warn ?? ((message, error) => console.warn(`[Needfit] ${message}`, error));
  let lastSent = '';

  const run = (): void => {
    try {
      const started = performance.now();
      const analysis = deps.analyse(deps.doc, deps.location());
      // A user-timing entry in the page's timeline: `npm run bench` reads it from outside.
      performance.measure(ANALYSIS_MEASURE, { start: started, end: performance.now() });
      const body = JSON.stringify(analysis);
      if (body === lastSent) return; // the page changed, but not in anything we report
      lastSent = body;
      deps.post({ type: 'content/page-analysed', payload: { analysis } }).catch((error: unknown) => {
        warn('the report was not accepted', error);
      });
    } catch (error) {
      warn('analysis failed', error);
    }
  };

  run();
  try {
    watchPage(deps.doc, () => run());
  } catch (error) {
    warn('could not watch the page for changes', error);
  }
  return () => {
    lastSent = '';
    run();
  };
}
