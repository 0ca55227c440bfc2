/**
 * Runs the extension's analysis over corpus pages in Node, as `inspect` does: the same code,
 * the same work budget except the clock (jsdom is far slower than a browser, and the figures
 * are about what a page holds).
 */
import { join } from 'node:path';
import { analyzePage } from '../extract/analyze.ts';
import type { PageAnalysis } from '../contract/analysis.ts';
import type { CorpusPage } from './corpus.ts';
import { parsePage, readPageBytes } from './load-page.ts';
import { realPagesDir } from './real-pages.ts';

export interface CorpusRunOptions {
  /** Site adapters on (the default, as in the shop's tab) or off (what unknown shops get). */
  adapters?: boolean;
  dir?: string;
}

export function analyseCorpusPage(page: CorpusPage, options: CorpusRunOptions = {}): PageAnalysis {
  const doc = parsePage(readPageBytes(join(options.dir ?? realPagesDir(), page.file)), page.url);
  try {
    return analyzePage(doc, page.url, { adapters: options.adapters ?? true, limits: { maxMs: 60_000 } });
  } finally {
    doc.defaultView?.close();
  }
}

/** The analyses of many pages, keyed by file, with a progress line on stderr for long runs. */
export function analyseCorpus(pages: CorpusPage[], options: CorpusRunOptions & { progress?: boolean } = {}): Map<string, PageAnalysis> {
  const out = new Map<string, PageAnalysis>();
  pages.forEach((page, i) => {
    if (options.progress) process.stderr.write(`\r  analysing ${i + 1}/${pages.length} ${page.file.slice(0, 60).padEnd(60)}`);
    out.set(page.file, analyseCorpusPage(page, options));
  });
  if (options.progress) process.stderr.write('\r'.padEnd(80) + '\r');
  return out;
}
