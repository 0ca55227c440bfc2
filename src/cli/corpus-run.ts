/**
 * Runs the extension's analysis over corpus pages in Node, as `inspect` does: the same code,
 * the same work budget except the clock (jsdom is far slower than a browser, and the figures
 * are about what a page holds).
 */
import { createHash } from 'node:crypto';
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
  /**
   * Every class name replaced by a hash of it before the analysis, as shops built with CSS
   * modules print them ("sc-1f9ti8e-0"): which cards still stand without the class words.
   */
  hashClasses?: boolean;
}

/** Replaces each class name by a short hash of it: the same name gives the same hash, so templates stay alike. */
export function hashClassNames(doc: Document): void {
  const hashes = new Map<string, string>();
  const hashOf = (name: string): string => {
    let hash = hashes.get(name);
    if (hash === undefined) hashes.set(name, (hash = `h${createHash('sha1').update(name).digest('hex').slice(0, 8)}`));
    return hash;
  };
  for (const el of doc.querySelectorAll('[class]')) {
    el.setAttribute('class', (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).map(hashOf).join(' '));
  }
}

export function analyseCorpusPage(page: CorpusPage, options: CorpusRunOptions = {}): PageAnalysis {
  const doc = parsePage(readPageBytes(join(options.dir ?? realPagesDir(), page.file)), page.url);
  if (options.hashClasses) hashClassNames(doc);
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
