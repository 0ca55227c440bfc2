/**
 * The content script: analyse the page the shopper is on and report it to the worker.
 * Built as one IIFE file so it can also be injected on demand (toolbar click, activeTab)
 * and needs no web-accessible resources. It must never break the shop's page.
 */
// First: marks the start of the script before the modules below build their tables.
import { SCRIPT_START_MARK } from './started.ts';
import { extractPageInSlices, readShelvesInSlices } from '../extract/index.ts';
import { SCRIPT_INIT_MEASURE, startReporting } from './reporter.ts';
import { answerWorker, sendToWorker } from './runtime.ts';
import { shelfAnswerer } from './shelves.ts';

const MARK = Symbol.for('needfit.content');

/** Lets the page's own tasks (input, rendering) run before the next slice of analysis. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

type Marked = typeof globalThis & { [MARK]?: () => void };
const scope = globalThis as Marked;

if (scope[MARK]) {
  // Injected again (the shopper clicked the toolbar button): analyse afresh.
  scope[MARK]();
} else {
  // The script's own start-up (module tables and regexes built), before the first analysis.
  if (performance.getEntriesByName(SCRIPT_START_MARK).length) performance.measure(SCRIPT_INIT_MEASURE, SCRIPT_START_MARK);
  const wall = () => performance.now();
  scope[MARK] = startReporting({
    doc: document,
    location: () => location.href,
    // A product page's shelves of other products are read when the worker asks (popup open).
    analyse: (doc, url) => extractPageInSlices(doc, url, { yieldToPage, wall, shelves: 'on-request' }),
    post: sendToWorker,
  });
  answerWorker(
    shelfAnswerer({ doc: document, location: () => location.href, read: (doc, url) => readShelvesInSlices(doc, url, { yieldToPage, wall }) }),
  );
}
