/**
 * The corpus pages through the built extension in real Chromium, served from 127.0.0.1 with
 * every other host refused, against `inspect` on the same bytes at the same address: the
 * report must be stored (the worker refuses none) and agree on kind, cards and prices.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../../src/contract/analysis.ts';
import { launchChromium, type ChromiumExtensionBrowser } from '../../src/cli/browsers/chromium.ts';
import { corpusPages } from '../../src/cli/corpus.ts';
import { serveCorpus } from '../../src/cli/corpus-server.ts';
import type { DemoServer } from '../../src/cli/demo-server.ts';
import { analyseCorpusPage } from '../../src/cli/corpus-run.ts';
import { differences, differencesWhenCut } from '../../src/cli/parity.ts';
import { artifact, builtDist } from './support.ts';

/** Pages open at once: the machine has two cores, and a page's analysis is timed by its own budget. */
const AT_ONCE = 2;

type StoredTab = { analysis: PageAnalysis; dropped?: string[] };

async function storedTab(browser: ChromiumExtensionBrowser, url: string): Promise<StoredTab | null> {
  return browser.inWorker(async (wanted: string) => {
    // Never create the database here: the worker's own upgrade must make it.
    const db = await new Promise<IDBDatabase | null>((resolve) => {
      const request = indexedDB.open('needfit');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
    });
    if (!db || !db.objectStoreNames.contains('tabs')) {
      db?.close();
      return null;
    }
    const all = await new Promise<StoredTab[]>((resolve, reject) => {
      const request = db.transaction('tabs').objectStore('tabs').getAll();
      request.onsuccess = () => resolve(request.result as StoredTab[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.find((t) => t.analysis.url.split('#')[0] === wanted) ?? null;
  }, url);
}

interface Outcome {
  file: string;
  stored: boolean;
  /** The browser's time budget ran out where inspect, without a clock, read the page whole. */
  cutShort?: boolean;
  differences: string[];
}

/**
 * Pages the browser may cut short on this two-core machine with two tabs at work (a shopper's
 * tab runs alone): beyond this share the content script is too slow, whatever the load.
 */
const CUT_SHORT_SHARE = 0.1;

describe('corpus pages in real Chromium agree with inspect', () => {
  let server: DemoServer;
  let browser: ChromiumExtensionBrowser;
  const outcomes: Outcome[] = [];
  // NEEDFIT_CORPUS_ONLY=text narrows the run to the pages whose path holds it, while mending one.
  const only = process.env.NEEDFIT_CORPUS_ONLY;
  const pages = corpusPages().filter((p) => !only || p.file.includes(only));
  const page0 = (file: string) => pages.find((p) => p.file === file)!;

  beforeAll(async () => {
    server = await serveCorpus();
    browser = await launchChromium(builtDist('chromium'));
  });
  afterAll(async () => {
    writeFileSync(artifact('corpus-parity.json'), JSON.stringify(outcomes, null, 1));
    await browser?.close();
    await server?.close();
  });

  async function visit(file: string): Promise<Outcome> {
    const url = server.url(file);
    const page = await browser.page();
    try {
      // Every other host is refused, and so is a saved page's own script taking the tab elsewhere.
      await page.route('**/*', (route) => {
        const request = route.request();
        const away = request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url().split('#')[0] !== url;
        return request.url().startsWith(server.origin) && !away ? route.continue() : route.abort();
      });
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => undefined);
      const analysed = await page
        .waitForFunction(() => performance.getEntriesByName('needfit:analysis').length > 0, undefined, { timeout: 20_000 })
        .then(() => true, () => false);
      let stored: StoredTab | null = null;
      for (let tries = 0; analysed && !stored && tries < 40; tries++) {
        stored = await storedTab(browser, url);
        if (!stored) await page.waitForTimeout(100);
      }
      if (!stored) return { file, stored: false, differences: [analysed ? 'the worker stored no report' : 'the content script reported no analysis'] };
      const node = analyseCorpusPage({ ...page0(file), url });
      // The worker takes every part of a real report: nothing left out for breaking the contract.
      const dropped = (stored.dropped ?? []).map((line) => `the worker left out ${line}`);
      const cutShort = stored.analysis.partial && !node.partial;
      const found = cutShort ? differencesWhenCut(node, stored.analysis) : differences(node, stored.analysis);
      return { file, stored: true, cutShort, differences: [...dropped, ...found] };
    } finally {
      await page.close();
    }
  }

  it('stores every page and agrees with inspect', async () => {
    const queue = pages.map((p) => p.file);
    const workers = Array.from({ length: AT_ONCE }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) outcomes.push(await visit(file));
    });
    await Promise.all(workers);
    const refused = outcomes.filter((o) => !o.stored);
    const differing = outcomes.filter((o) => o.differences.length > 0);
    const summary = differing.map((o) => `${o.file}: ${o.differences.join('; ')}`).join('\n');
    const cutShort = outcomes.filter((o) => o.cutShort).map((o) => o.file);
    console.log(`corpus parity: ${outcomes.length} pages, ${outcomes.length - refused.length} stored, ${differing.length} differing, ${cutShort.length} cut short by the time budget${cutShort.length ? `: ${cutShort.join(', ')}` : ''}`);
    expect(outcomes.length).toBe(pages.length);
    expect(cutShort.length).toBeLessThanOrEqual(Math.ceil(pages.length * CUT_SHORT_SHARE));
    expect(refused.map((o) => o.file), summary).toEqual([]);
    expect(summary).toBe('');
  }, 1_200_000);
});
