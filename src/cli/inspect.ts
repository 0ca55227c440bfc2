/**
 * npm run inspect -- <file.html[.gz] | folder> [--url URL] [--json]
 * Runs the content script's own analyzePage on saved pages in Node (jsdom: no scripts,
 * no resource loading). Human-readable by default; --json prints one object per line.
 */
import { analyzePage } from '../extract/analyze.ts';
import type { PageAnalysis } from '../contract/analysis.ts';
import { formatAnalysis } from './format-analysis.ts';
import { PageLoadError, pageFiles, pageUrl, parsePage, readPageBytes } from './load-page.ts';
import { formatNeeds, needsJson, takeNeedsArg, type NeedsOption } from './needs-option.ts';

export interface InspectOptions {
  paths: string[];
  url?: string;
  json: boolean;
  /** --needs FILE [--profile NAME]: match the page against a needs file. */
  needs?: NeedsOption;
}

const USAGE = 'Usage: npm run inspect -- <file.html[.gz] | folder> [--url URL] [--json] [--needs needs.json [--profile NAME]]';

export function parseArgs(argv: string[]): InspectOptions {
  const options: InspectOptions = { paths: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') options.json = true;
    else if (arg === '--url') {
      const url = argv[++i];
      if (!url) throw new PageLoadError('--url needs an address');
      try {
        options.url = new URL(url).href;
      } catch {
        throw new PageLoadError(`--url: not an absolute URL: ${url}`);
      }
    } else if (arg === '--needs' || arg === '--profile') i = takeNeedsArg(argv, i, options);
    else if (arg.startsWith('--')) throw new PageLoadError(`Unknown option ${arg}\n${USAGE}`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new PageLoadError(USAGE);
  return options;
}

export interface InspectedPage {
  file: string;
  analysis: PageAnalysis;
}

/** Analyses one saved page. A later option (--needs) can take the result from here. */
export function inspectFile(file: string, urlOverride?: string): InspectedPage {
  const bytes = readPageBytes(file);
  const probe = parsePage(bytes);
  const url = pageUrl(probe, file, urlOverride);
  probe.defaultView?.close();
  const doc = parsePage(bytes, url);
  // jsdom is many times slower than a browser: keep the node and text limits, relax the clock.
  const analysis = analyzePage(doc, url, { limits: { maxMs: 10_000 } });
  doc.defaultView?.close();
  return { file, analysis };
}

export function main(argv: string[]): number {
  let failures = 0;
  try {
    const options = parseArgs(argv);
    const files = options.paths.flatMap((p) => pageFiles(p));
    for (const file of files) {
      try {
        const { analysis } = inspectFile(file, options.url);
        const needs = options.needs;
        if (options.json) console.log(JSON.stringify({ file, ...analysis, ...(needs ? { needs: needsJson(analysis, needs) } : {}) }));
        else console.log(needs ? `${formatAnalysis(file, analysis)}\n${formatNeeds(analysis, needs)}` : formatAnalysis(file, analysis));
      } catch (error) {
        failures++;
        console.error(error instanceof PageLoadError ? `inspect: ${error.message}` : `inspect: ${file}: ${String(error)}`);
      }
    }
  } catch (error) {
    console.error(error instanceof PageLoadError ? `inspect: ${error.message}` : String(error));
    return 2;
  }
  return failures > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '')) {
  process.exitCode = main(process.argv.slice(2));
}
