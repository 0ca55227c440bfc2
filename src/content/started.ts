/**
 * Imported first by the content script: marks when its code began to run, so the time spent
 * building its tables before the first analysis shows in the page's timeline (`npm run bench`).
 */
export const SCRIPT_START_MARK = 'needfit:script-start';

if (typeof performance !== 'undefined' && !performance.getEntriesByName(SCRIPT_START_MARK).length) performance.mark(SCRIPT_START_MARK);
