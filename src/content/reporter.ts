/**
 * Analyse-and-report loop of the content script, with its inputs injected so it runs in
 * jsdom too. Re-analysis after page changes is debounced and coalesced: one run at a time.
 */
import type { PageAnalysis } from '../contract/analysis.ts';
import { cleanUrl } from '../contract/fit.ts';
import { watchPage } from '../extract/watch.ts';

export const ANALYSIS_MEASURE = 'needfit:analysis';
export const ANALYSIS_WALL_MEASURE = 'needfit:analysis-wall';
export const LONGEST_SLICE_MEASURE = 'needfit:longest-slice';
export const SCRIPT_INIT_MEASURE = 'needfit:script-init';

export interface ReporterDeps {
  doc: Document;
  location: () => string;
  /** Extracts the page in slices; `activeMs` is our main-thread time without the pauses. */
  analyse: (doc: Document, url: string) => Promise<{ analysis: PageAnalysis; activeMs: number; longestSliceMs?: number }>;
  post: (message: unknown) => Promise<unknown>;
  /** Reports failures of our own code without touching the page; console by default. */
  warn?: (message: string, error: unknown) => void;
}

const OUTLINE = '{outline-offset:2px!important;outline:3px solid #1b7f3b!important}';

/**
 * In-page marking, when the shopper turned it on (the worker's reply then names cards): one
 * <style> and data attributes only, never markup, so the page's layout and scripts are untouched.
 */
function markCards(doc: Document, reply: unknown): void {
  const marks = (reply as { value?: { marks?: { url: string; fit: string; note: string | null }[] } } | null)?.value?.marks;
  if (!Array.isArray(marks) || marks.length === 0) return;
  if (!doc.getElementById('needfit-marks')) {
    const style = doc.createElement('style');
    style.id = 'needfit-marks';
    style.textContent = `[data-needfit=fits]${OUTLINE}[data-needfit=unknown]${OUTLINE.replace('3px solid #1b7f3b', '2px dashed #5f6368')}[data-needfit=misfit]${OUTLINE.replace('solid #1b7f3b', 'dashed #b3261e')}`;
    (doc.head ?? doc.documentElement).append(style);
  }
  const links = new Map<string, Element>();
  // Cards are named by their cleaned address (contract/fit.ts), so the page's links are too.
  for (const a of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]')).slice(0, 5000)) {
    const key = cleanUrl(a.href);
    if (key !== null && !links.has(key)) links.set(key, a);
  }
  for (const mark of marks.slice(0, 300)) {
    const link = links.get(mark.url);
    const card = link?.closest('li, article') ?? link;
    if (!card) continue;
    card.setAttribute('data-needfit', mark.fit);
    if (mark.note && !card.hasAttribute('title')) card.setAttribute('title', `Needfit: ${mark.note}`);
  }
}

/** Starts reporting; returns a function that forces a fresh analysis now. */
export function startReporting(deps: ReporterDeps): () => void {
  const warn = deps.warn ?? ((message, error) => console.warn(`[Needfit] ${message}`, error));
  let lastSent = '';

  let running = false;
  let again = false;

  const run = async (): Promise<void> => {
    // One analysis at a time; changes during a run ask for one more run after it.
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const started = performance.now();
      const { analysis, activeMs, longestSliceMs } = await deps.analyse(deps.doc, deps.location());
      // User-timing entries in the page's timeline: `npm run bench` reads them from outside.
      // Its detail says whether a product page's shelves were left for the popup to ask for.
      performance.measure(ANALYSIS_MEASURE, { start: started, duration: activeMs, detail: { shelvesPending: analysis.shelvesPending === true } });
      performance.measure(ANALYSIS_WALL_MEASURE, { start: started, end: performance.now() });
      if (longestSliceMs !== undefined) performance.measure(LONGEST_SLICE_MEASURE, { start: started, duration: longestSliceMs });
      const body = JSON.stringify(analysis);
      if (body !== lastSent) {
        // Unchanged analyses (the page changed, but not in anything we report) are not sent.
        lastSent = body;
        deps
          .post({ type: 'content/page-analysed', payload: { analysis } })
          .then((reply) => markCards(deps.doc, reply))
          .catch((error: unknown) => {
            warn('the report was not accepted', error);
          });
      }
    } catch (error) {
      warn('analysis failed', error);
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };

  void run();
  try {
    watchPage(deps.doc, () => void run());
  } catch (error) {
    warn('could not watch the page for changes', error);
  }
  return () => {
    lastSent = '';
    void run();
  };
}
