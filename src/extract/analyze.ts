/**
 * The full page analysis for Node tools and tests: what the content script extracts, plus
 * what the worker adds on receipt (normalised specs). Same code as the extension runs.
 */
import { interpretAnalysis } from '../core/interpret.ts';
import { extractPage, type AnalyzeOptions } from './index.ts';
import type { PageAnalysis } from '../contract/analysis.ts';

export type { AnalyzeOptions };

export function analyzePage(doc: Document, url: string, options: AnalyzeOptions = {}): PageAnalysis {
  return interpretAnalysis(extractPage(doc, url, options));
}
