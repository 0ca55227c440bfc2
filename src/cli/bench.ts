/**
 * `npm run bench`: speed of the built extension in real headless Chromium, on saved real
 * pages served from 127.0.0.1. Per page: main-thread time of the content script's analysis
 * (its own user-timing entry) beside one full TreeWalker pass over the same document (the
 * floor), and the longest task while it ran. The floor is taken twice: repeated in the
 * page's own world, where the DOM's JS wrappers already exist, and first in a fresh isolated
 * world, which pays for making them as our content script's analysis does. Each page is also
 * analysed again after a page change, as infinite scroll causes, to show the analysis with
 * its code already compiled. A product page's shelves, which the analysis leaves for the popup,
 * are then asked for as the worker does, and timed apart. Also the 2,000-card generated
 * listing and the popup's time from open to verdict, and, traced on a dozen pages, how much of
 * the script's time is V8 compiling it. Then the product pages again in real headless Firefox
 * with the Firefox build (analysis, start-up, warm analysis). `--runs N` opens every page N times and keeps its median run. Writes
 * out/bench.json and prints a table. `--baseline DIR` instead compares with another build.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build, distDir, ROOT } from './build.ts';
import { launchChromium } from './browsers/chromium.ts';
import { compileTimes, type CompileTimes, type TraceEvent } from './compile-trace.ts';
import { launchFirefox, LOOPBACK_ONLY_PREFS } from './browsers/firefox.ts';
import { DEMO_SHOP_DIR, serveFolder } from './demo-server.ts';
import { generateListing } from './generate-listing.ts';
import { readHtml, realPagesDir } from './real-pages.ts';
import { enterNeeds, OPTIONS_PAGE, POPUP_PAGE, waitForStoredTab } from './story.ts';
import type { Tab } from './browsers/types.ts';

const WORK = `${ROOT}.tmp/bench`;

interface PageFigures {
  page: string;
  kind: 'product' | 'listing' | 'generated';
  bytes: number;
  nodes: number;
  analysisMs: number;
  /** A TreeWalker pass repeated in the page's own world: DOM wrappers already exist (warm). */
  walkerMs: number;
  /**
   * The first TreeWalker pass in a fresh isolated world, as a content script's first walk:
   * every node reached gets its JS wrapper made for that world (cold, like our analysis).
   */
  firstWalkerMs: number;
  /** The content script's start-up before its first analysis: module tables and regexes built. */
  scriptInitMs: number;
  /** The analysis again after a page change (more results appended): the code is warm now. */
  reanalysisMs: number;
  /** Longest stretch of our analysis between two pauses for the page. */
  longestSliceMs: number;
  /** Longest main-thread task of any kind while the analysis ran (parsing and layout included). */
  longestTaskMs: number;
  /**
   * A product page's shelves, which the analysis leaves for the popup: the content script's
   * time to read them when the worker asks, as it does when the popup opens. NaN when the
   * analysis read them itself (the page was not clearly a product page) or read none.
   */
  shelvesMs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : Number.NaN;
};

function preparePages(): { file: string; kind: PageFigures['kind']; bytes: number }[] {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const real = realPagesDir();
  const pages: { file: string; kind: PageFigures['kind']; bytes: number }[] = [];
  for (const name of readdirSync(`${real}/product-benchmark/html`).sort()) {
    const html = readHtml(`${real}/product-benchmark/html/${name}`);
    const file = `p-${name.slice(0, 12)}.html`;
    writeFileSync(`${WORK}/${file}`, html);
    pages.push({ file, kind: 'product', bytes: Buffer.byteLength(html) });
  }
  const amazon = readHtml(`${real}/listings/amazon-com-search.html.gz`);
  writeFileSync(`${WORK}/amazon-search.html`, amazon);
  pages.push({ file: 'amazon-search.html', kind: 'listing', bytes: Buffer.byteLength(amazon) });
  const generated = generateListing(2000);
  writeFileSync(`${WORK}/listing-2000.html`, generated);
  pages.push({ file: 'listing-2000.html', kind: 'generated', bytes: Buffer.byteLength(generated) });
  cpSync(DEMO_SHOP_DIR, `${WORK}/demo`, { recursive: true });
  return pages;
}

/** All figures of one page: its first analysis, the analysis again after a change, the floors. */
async function measurePage(
  browser: Browser,
  extensionPage: Tab,
  page: Page,
  url: string,
): Promise<Omit<PageFigures, 'page' | 'kind' | 'bytes'> | null> {
  if (!(await openAnalysed(page, url))) return null;
  await page.waitForTimeout(100); // let a last long task be reported
  // A page the worker did not accept still has its analysis measured; its shelves are NaN.
  const shelvesMs = await shelvesOnRequest(browser, extensionPage, page, url).catch(() => Number.NaN);
  const reanalysisMs = await reanalyse(page);
  const firstWalkerMs = await firstWalkInFreshWorld(page);
  const measured = await page.evaluate(() => {
    const analysisMs = performance.getEntriesByName('needfit:analysis')[0]!.duration;
    const scriptInitMs = performance.getEntriesByName('needfit:script-init')[0]?.duration ?? Number.NaN;
    const longestSliceMs = performance.getEntriesByName('needfit:longest-slice')[0]?.duration ?? analysisMs;
    // Long tasks that overlap the analysis (its first start to its last end).
    const wall = performance.getEntriesByName('needfit:analysis-wall')[0];
    const from = wall?.startTime ?? 0;
    const to = wall ? wall.startTime + wall.duration : Infinity;
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    const longestTaskMs = Math.max(0, ...tasks.filter(([start, d]) => start < to && start + d > from).map(([, d]) => d));
    const runs: number[] = [];
    let nodes = 0;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
      let count = 0;
      while (walker.nextNode()) count++;
      runs.push(performance.now() - start);
      nodes = count;
    }
    runs.sort((a, b) => a - b);
    return { analysisMs, scriptInitMs, longestSliceMs, longestTaskMs, walkerMs: runs[1]!, nodes };
  });
  return { ...measured, firstWalkerMs, reanalysisMs, shelvesMs };
}

type Browser = Awaited<ReturnType<typeof launchChromium>>;

/** Asks the tab for the shelves its analysis left out, as the worker does when the popup opens. */
async function shelvesOnRequest(browser: Browser, extensionPage: Tab, page: Page, url: string): Promise<number> {
  const pending = await page.evaluate(() => {
    const detail = (performance.getEntriesByName('needfit:analysis')[0] as PerformanceMeasure | undefined)?.detail as { shelvesPending?: boolean } | null;
    return detail?.shelvesPending === true;
  });
  if (!pending) return Number.NaN;
  // The extension may not read tab addresses; the worker's own record names the tab.
  const { tabId } = await waitForStoredTab(extensionPage, url);
  const answered = await browser.inWorker(
    async ({ tabId, pageUrl }: { tabId: number; pageUrl: string }) => {
      type Tabs = { sendMessage(id: number, m: unknown): Promise<unknown> };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      const answer = await tabs.sendMessage(tabId, { type: 'worker/read-shelves', url: pageUrl });
      return answer !== null && answer !== undefined;
    },
    { tabId, pageUrl: url },
  );
  if (!answered) return Number.NaN;
  return page.evaluate(() => performance.getEntriesByName('needfit:shelves')[0]?.duration ?? Number.NaN);
}

/**
 * Opens a page with only loopback requests allowed and long tasks recorded from the start;
 * true once the content script's first analysis is recorded.
 */
async function openAnalysed(page: Page, url: string): Promise<boolean> {
  const origin = new URL(url).origin;
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  const found = await page
    .waitForFunction(() => performance.getEntriesByName('needfit:analysis').length > 0, undefined, { timeout: 15_000 })
    .then(() => true, () => false);
  return found;
}

const REANALYSES = 2;

/**
 * Appends a few elements, as infinite scroll does, so the content script analyses the page
 * again with its code compiled and warm; the last of REANALYSES runs. NaN when none came.
 */
async function reanalyse(page: Page): Promise<number> {
  let last = Number.NaN;
  for (let run = 1; run <= REANALYSES; run++) {
    await page.evaluate(() => {
      for (let i = 0; i < 3; i++) document.body.append(document.createElement('div'));
    });
    const seen = await page
      .waitForFunction((n) => performance.getEntriesByName('needfit:analysis').length > n, run, { timeout: 5_000 })
      .then(() => true, () => false);
    if (!seen) break;
    last = await page.evaluate((n) => performance.getEntriesByName('needfit:analysis')[n]?.duration ?? Number.NaN, run);
  }
  return last;
}

/** The same walk as the floor, timed once in an isolated world made for it (CDP), as a content script sees the page first. */
async function firstWalkInFreshWorld(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `needfit-floor-${Date.now()}` });
    const expression = `(() => {
      const start = performance.now();
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
      let count = 0;
      while (walker.nextNode()) count++;
      return performance.now() - start;
    })()`;
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
    return typeof result.value === 'number' ? result.value : Number.NaN;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * V8's compile time in the content script's own tasks, from a trace of the page's load: the
 * script compiled before its first line runs, and its functions compiled as they are first
 * called (V8 compiles lazily, and content scripts get no code cache), most of them inside the
 * first analysis (see compile-trace.ts). Tracing adds some cost of its own to each event.
 */
async function compileInScript(page: Page, url: string): Promise<CompileTimes | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile'] }, transferMode: 'ReportEvents' });
    const analysed = await openAnalysed(page, url);
    await cdp.send('Tracing.end');
    await complete;
    return analysed ? compileTimes(events, 'main.iife') : null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Pages traced for the compile figures: tracing is slow, and a dozen pages give a steady median. */
const TRACED_PAGES = 12;

async function popupTimings(browser: Browser, demoUrl: string, runs: number): Promise<number[]> {
  const options = await enterNeeds(browser);
  const tab = await browser.newTab();
  await tab.goto(demoUrl);
  const { tabId } = await waitForStoredTab(options, demoUrl);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.page();
    await page.goto(browser.extensionUrl(`${POPUP_PAGE}?tab=${tabId}`));
    await page.waitForFunction(() => performance.getEntriesByName('needfit:popup-rendered').length > 0, undefined, { timeout: 10_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('needfit:popup-rendered')[0]!.startTime));
    await page.close();
  }
  return times;
}

/** One product page in Firefox: its first analysis, the start-up before it, and the analysis warm. */
interface FirefoxFigures {
  page: string;
  analysisMs: number;
  scriptInitMs: number;
  reanalysisMs: number;
}

/** Polls the tab until its `n`-th analysis entry exists (0 is the first); NaN after `timeoutMs`. */
async function analysisEntry(tab: Tab, n: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ms = await tab.evaluateWith((i) => performance.getEntriesByName('needfit:analysis')[i]?.duration ?? null, n).catch(() => null);
    if (typeof ms === 'number') return ms;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Number.NaN;
}

/**
 * The same product pages in real Firefox (ESR, headless) with the Firefox build: the first
 * analysis, the content script's start-up and the analysis again after a page change. Requests
 * leave the machine nowhere (LOOPBACK_ONLY_PREFS), and timers are precise to the microsecond
 * rather than Firefox's default millisecond. No floor: Firefox has no isolated world to make
 * from outside, and its content scripts reach the page through wrappers of their own.
 */
async function firefoxFigures(files: string[], server: { url: (path: string) => string }, runs: number): Promise<FirefoxFigures[]> {
  const browser = await launchFirefox(distDir('firefox', false), { prefs: { ...LOOPBACK_ONLY_PREFS, 'privacy.reduceTimerPrecision': false } });
  const rows: FirefoxFigures[] = [];
  try {
    for (const file of files) {
      const measured: Omit<FirefoxFigures, 'page'>[] = [];
      for (let run = 0; run < runs; run++) {
        const tab = await browser.newTab();
        try {
          // Firefox's remote agent rejects the navigation of some saved pages whose scripts
          // rewrite the address ("Address rejected"); the page itself loads, so go on and wait.
          await tab.goto(server.url(file)).catch(() => undefined);
          const analysisMs = await analysisEntry(tab, 0, 15_000);
          if (Number.isNaN(analysisMs)) continue;
          const scriptInitMs = await tab.evaluate(() => performance.getEntriesByName('needfit:script-init')[0]?.duration ?? Number.NaN);
          let reanalysisMs = Number.NaN;
          for (let again = 1; again <= REANALYSES; again++) {
            await tab.evaluate(() => {
              for (let i = 0; i < 3; i++) document.body.append(document.createElement('div'));
            });
            reanalysisMs = await analysisEntry(tab, again, 5_000);
            if (Number.isNaN(reanalysisMs)) break;
          }
          measured.push({ analysisMs, scriptInitMs, reanalysisMs });
        } finally {
          await tab.close().catch(() => undefined);
        }
      }
      measured.sort((a, b) => a.analysisMs - b.analysisMs);
      const middle = measured[Math.floor((measured.length - 1) / 2)];
      if (middle) rows.push({ page: file, ...middle });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/**
 * `--baseline DIR`: the first analysis of every product page with this build and with another
 * built extension (e.g. an earlier commit's dist/chrome), in alternating fresh tabs, so both
 * see the machine in the same state. Prints the median per-page ratio of the two.
 */
async function compare(baselineDist: string, runs: number): Promise<void> {
  const pages = preparePages().filter((p) => p.kind === 'product');
  const server = await serveFolder(WORK);
  const current = await launchChromium(distDir('chrome', false));
  const baseline = await launchChromium(baselineDist);
  const firstAnalysis = async (browser: typeof current, url: string): Promise<number> => {
    const page = await browser.page();
    try {
      if (!(await openAnalysed(page, url))) return Number.NaN;
      return await page.evaluate(() => performance.getEntriesByName('needfit:analysis')[0]!.duration);
    } finally {
      await page.close();
    }
  };
  const rows: { page: string; baselineMs: number; currentMs: number }[] = [];
  try {
    for (const { file } of pages) {
      const b: number[] = [];
      const c: number[] = [];
      for (let run = 0; run < runs; run++) {
        b.push(await firstAnalysis(baseline, server.url(file)));
        c.push(await firstAnalysis(current, server.url(file)));
      }
      const baselineMs = median(b.filter((x) => !Number.isNaN(x)));
      const currentMs = median(c.filter((x) => !Number.isNaN(x)));
      if (!Number.isNaN(baselineMs) && !Number.isNaN(currentMs)) rows.push({ page: file, baselineMs, currentMs });
    }
  } finally {
    await current.close();
    await baseline.close();
    await server.close();
  }
  const f = (n: number) => n.toFixed(1);
  console.log(`\n| first analysis per product page (${rows.length} pages, ${runs} alternating runs each) | median |`);
  console.log('|---|---|');
  console.log(`| baseline (${baselineDist}) | ${f(median(rows.map((r) => r.baselineMs)))} ms |`);
  console.log(`| this build | ${f(median(rows.map((r) => r.currentMs)))} ms |`);
  console.log(`| this build / baseline, per page | ${median(rows.map((r) => r.currentMs / r.baselineMs)).toFixed(2)}× |`);
  mkdirSync(`${ROOT}out`, { recursive: true });
  writeFileSync(`${ROOT}out/bench-compare.json`, JSON.stringify({ baseline: baselineDist, runs, rows }, null, 2));
}

async function main(): Promise<void> {
  const buildFirst = !process.argv.includes('--no-build');
  if (buildFirst) build('chrome', false);
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;
  const baselineArg = process.argv.indexOf('--baseline');
  if (baselineArg >= 0) {
    const dir = process.argv[baselineArg + 1];
    if (!dir || !existsSync(`${dir}/manifest.json`)) throw new Error(`--baseline needs a built extension folder (with manifest.json), got ${dir ?? 'nothing'}`);
    await compare(resolve(dir), runs);
    return;
  }
  if (buildFirst) build('firefox', false);
  const pages = preparePages();
  const server = await serveFolder(WORK);
  const browser = await launchChromium(distDir('chrome', false));
  const figures: PageFigures[] = [];
  const missing: string[] = [];
  let popup: number[];
  const compile: CompileTimes[] = [];
  try {
    const extensionPage = await browser.openExtensionPage(OPTIONS_PAGE, 'main');
    // `--runs N`: each page is opened N times in a fresh tab and the run with the median
    // analysis time is kept, which steadies the figures on a busy machine.
    for (const { file, kind, bytes } of pages) {
      const measured: NonNullable<Awaited<ReturnType<typeof measurePage>>>[] = [];
      for (let run = 0; run < runs; run++) {
        const page = await browser.page();
        const one = await measurePage(browser, extensionPage, page, server.url(file)).catch(() => null);
        await page.close();
        if (one) measured.push(one);
      }
      measured.sort((a, b) => a.analysisMs - b.analysisMs);
      const middle = measured[Math.floor((measured.length - 1) / 2)];
      if (!middle) missing.push(file);
      else figures.push({ page: file, kind, bytes, ...middle });
    }
    // A product page with a shelf: the first open also asks the tab for it.
    popup = await popupTimings(browser, server.url('demo/tv-kestrel-43.html'), 10);
    for (const { file } of pages.filter((p) => p.kind === 'product').slice(0, TRACED_PAGES)) {
      const page = await browser.page();
      const traced = await compileInScript(page, server.url(file)).catch(() => null);
      await page.close();
      if (traced) compile.push(traced);
    }
  } catch (error) {
    await server.close();
    throw error;
  } finally {
    await browser.close();
  }
  // Firefox after Chromium has closed, so the two never share the machine's two cores. A
  // Firefox that cannot start (not installed) costs its rows, not the Chromium figures.
  let firefox: FirefoxFigures[] | string;
  try {
    const products = pages.filter((p) => p.kind === 'product').map((p) => p.file);
    firefox = await firefoxFigures(products, server, runs);
  } catch (error) {
    firefox = error instanceof Error ? error.message : String(error);
  } finally {
    await server.close();
  }
  report(figures, missing, popup, compile, firefox);
}

function report(figures: PageFigures[], missing: string[], popup: number[], compile: CompileTimes[], firefoxRun: FirefoxFigures[] | string): void {
  const firefox = typeof firefoxRun === 'string' ? [] : firefoxRun;
  const products = figures.filter((f) => f.kind === 'product');
  const ratio = products.map((f) => f.analysisMs / Math.max(f.walkerMs, 0.01));
  const firstRatio = products.map((f) => f.analysisMs / Math.max(f.firstWalkerMs, 0.01));
  const largest = [...products].sort((a, b) => b.bytes - a.bytes)[0];
  const generated = figures.find((f) => f.kind === 'generated');
  const amazon = figures.find((f) => f.kind === 'listing');
  const summary = {
    productPages: products.length,
    notAnalysed: missing,
    analysisMedianMs: median(products.map((f) => f.analysisMs)),
    analysisWorstMs: Math.max(...products.map((f) => f.analysisMs)),
    walkerMedianMs: median(products.map((f) => f.walkerMs)),
    ratioMedian: median(ratio),
    firstWalkerMedianMs: median(products.map((f) => f.firstWalkerMs)),
    firstWalkerRatioMedian: median(firstRatio),
    scriptInitMedianMs: median(products.map((f) => f.scriptInitMs).filter((x) => !Number.isNaN(x))),
    reanalysisMedianMs: median(products.map((f) => f.reanalysisMs).filter((x) => !Number.isNaN(x))),
    reanalysisWorstMs: Math.max(...products.map((f) => f.reanalysisMs).filter((x) => !Number.isNaN(x))),
    shelvesPages: products.filter((f) => !Number.isNaN(f.shelvesMs)).length,
    shelvesMedianMs: median(products.map((f) => f.shelvesMs).filter((x) => !Number.isNaN(x))),
    shelvesWorstMs: Math.max(...products.map((f) => f.shelvesMs).filter((x) => !Number.isNaN(x))),
    largestPage: largest && {
      page: largest.page,
      bytes: largest.bytes,
      analysisMs: largest.analysisMs,
      longestSliceMs: largest.longestSliceMs,
      longestTaskMs: largest.longestTaskMs,
    },
    longestSliceAnyPageMs: Math.max(...figures.map((f) => f.longestSliceMs)),
    amazonListing: amazon,
    generated2000: generated,
    popupRenderMedianMs: median(popup),
    popupRenderWorstMs: Math.max(...popup),
    popupFirstOpenMs: popup[0],
    compileTracedPages: compile.length,
    compileBeforeFirstLineMedianMs: median(compile.map((c) => c.beforeFirstLineMs)),
    compileLazyMedianMs: median(compile.map((c) => c.lazyMs)),
    firefoxPages: firefox.length,
    firefoxAnalysisMedianMs: median(firefox.map((f) => f.analysisMs)),
    firefoxAnalysisWorstMs: Math.max(...firefox.map((f) => f.analysisMs)),
    firefoxScriptInitMedianMs: median(firefox.map((f) => f.scriptInitMs).filter((x) => !Number.isNaN(x))),
    firefoxReanalysisMedianMs: median(firefox.map((f) => f.reanalysisMs).filter((x) => !Number.isNaN(x))),
  };
  mkdirSync(`${ROOT}out`, { recursive: true });
  writeFileSync(`${ROOT}out/bench.json`, JSON.stringify({ summary, figures, popup, compile, firefox: firefoxRun }, null, 2));
  const f = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(1));
  console.log('\n| measure | value |\n|---|---|');
  console.log(`| product pages analysed | ${products.length} of ${products.length + missing.filter((m) => m.startsWith('p-')).length} |`);
  console.log(`| analysis per product page, median | ${f(summary.analysisMedianMs)} ms |`);
  console.log(`| analysis per product page, worst | ${f(summary.analysisWorstMs)} ms |`);
  console.log(`| content script start-up before it (tables, regexes), median | ${f(summary.scriptInitMedianMs)} ms |`);
  console.log(`| analysis again after a page change (code warm), median / worst | ${f(summary.reanalysisMedianMs)} / ${f(summary.reanalysisWorstMs)} ms |`);
  console.log(
    `| shelves left for the popup: read when asked, on ${summary.shelvesPages} pages, median / worst | ${f(summary.shelvesMedianMs)} / ${f(summary.shelvesWorstMs)} ms |`,
  );
  console.log(
    `| V8 compiling the script's functions as first called (mostly in the analysis), traced on ${compile.length} pages, median | ${f(summary.compileLazyMedianMs)} ms |`,
  );
  console.log(`| V8 compiling the script before its first line (in no figure above), same pages, median | ${f(summary.compileBeforeFirstLineMedianMs)} ms |`);
  console.log(`| TreeWalker pass, repeated in the page's world (warm), median | ${f(summary.walkerMedianMs)} ms |`);
  console.log(`| analysis / warm TreeWalker pass, median | ${f(summary.ratioMedian)}× |`);
  console.log(`| TreeWalker pass, first in a fresh isolated world (as our analysis runs), median | ${f(summary.firstWalkerMedianMs)} ms |`);
  console.log(`| analysis / first TreeWalker pass, median | ${f(summary.firstWalkerRatioMedian)}× |`);
  const row = (name: string, p: PageFigures | undefined) =>
    console.log(`| ${name}: analysis / longest slice / longest task overlapping it | ${f(p?.analysisMs)} / ${f(p?.longestSliceMs)} / ${f(p?.longestTaskMs)} ms |`);
  row(`largest page (${largest ? Math.round(largest.bytes / 1024) : '-'} KB)`, largest);
  row('Amazon search listing', amazon);
  row('generated 2,000-card listing', generated);
  console.log(`| longest slice of analysis on any page | ${f(summary.longestSliceAnyPageMs)} ms |`);
  console.log(`| popup open to verdict, median / worst of ${popup.length} | ${f(summary.popupRenderMedianMs)} / ${f(summary.popupRenderWorstMs)} ms |`);
  console.log(`| popup open to verdict, first open (asks the tab for its shelf) | ${f(summary.popupFirstOpenMs)} ms |`);
  if (typeof firefoxRun === 'string') {
    console.log(`| Firefox | not measured: ${firefoxRun.split('\n')[0]} |`);
  } else {
    console.log(`| Firefox: first analysis per product page (${firefox.length} pages), median / worst | ${f(summary.firefoxAnalysisMedianMs)} / ${f(summary.firefoxAnalysisWorstMs)} ms |`);
    console.log(`| Firefox: content script start-up before it, median | ${f(summary.firefoxScriptInitMedianMs)} ms |`);
    console.log(`| Firefox: analysis again after a page change (code warm), median | ${f(summary.firefoxReanalysisMedianMs)} ms |`);
  }
  if (missing.length) console.log(`\nno analysis seen on: ${missing.join(', ')}`);
  console.log('\nfull figures: out/bench.json');
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
