import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../extract/analyze.ts';
import { readNeedsValue } from '../core/needs-file.ts';
import { openStore, type Store } from '../storage/store.ts';
import { parsePage, readPageBytes } from '../cli/load-page.ts';
import { realPagesDir } from '../cli/real-pages.ts';
import { reportFor, type WorkerDeps } from './handlers.ts';
import type { NeedsProfile } from '../core/needs.ts';
import { buildReport, marksOf } from './report.ts';

const ORIGIN = 'http://127.0.0.1:8080';
/** The second demo shop: the same host on another port is another shop. */
const ORIGIN_B = 'http://127.0.0.1:8081';
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 10, 20);

function page(file: string, shop: 'demo-shop' | 'demo-shop-b' = 'demo-shop') {
  const html = readFileSync(new URL(`../../test/${shop}/${file}`, import.meta.url), 'utf8');
  const url = `${shop === 'demo-shop' ? ORIGIN : ORIGIN_B}/${file}`;
  return analyzePage(new JSDOM(html, { url }).window.document, url);
}

function demoProfile(): NeedsProfile {
  const read = readNeedsValue(JSON.parse(readFileSync(new URL('../../test/needs/olohuoneen-tv.json', import.meta.url), 'utf8')));
  if (!read.ok) throw new Error('the demo needs file does not parse');
  return read.file.profiles[0]!;
}

let n = 0;
async function storeWith(profile: NeedsProfile) {
  const store = await openStore(`report-${++n}`);
  await store.saveProfile(profile);
  return store;
}

describe('the report on the demo listing', () => {
  it('judges the pushed campaign card and names the 55" 120 Hz TV as the better fit', async () => {
    const store = await storeWith(demoProfile());
    await store.recordPage(3, page('televisiot.html'), NOW);
    const report = await buildReport(store, 3, NOW);
    expect(report.subject?.title).toContain('Visionex');
    expect(report.verdict?.fit).toBe('misfit');
    expect(report.verdict?.promoted).toBe(true);
    expect(report.alternatives?.[0]?.title).toContain('Lumo L55-Q9');
    // The other misses (too small, 60 Hz, over budget) are never offered as better.
    expect(report.alternatives?.map((a) => a.title).join()).not.toMatch(/Kestrel|Auro|Nordic/);
    // Only today's price is known: no 30-day low to check the struck-through 1 199 € against.
    expect(report.priceTruth).toMatchObject({ status: 'unverifiable', claimedPercent: 21, observedSince: NOW });
    expect(report.trackRecord?.current?.visits).toBe(1);
  });

  it('marks the fitting cards and the pushed card with its misses', async () => {
    const store = await storeWith(demoProfile());
    await store.recordPage(3, page('televisiot.html'), NOW);
    const marks = marksOf(await buildReport(store, 3, NOW, undefined, false), 'en');
    const visionex = marks.find((m) => m.url.endsWith('tv-visionex-50.html'));
    expect(visionex?.fit).toBe('misfit');
    expect(visionex?.note).toContain('Screen size at least 55');
    expect(marks.find((m) => m.url.endsWith('tv-lumo-55.html'))?.fit).toBe('unknown');
    expect(marks.some((m) => m.url.endsWith('tv-kestrel-43.html'))).toBe(false);
  });

  it('writes the misses in Swedish for a Swedish worker', async () => {
    const store = await storeWith(demoProfile());
    await store.recordPage(3, page('televisiot.html'), NOW);
    const marks = marksOf(await buildReport(store, 3, NOW, undefined, false), 'sv');
    const note = marks.find((m) => m.url.endsWith('tv-visionex-50.html'))?.note ?? '';
    expect(note).toContain('Skärmstorlek minst 55″');
    expect(note).not.toMatch(/Screen size|Näytön koko/);
  });
});

describe('the report on a product page', () => {
  it('offers the fitting TV seen earlier, checks the price claim against our history and counts pushes', async () => {
    const store = await storeWith(demoProfile());
    const visionex = page('tv-visionex-50.html');
    await store.recordPage(1, page('tv-lumo-55.html'), NOW - 10 * DAY);
    await store.recordPage(2, { ...visionex, product: { ...visionex.product!, price: { amount: 899, currency: 'EUR' } } }, NOW - 20 * DAY);
    await store.recordPage(2, visionex, NOW);
    const report = await buildReport(store, 2, NOW);
    expect(report.verdict?.fit).toBe('misfit');
    expect(report.alternatives?.[0]).toMatchObject({ seen: 'earlier' });
    expect(report.alternatives?.[0]?.title).toContain('Lumo L55-Q9');
    expect(report.alternatives?.[0]?.fit.fit).toBe('fits'); // read from the open tab's full specs
    expect(report.priceHistory?.map((p) => p.price.amount)).toEqual([899, 949]);
    expect(report.priceTruth).toMatchObject({ status: 'inflated', observedSince: NOW - 20 * DAY, historyHasGaps: true });
    expect(report.trackRecord?.current?.visits).toBe(2);
  });

  it('tells the shopper she would pay more for a fitting TV than for one seen earlier', async () => {
    const store = await storeWith(demoProfile());
    const lumo = page('tv-lumo-55.html');
    await store.recordPage(1, lumo, NOW - DAY);
    const dearer = { ...lumo, url: `${ORIGIN}/other-shop-lumo.html`, product: { ...lumo.product!, gtin: null, sku: 'X1', name: 'Lumo L55-Q9 55" 4K QLED (kauppa B)', price: { amount: 899, currency: 'EUR' } } };
    await store.recordPage(2, dearer, NOW);
    const report = await buildReport(store, 2, NOW);
    expect(report.verdict?.fit).toBe('fits');
    // 899 € is still within the 900 € budget, and 50 € more is clearly more (over 5%).
    expect(report.overpay?.difference).toEqual({ amount: 50, currency: 'EUR' });
    expect(report.overpay?.than.url).toBe(`${ORIGIN}/tv-lumo-55.html`);
  });
});

describe('seen elsewhere', () => {
  it('names the other shop where the shopper saw the same TV, its price there, the difference and its push', async () => {
    const store = await storeWith(demoProfile());
    const visionex = page('tv-visionex-50.html');
    const lumo = page('tv-lumo-55.html');
    const elsewhere = (a: typeof visionex, file: string) => ({ ...a, url: `http://kauppa-b.test/${file}` });
    await store.recordPage(1, { ...elsewhere(visionex, 'visionex.html'), product: { ...visionex.product!, price: { amount: 799, currency: 'EUR' } } }, NOW - 3 * DAY);
    await store.recordPage(1, elsewhere(lumo, 'lumo.html'), NOW - 2 * DAY);
    await store.recordPage(2, { ...visionex, product: { ...visionex.product!, price: { amount: 899, currency: 'EUR' } } }, NOW - DAY);
    await store.recordPage(2, visionex, NOW);
    const report = await buildReport(store, 2, NOW);
    expect(report.subject?.price?.amount).toBe(949);
    // This shop's own earlier visit is not "elsewhere", and the Lumo seen at shop B is another product.
    expect(report.elsewhere).toEqual([
      expect.objectContaining({ shop: 'kauppa-b.test', at: NOW - 3 * DAY, price: { amount: 799, currency: 'EUR' }, difference: -150, pushed: true, by: 'gtin' }),
    ]);
    expect(report.elsewhere?.[0]?.labels).toContain('Kampanja');
  });

  it('between the two demo shops: the campaign TV pushed at 949 € here is 150 € cheaper and not pushed at shop B', async () => {
    const store = await storeWith(demoProfile());
    await store.recordPage(1, page('televisiot.html', 'demo-shop-b'), NOW - 2 * DAY);
    await store.recordPage(1, page('visionex-v50-uq7.html', 'demo-shop-b'), NOW - 2 * DAY + 60_000);
    await store.recordPage(2, page('tv-visionex-50.html'), NOW);
    const report = await buildReport(store, 2, NOW);
    // Shop B's 799 € is seen elsewhere, never a point of this shop's price history.
    expect(report.priceHistory?.map((p) => p.price.amount)).toEqual([949]);
    // Shop B writes the GTIN as GTIN-14 with a leading zero; it is the same product.
    expect(report.elsewhere).toEqual([
      expect.objectContaining({ shop: '127.0.0.1:8081', price: { amount: 799, currency: 'EUR' }, difference: -150, pushed: false, by: 'gtin' }),
    ]);
    // On the demo listing the pushed card has only its name: its model code finds shop B too.
    await store.recordPage(3, page('televisiot.html'), NOW);
    const listing = await buildReport(store, 3, NOW);
    expect(listing.subject?.title).toContain('Visionex');
    expect(listing.elsewhere).toEqual([expect.objectContaining({ shop: '127.0.0.1:8081', difference: -150, pushed: false, by: 'model' })]);
  });

  it('at shop B, tells that the demo shop pushed the same TV with its campaign labels', async () => {
    const store = await storeWith(demoProfile());
    await store.recordPage(1, page('tv-visionex-50.html'), NOW - DAY);
    await store.recordPage(2, page('visionex-v50-uq7.html', 'demo-shop-b'), NOW);
    const [entry, ...rest] = (await buildReport(store, 2, NOW)).elsewhere ?? [];
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ shop: '127.0.0.1:8080', price: { amount: 949, currency: 'EUR' }, difference: 150, pushed: true });
    expect(entry?.labels).toEqual(expect.arrayContaining(['Kampanja']));
  });

  it('is empty when the product was seen nowhere else', async () => {
    const store = await storeWith(demoProfile());
    await store.recordPage(2, page('tv-visionex-50.html'), NOW);
    expect((await buildReport(store, 2, NOW)).elsewhere).toEqual([]);
  });
});

describe("the chain's other shops", () => {
  const at = (a: ReturnType<typeof page>, url: string) => ({ ...a, url });

  it('says what another shop of the chain pushed, and that it did not push this TV', async () => {
    const store = await storeWith(demoProfile());
    // At Elgiganten (Sweden) a week ago: its listing pushed the Auro, and the Visionex was not pushed there.
    await store.recordPage(1, at(page('televisiot.html', 'demo-shop-b'), 'https://www.elgiganten.se/tv'), NOW - 7 * DAY);
    await store.recordPage(1, at(page('visionex-v50-uq7.html', 'demo-shop-b'), 'https://www.elgiganten.se/p/v50'), NOW - 7 * DAY + 60_000);
    // And a shop of no chain, which is no part of the chain's record.
    await store.recordPage(1, at(page('televisiot.html', 'demo-shop-b'), 'https://kauppa-b.test/tv'), NOW - 6 * DAY);
    await store.recordPage(2, at(page('tv-visionex-50.html'), 'https://www.gigantti.fi/p/v50'), NOW);
    const report = await buildReport(store, 2, NOW);
    expect(report.chainRecord?.chain).toBe('Elkjøp');
    expect(report.chainRecord?.shops.map((s) => s.shop)).toEqual(['elgiganten.se']);
    const [se] = report.chainRecord!.shops;
    expect(se).toMatchObject({ visits: 1, pushingVisits: 1, current: null });
    expect(se?.others[0]?.title).toContain('Auro A55-U');
    // Gigantti's own record is its own: one visit, on which it pushed this TV.
    expect(report.trackRecord?.current?.visits).toBe(1);
  });

  it('counts the visits on which another shop of the chain pushed this same TV', async () => {
    const store = await storeWith(demoProfile());
    await store.recordPage(1, at(page('tv-visionex-50.html'), 'https://www.elgiganten.se/p/v50'), NOW - 9 * DAY);
    await store.recordPage(1, at(page('tv-visionex-50.html'), 'https://www.elgiganten.se/p/v50'), NOW - 2 * DAY);
    await store.recordPage(2, at(page('visionex-v50-uq7.html', 'demo-shop-b'), 'https://www.gigantti.fi/p/v50'), NOW);
    const report = await buildReport(store, 2, NOW);
    expect(report.chainRecord?.shops[0]).toMatchObject({ shop: 'elgiganten.se', visits: 2, current: { visits: 2, first: NOW - 9 * DAY } });
  });

  it('is null for a shop of no chain', async () => {
    const store = await storeWith(demoProfile());
    await store.recordPage(2, page('tv-visionex-50.html'), NOW);
    expect((await buildReport(store, 2, NOW)).chainRecord).toBeNull();
  });
});

describe('better fits that agree with the verdicts', () => {
  it('after listing → product → back → another product in one tab, offers what the listing offered and never a misfit', async () => {
    const store = await storeWith(demoProfile());
    // The out-of-stock 60 Hz Auro, opened and judged a misfit, then its tab closed.
    await store.recordPage(1, page('tv-auro-55.html'), NOW - 3 * 60_000);
    await store.forgetTab(1);
    // One tab: the listing, whose popup names Lumo L55 the better fit ...
    await store.recordPage(3, page('televisiot.html'), NOW - 2 * 60_000);
    const onListing = await buildReport(store, 3, NOW - 2 * 60_000);
    expect(onListing.alternatives?.[0]?.title).toContain('Lumo L55-Q9');
    // ... then the campaign TV's product page in the same tab: the listing's cards are gone from the tab.
    await store.recordPage(3, page('tv-visionex-50.html'), NOW);
    const onProduct = await buildReport(store, 3, NOW);
    expect(onProduct.verdict?.fit).toBe('misfit');
    const titles = onProduct.alternatives?.map((a) => a.title) ?? [];
    expect(titles[0]).toContain('Lumo L55-Q9');
    expect(titles.join()).not.toMatch(/Auro|Kestrel|Nordic/);
    expect(onProduct.alternatives?.every((a) => a.fit.fit !== 'misfit')).toBe(true);
  });

  it('marks an item out of stock as its product page said, and ranks it after one that can be bought', async () => {
    const store = await storeWith({ ...demoProfile(), requirements: demoProfile().requirements.filter((r) => r.attribute === 'screen_size') });
    await store.recordPage(1, page('tv-auro-55.html'), NOW - 60_000);
    await store.recordPage(2, page('tv-lumo-55.html'), NOW - 30_000);
    await store.forgetTab(1);
    await store.forgetTab(2);
    await store.recordPage(3, page('tv-kestrel-43.html'), NOW);
    const alternatives = (await buildReport(store, 3, NOW)).alternatives ?? [];
    const auro = alternatives.find((a) => a.title.includes('Auro'));
    expect(auro?.availability).toBe('OutOfStock');
    expect(alternatives.findIndex((a) => a.title.includes('Lumo L55'))).toBeLessThan(alternatives.indexOf(auro!));
  });
});

describe('a price in another currency', () => {
  it('is said to be in another currency, not missing, and the budget is left unjudged', async () => {
    const store = await storeWith(demoProfile());
    const lumo = page('tv-lumo-55.html');
    await store.recordPage(9, { ...lumo, product: { ...lumo.product!, price: { amount: 899, currency: 'USD' } } }, NOW);
    const report = await buildReport(store, 9, NOW);
    const budget = report.verdict?.rows.find((r) => r.id === 'budget');
    expect(budget).toMatchObject({ status: 'unknown', found: '899.00 USD', otherCurrency: { price: 'USD', budget: 'EUR' } });
    expect(report.unstated?.map((u) => u.en)).not.toContain('the price');
    expect(report.verdict?.fit).toBe('unknown');
  });
});

describe('the profile a real page is judged by', () => {
  const realPage = (file: string, url: string) => {
    const doc = parsePage(readPageBytes(join(realPagesDir(), file)), url);
    try {
      return analyzePage(doc, url, { limits: { maxMs: 60_000 } });
    } finally {
      doc.defaultView?.close();
    }
  };
  const deps = (store: Store): WorkerDeps => ({
    store: async () => store, now: () => NOW, injectContentScript: async () => undefined, showBadge: async () => undefined,
    registerShops: async () => [], unregisterShop: async () => [], listShops: async () => [], askTab: async () => ({ items: [] }),
  });

  it('is none for power banks when the shopper has a TV profile, and the popup still gets what the shop pushes', async () => {
    // Seen on the real Amazon search for "portable charger": power banks judged by a TV profile.
    const store = await storeWith(demoProfile());
    await store.recordPage(5, realPage('listings/amazon-com-search.html.gz', 'https://www.amazon.com/s?k=portable+charger'), NOW);
    const report = await buildReport(store, 5, NOW);
    expect(report.profile).toBeNull();
    expect(report.profileChoice).toEqual({ why: 'kind-unknown', category: null, otherKind: true });
    expect(report.verdict).toBeNull();
    expect(report.subject?.title).toMatch(/Power Bank|Charger/i);
    expect(report.subject?.sponsored).toBe(true);
    expect(report.alternatives).toEqual([]);
    // An "anything" profile is for everything.
    await store.saveProfile({ ...demoProfile(), id: 'p-any', name: 'Mikä tahansa', category: 'anything', requirements: [] });
    expect((await buildReport(store, 5, NOW)).profileChoice?.why).toBe('anything');
  });

  it('is none for a desktop PC with only a laptop profile, named as another kind', async () => {
    const store = await storeWith({ ...demoProfile(), category: 'laptop', requirements: [] });
    await store.recordPage(6, realPage('products/currys-co-uk-product-apple-imac-4k.html.gz', 'https://www.currys.co.uk/gbuk/imac.html'), NOW);
    const report = await buildReport(store, 6, NOW);
    expect(report.profile).toBeNull();
    expect(report.profileChoice).toMatchObject({ why: 'kind-unknown', otherKind: true });
    expect(report.subject?.title).toContain('iMac');
  });

  it('remembers the shopper\'s pick among two TV profiles for the next TV page', async () => {
    const store = await storeWith(demoProfile());
    await store.saveProfile({ ...demoProfile(), id: 'p-bedroom', name: 'Makuuhuoneen TV', createdAt: demoProfile().createdAt + 1 });
    await store.recordPage(7, page('tv-lumo-55.html'), NOW);
    expect((await reportFor(deps(store), 7, undefined)).profile?.id).toBe(demoProfile().id);
    expect((await reportFor(deps(store), 7, 'p-bedroom')).profileChoice?.why).toBe('picked');
    await store.recordPage(8, page('tv-visionex-50.html'), NOW);
    const next = await reportFor(deps(store), 8, undefined);
    expect(next.profile?.id).toBe('p-bedroom');
    expect(next.profileChoice?.why).toBe('remembered');
    // A pick of a profile of another kind is not remembered for TVs.
    await store.saveProfile({ ...demoProfile(), id: 'p-laptop', name: 'Läppäri', category: 'laptop', createdAt: demoProfile().createdAt + 2 });
    await reportFor(deps(store), 8, 'p-laptop');
    expect((await reportFor(deps(store), 8, undefined)).profile?.id).toBe('p-bedroom');
  });
});
