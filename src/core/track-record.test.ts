import { describe, expect, it } from 'vitest';
import { chainRecordOf, trackRecordOf, visitsOf, VISIT_GAP_MS, type VisitLog } from './track-record.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 9, 1);

const listing = (at: number, titles: string[], url = 'https://shop.example/tv'): VisitLog => ({
  at, url, kind: 'listing', productKey: null, name: null, promotions: [], highlighted: titles.map((title) => ({ title })),
});
const productPage = (at: number, name: string, promotions: string[], key = `name:${name.toLowerCase()}`): VisitLog => ({
  at, url: `https://shop.example/p/${encodeURIComponent(name)}`, kind: 'product', productKey: key, name, promotions, highlighted: [],
});

const VISIONEX = 'Visionex V50-UQ7 50" 4K UHD LED-televisio, 60 Hz';
const ACME = 'Acme A50 50" Full HD televisio';

describe('trackRecordOf', () => {
  it('counts the visits on which the shop pushed the current item, and what it pushed before', () => {
    const logs = [
      listing(T0, [ACME]),
      listing(T0 + 3 * DAY, [ACME]),
      listing(T0 + 33 * DAY, [VISIONEX]),
      productPage(T0 + 34 * DAY, 'Visionex V50-UQ7 50" 4K UHD LED-televisio', ['Kampanja']),
      listing(T0 + 40 * DAY, [VISIONEX, ACME]),
      productPage(T0 + 41 * DAY, 'Lumo L55-Q9 55" 4K QLED', []),
    ];
    const record = trackRecordOf(logs, { productKey: null, title: VISIONEX, url: null });
    expect(record.visits).toBe(6);
    expect(record.since).toBe(T0);
    expect(record.pushingVisits).toBe(5);
    expect(record.current).toMatchObject({ visits: 3, first: T0 + 33 * DAY, last: T0 + 40 * DAY });
    expect(record.others).toEqual([{ title: ACME, visits: 3, first: T0, last: T0 + 40 * DAY }]);
  });

  it('matches the current product page by its product key', () => {
    const logs = [productPage(T0, 'Visionex V50', ['Kampanja'], 'gtin:123'), productPage(T0 + DAY, 'Visionex V50 musta', ['Tarjous'], 'gtin:123')];
    expect(trackRecordOf(logs, { productKey: 'gtin:123', title: 'x', url: null }).current?.visits).toBe(2);
  });

  it('has no current entry when the shop never pushed the item', () => {
    const record = trackRecordOf([listing(T0, [ACME])], { productKey: null, title: VISIONEX, url: null });
    expect(record.current).toBeNull();
    expect(record.others.map((o) => o.title)).toEqual([ACME]);
  });

  it('is empty for no history', () => {
    expect(trackRecordOf([], { productKey: null, title: null, url: null })).toEqual({ visits: 0, since: null, pushingVisits: 0, current: null, others: [] });
  });
});

describe('visitsOf', () => {
  it('counts a session on the shop as one visit: repeated reports and other pages within the gap', () => {
    const logs = [listing(T0 + 1000, [ACME]), listing(T0, [ACME]), listing(T0 + VISIT_GAP_MS + 2000, [ACME]), listing(T0 + 500, [ACME], 'https://shop.example/other')];
    expect(visitsOf(logs).map((v) => [v.at, v.views.length])).toEqual([[T0, 3], [T0 + VISIT_GAP_MS + 2000, 1]]);
  });

  it('counts a listing and the product opened from it a minute later as one visit, pushed once', () => {
    const logs = [listing(T0, [VISIONEX]), productPage(T0 + 60_000, 'Visionex V50-UQ7 50" 4K UHD LED-televisio', ['Kampanja'])];
    const record = trackRecordOf(logs, { productKey: null, title: VISIONEX, url: null });
    expect(record).toMatchObject({ visits: 1, pushingVisits: 1, current: { visits: 1 } });
  });
});

describe('chainRecordOf', () => {
  const item = { productKey: 'gtin:6430012345679', title: 'Visionex V50-UQ7 50" 4K UHD LED-televisio', url: 'https://www.gigantti.fi/p/visionex' };

  it('tells, per other shop of the chain, whether it pushed this item and what it pushed instead', () => {
    const logs = new Map<string, VisitLog[]>([
      // Elgiganten never pushed the Visionex: on two visits it pushed another brand.
      ['elgiganten.se', [listing(T0, [ACME]), listing(T0 + 3 * DAY, [ACME]), productPage(T0 + 3 * DAY + 60_000, item.title, [], item.productKey)]],
      // Elkjøp pushed it once, on its own product page, found by the GTIN across shops.
      ['elkjop.no', [productPage(T0 + DAY, 'Visionex V50UQ7 50" 4K TV', ['Kampanje'], item.productKey)]],
      ['elgiganten.dk', []],
    ]);
    const record = chainRecordOf('Elkjøp', logs, item);
    expect(record?.chain).toBe('Elkjøp');
    expect(record?.shops.map((s) => s.shop)).toEqual(['elgiganten.se', 'elkjop.no']);
    const [se, no] = record!.shops;
    expect(se).toMatchObject({ visits: 2, pushingVisits: 2, current: null });
    expect(se?.others.map((o) => [o.title, o.visits])).toEqual([[ACME, 2]]);
    expect(no?.current).toMatchObject({ visits: 1, first: T0 + DAY });
  });

  it('does not take the same page address at another shop for the same item', () => {
    const elsewhere = { ...productPage(T0, 'Acme A50', ['Tarjous'], 'name:acme a50'), url: item.url };
    const record = chainRecordOf('Elkjøp', new Map([['elgiganten.se', [elsewhere]]]), item);
    expect(record?.shops[0]?.current).toBeNull();
  });

  it('is null when she visited no other shop of the chain', () => {
    expect(chainRecordOf('Elkjøp', new Map(), item)).toBeNull();
    expect(chainRecordOf('Elkjøp', new Map([['elgiganten.se', []]]), item)).toBeNull();
  });
});
