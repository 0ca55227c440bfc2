/**
 * `npm run bench:identity`: how long "seen elsewhere" takes to read one product's
 * observations from the byIdentity index when the shopper has 50,000 of them, measured in
 * the built extension's own service worker in real Chromium, on its real IndexedDB.
 *
 * The worker's database (migration 4, the multiEntry index) is filled with synthetic
 * observations in batches; then the query `readNewestByKeys` makes is timed: per key a
 * newest-first cursor, at most 200 records. Wall-clock figures: printed, never asserted.
 */
import { build, distDir } from './build.ts';
import { launchChromium } from './browsers/chromium.ts';
import { OPTIONS_PAGE } from './story.ts';
import { MAX_PER_IDENTITY_KEY } from '../storage/store.ts';

interface Figures {
  observations: number;
  fillMs: number;
  /** Per query: keys asked, records read, milliseconds. */
  rare: { records: number; ms: number }[];
  hot: { records: number; ms: number }[];
}

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Math.max(1, Number(process.argv[at + 1]) || fallback) : fallback;
};

async function main(): Promise<void> {
  const count = arg('--observations', 50_000);
  const queries = arg('--queries', 25);
  if (!process.argv.includes('--no-build')) build('chrome', false);
  const browser = await launchChromium(distDir('chrome', false));
  try {
    // Opening the options page has the worker open (and migrate) its database.
    const options = await browser.openExtensionPage(OPTIONS_PAGE, 'main');
    await options.close();
    const figures = await browser.inWorker(async ({ count, queries, limit }): Promise<Figures> => {
      // tsx names inner functions through a `__name` helper the worker does not have.
      (globalThis as { __name?: unknown }).__name ??= (f: unknown) => f;
      const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const db = await request(indexedDB.open('needfit'));
      if (!db.objectStoreNames.contains('observations') || !db.transaction('observations').objectStore('observations').indexNames.contains('byIdentity')) {
        throw new Error('the worker has not created its database with the byIdentity index');
      }
      // 2,500 products seen 20 times each across 40 shops, and one product seen 1,000 times.
      const MODELS = 2_500;
      const keysOf = (i: number) => (i % 50 === 0 ? ['model:hot1x', 'gtin:00000000000017'] : [`model:m${i % MODELS}x`, `mpn:m${i % MODELS}x`]);
      const started = performance.now();
      for (let from = 0; from < count; from += 5_000) {
        const tx = db.transaction('observations', 'readwrite');
        const store = tx.objectStore('observations');
        for (let i = from; i < Math.min(count, from + 5_000); i++) {
          store.put({
            at: 1.7e12 + i * 60_000, url: `https://shop${i % 40}.test/p/${i}`, shop: `shop${i % 40}.test`, kind: 'product',
            productKey: `name:m${i % MODELS}x`, name: `Brand M${i % MODELS}X televisio`, brand: 'Brand',
            price: { amount: 500 + (i % 300), currency: 'EUR' }, priorPrice: null, lowest30d: null, promotions: [], highlighted: [],
            identityKeys: keysOf(i),
          });
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      const fillMs = performance.now() - started;
      const query = async (keys: string[]) => {
        const t0 = performance.now();
        const tx = db.transaction('observations', 'readonly');
        const index = tx.objectStore('observations').index('byIdentity');
        const lists = await Promise.all(keys.map((key) => new Promise<unknown[]>((resolve, reject) => {
          const out: unknown[] = [];
          const cursor = index.openCursor(key, 'prev');
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c || out.length >= limit) return resolve(out);
            out.push(c.value);
            c.continue();
          };
          cursor.onerror = () => reject(cursor.error);
        })));
        return { records: lists.reduce((n, l) => n + l.length, 0), ms: performance.now() - t0 };
      };
      const rare: Figures['rare'] = [];
      const hot: Figures['hot'] = [];
      for (let q = 0; q < queries; q++) {
        // A model whose index is a multiple of 50 has all its sightings under the hot keys.
        let m = (q * 97 + 1) % MODELS;
        if (m % 50 === 0) m += 1;
        rare.push(await query([`model:m${m}x`, `mpn:m${m}x`, 'gtin:00000000000024']));
        hot.push(await query(['model:hot1x', 'gtin:00000000000017']));
      }
      db.close();
      return { observations: count, fillMs, rare, hot };
    }, { count, queries, limit: MAX_PER_IDENTITY_KEY });
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
    const worst = (xs: number[]) => Math.max(...xs);
    const f = (ms: number) => ms.toFixed(1);
    console.log(`\n| "seen elsewhere" read, real Chromium IndexedDB, ${figures.observations} observations | value |\n|---|---|`);
    console.log(`| filling the store (batches of 5,000) | ${f(figures.fillMs)} ms |`);
    console.log(`| a product seen 20 times (3 keys, ${figures.rare[0]?.records ?? 0} records), median / worst of ${figures.rare.length} | ${f(median(figures.rare.map((r) => r.ms)))} / ${f(worst(figures.rare.map((r) => r.ms)))} ms |`);
    console.log(`| a product seen 1,000 times (2 keys, newest ${figures.hot[0]?.records ?? 0} records), median / worst of ${figures.hot.length} | ${f(median(figures.hot.map((r) => r.ms)))} / ${f(worst(figures.hot.map((r) => r.ms)))} ms |`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
