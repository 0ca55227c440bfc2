import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze.ts';
import { extractPage, PRODUCT_PAGE_ITEMS, readShelvesInSlices } from './index.ts';

const doc = (body: string, head = '') => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;
const URL_ = 'https://shop.example/p/123';

describe('analyzePage', () => {
  it('takes a heading over cards that each print their own code and buy button for a listing, not a product', () => {
    const tile = (n: number) =>
      `<li class="tile"><a href="/p/${n}"><img src="/i/${n}.jpg" alt=""></a><h3><a href="/p/${n}">Kannettava ${n}</a></h3>` +
      `<span class="price">${400 + n},00 €</span><p>Tuotenumero: KX-${1000 + n}</p><span class="product-code">KX-${1000 + n}</span>` +
      `<button name="add-to-basket">Osta</button></li>`;
    const a = analyzePage(doc(`<h1>Kannettavat tietokoneet</h1><ul class="grid">${[1, 2, 3, 4, 5, 6].map(tile).join('')}</ul>`), URL_, { adapters: false });
    expect(a.kind).toBe('listing');
    expect(a.items.map((i) => i.price?.amount)).toEqual([401, 402, 403, 404, 405, 406]);
  });

  it('takes an article whose priced links lead to other sites for a deals round-up, not a shop, and its own shop\'s grid for a listing', () => {
    const deal = (n: number, href: string) =>
      `<li class="deal"><a href="${href}/u/${n}"><img src="/i/${n}.jpg" alt=""></a><h3><a href="${href}/u/${n}">Wireless earbuds ${n} deal</a></h3><span class="price">$${40 + n}.99</span></li>`;
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Daily deals"}</script>';
    const article = analyzePage(doc(`<h1>Daily deals</h1><ul class="deals">${[1, 2, 3, 4, 5].map((n) => deal(n, 'https://r.linkredirect.example')).join('')}</ul>`, head), 'https://news.example/articles/deals', { adapters: false });
    expect(article.kind).toBe('other');
    const own = analyzePage(doc(`<h1>Earbuds</h1><ul class="deals">${[1, 2, 3, 4, 5].map((n) => deal(n, 'https://shop.news.example')).join('')}</ul>`, head), 'https://www.news.example/c/earbuds', { adapters: false });
    expect([own.kind, own.items.length]).toEqual(['listing', 5]);
    // A shop's saved search page served from this machine links to the shop it was saved from.
    const results = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"SearchResultsPage"}</script>';
    const saved = analyzePage(doc(`<h1>Earbuds</h1><ul class="deals">${[1, 2, 3, 4, 5].map((n) => deal(n, 'https://produto.shop.com.br')).join('')}</ul>`, results), 'http://127.0.0.1:8080/listings/earbuds.html', { adapters: false });
    expect(saved.kind).toBe('listing');
  });

  it('keeps the one labelled code of a product page whose shelves have buy buttons of their own', () => {
    const tile = (n: number) => `<li class="tile"><a href="/p/${n}">Kaapeli ${n}</a><span class="price">${9 + n},00 €</span><button name="add-to-basket">Osta</button></li>`;
    const page = doc(`<h1>Kannettava Pro 14</h1><span class="price">999,00 €</span><p>Tuotenumero: KX-2001</p>
      <button name="add-to-basket">Lisää ostoskoriin</button><h2>Asiakkaat ostivat myös</h2><ul class="shelf">${[1, 2, 3, 4].map(tile).join('')}</ul>`);
    const a = analyzePage(page, URL_, { adapters: false });
    expect(a.kind).toBe('product');
    expect(a.product?.sku).toBe('KX-2001');
  });

  it('reads a listing with more prices than the product pass reads as whole: its cards are all there', () => {
    const tile = (n: number) => `<li class="tile"><h3><a href="/p/${n}">Kannettava ${n}</a></h3><span class="price">${400 + n},00 €</span></li>`;
    const cards = Array.from({ length: 700 }, (_, n) => tile(n + 1)).join('');
    const a = analyzePage(doc(`<h1>Kannettavat</h1><ul class="grid">${cards}</ul>`), URL_, { adapters: false, limits: { maxMs: 60_000 } });
    expect(a.kind).toBe('listing');
    expect(a.items).toHaveLength(700);
    // The product pass stops at its cap of prices; that leaves no card unread.
    expect(a.partial).toBe(false);
  });

  it('reads microdata and remembers the source of each field', () => {
    const page = doc(`
      <div itemscope itemtype="https://schema.org/Product">
        <h1 itemprop="name">Kettle 1.7 l</h1>
        <span itemprop="brand">Acme</span>
        <meta itemprop="sku" content="K-17">
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
          <meta itemprop="priceCurrency" content="EUR"><span itemprop="price" content="29.90">29,90 €</span>
          <link itemprop="availability" href="https://schema.org/OutOfStock">
        </div>
      </div>`);
    const a = analyzePage(page, URL_, { adapters: false });
    expect(a.kind).toBe('product');
    expect(a.product).toMatchObject({ name: 'Kettle 1.7 l', brand: 'Acme', sku: 'K-17', availability: 'OutOfStock' });
    expect(a.product?.price).toEqual({ amount: 29.9, currency: 'EUR' });
    expect(a.product?.sources).toMatchObject({ name: 'microdata', sku: 'microdata', price: 'microdata' });
    expect(a.highlighted).toEqual([expect.objectContaining({ index: -1 })]);
    expect(a.partial).toBe(false);
  });

  it('reads OpenGraph product tags', () => {
    const head = `<meta property="og:type" content="product"><meta property="og:title" content="Lamp">
      <meta property="product:price:amount" content="19.99"><meta property="product:price:currency" content="GBP">
      <meta property="product:availability" content="in stock">`;
    const a = analyzePage(doc('<h1>Lamp</h1><button name="add-to-basket">Add</button>', head), URL_, { adapters: false });
    expect(a.product?.price).toEqual({ amount: 19.99, currency: 'GBP' });
    expect(a.product?.sources.price).toBe('opengraph');
    expect(a.product?.availability).toBe('InStock');
  });

  it('lets the visible price win when the markup price is not shown near the product', () => {
    const ld = `<script type="application/ld+json">{"@type":"Product","name":"Drill","offers":{"price":"149.00","priceCurrency":"EUR"}}</script>`;
    const body = `<main><h1>Drill</h1><div class="product-price"><span class="price">129,00 €</span></div>
      <button class="add-to-cart">Add to cart</button></main>`;
    const a = analyzePage(doc(body, ld), URL_, { adapters: false });
    expect(a.product?.price?.amount).toBe(129);
    expect(a.product?.sources.price).toBe('visible');
    expect(a.product?.name).toBe('Drill');
    expect(a.product?.sources.name).toBe('json-ld');
  });

  it('keeps the markup price when the page shows the same amount', () => {
    const ld = `<script type="application/ld+json">{"@type":"Product","name":"Drill","offers":{"price":"129.00","priceCurrency":"EUR"}}</script>`;
    const body = `<main><h1>Drill</h1><span class="price">129,00 €</span></main>`;
    const a = analyzePage(doc(body, ld), URL_, { adapters: false });
    expect(a.product?.sources.price).toBe('json-ld');
  });

  it('finds the visible price, the struck-through prior price and the 30-day low beside the title', () => {
    const body = `
      <nav><span class="price">9,99 €</span></nav>
      <main><div class="product">
        <h1>Headphones X</h1>
        <div class="price-box"><del class="old-price">199,00 €</del> <span class="price current-price">149,00 €</span></div>
        <p>Alin hinta 30 päivän aikana: <span>139,00 €</span></p>
        <p class="stock">Varastossa</p>
        <button class="add-to-cart">Lisää ostoskoriin</button>
      </div>
      <section class="recommendations"><h2>Others also bought</h2><span class="price">59,00 €</span></section>
      </main>`;
    const a = analyzePage(doc(body), URL_, { adapters: false });
    expect(a.kind).toBe('product');
    expect(a.product?.price).toEqual({ amount: 149, currency: 'EUR' });
    expect(a.product?.priorPrice).toMatchObject({ amount: 199, currency: 'EUR' });
    expect(a.product?.lowest30d).toEqual({ amount: 139, currency: 'EUR' });
    expect(a.product?.availability).toBe('InStock');
  });

  it('reads a labelled prior price (UVP) and a printed product code', () => {
    const body = `<main><h1>Mixer</h1><div><span class="price">49,99 €</span> <span>UVP 59,99 €</span></div>
      <p>Artikelnummer: 4711-AB</p><button class="add-to-cart">In den Warenkorb</button></main>`;
    const a = analyzePage(doc(body), URL_, { adapters: false });
    expect(a.product?.priorPrice).toMatchObject({ amount: 59.99, label: 'UVP' });
    expect(a.product?.sku).toBe('4711-AB');
  });

  it('reads spec tables and definition lists', () => {
    const body = `<main><h1>TV</h1><span class="price">499 €</span><button class="add-to-cart">Buy</button>
      <table><tr><th>Screen size</th><td>55"</td></tr><tr><th>EAN</th><td>6401234567890</td></tr></table>
      <dl><dt>Refresh rate</dt><dd>120 Hz</dd></dl></main>`;
    const a = analyzePage(doc(body), URL_, { adapters: false });
    expect(a.product?.gtin).toBe('6401234567890');
    expect(a.product?.specs.map((s) => [s.label, s.raw])).toEqual([
      ['Screen size', '55"'],
      ['Refresh rate', '120 Hz'],
    ]);
  });

  it('sees an out-of-stock statement', () => {
    const body = `<main><h1>Console</h1><span class="price">$499.99</span><div id="availability">Currently unavailable.</div>
      <button id="add-to-cart-button">Add</button></main>`;
    expect(analyzePage(doc(body), URL_, { adapters: false }).product?.availability).toBe('OutOfStock');
  });

  it('reads a bounded share of the other products on a product page, and every card of a listing', () => {
    const card = (i: number) => `<li class="card"><a href="/p/${i}"><img src="/i/${i}.jpg" alt=""><span class="name">Speaker ${i}</span></a><span>${20 + i},00 €</span></li>`;
    const cards = (n: number) => Array.from({ length: n }, (_, i) => card(i)).join('');
    const shelves = `<section><h2>Others also bought</h2><ul>${cards(30)}</ul></section><section><h2>Recently viewed</h2><ul>${cards(30)}</ul></section>`;
    const ld = `<script type="application/ld+json">{"@type":"Product","name":"Drill","offers":{"price":"129.00","priceCurrency":"EUR"}}</script>`;
    const product = analyzePage(doc(`<main><h1>Drill</h1><span class="price">129,00 €</span></main>${shelves}`, ld), URL_, { adapters: false });
    expect(product.kind).toBe('product');
    expect(product.items).toHaveLength(PRODUCT_PAGE_ITEMS);
    // The time budget is not what this checks: a loaded machine must not cut the listing short.
    const listing = analyzePage(doc(`<main><h1>Speakers</h1><ul>${cards(60)}</ul></main>`), 'https://shop.example/c/speakers', { adapters: false, limits: { maxMs: 60_000 } });
    expect(listing.kind).toBe('listing');
    expect(listing.items).toHaveLength(60);
  });

  it("leaves a product page's shelves for later when asked to, and reads the same ones on request", async () => {
    const card = (i: number) => `<li class="card"><a href="/p/${i}"><img src="/i/${i}.jpg" alt=""><span class="name">Speaker ${i}</span></a><span>${20 + i},00 €</span>${i === 1 ? '<span class="badge">Sponsored</span>' : ''}</li>`;
    const shelves = `<section><h2>Others also bought</h2><ul>${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</ul></section>`;
    const ld = `<script type="application/ld+json">{"@type":"Product","name":"Drill","offers":{"price":"129.00","priceCurrency":"EUR"}}</script>`;
    const page = doc(`<main><h1>Drill</h1><span class="price">129,00 €</span></main>${shelves}`, ld);
    const now = extractPage(page, URL_, { adapters: false });
    const later = extractPage(page, URL_, { adapters: false, shelves: 'on-request' });
    expect(now.items.length).toBe(8);
    expect(later).toEqual({ ...now, items: [], highlighted: now.highlighted.filter((h) => h.index < 0), shelvesPending: true });
    const wall = () => performance.now();
    const read = await readShelvesInSlices(page, URL_, { wall, yieldToPage: async () => undefined });
    expect(read.shelves).toEqual({ items: now.items, highlighted: now.highlighted.filter((h) => h.index >= 0) });
    expect(read.shelves.highlighted.length).toBeGreaterThan(0);
    // A listing is its items: never left for later.
    const listing = extractPage(doc(`<main><h1>Speakers</h1><ul>${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</ul></main>`), 'https://shop.example/c/s', {
      adapters: false,
      shelves: 'on-request',
    });
    expect(listing.kind).toBe('listing');
    expect(listing.items).toHaveLength(8);
    expect(listing.shelvesPending).toBeUndefined();
  });

  it('calls a news article "other" with nothing highlighted, even with prices in it', () => {
    const head = `<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Prices rise"}</script>`;
    const a = analyzePage(doc('<h1>Prices rise</h1><p class="price">The TV now costs 499 €</p>', head), 'https://news.example/a', {});
    expect(a.kind).toBe('other');
    expect(a.product).toBeNull();
    expect(a.highlighted).toEqual([]);
  });

  it('calls a search engine page "other"', () => {
    const a = analyzePage(doc('<h1>tv 55</h1><span class="price">499 €</span><button class="add-to-cart">x</button>'), 'https://www.google.fi/search?q=tv');
    expect(a.kind).toBe('other');
  });

  it('calls a page without any shop signal "other"', () => {
    expect(analyzePage(doc('<h1>Docs</h1><p>How to install</p>'), 'https://docs.example/').kind).toBe('other');
  });

  it('never throws, even on a document whose body is missing', () => {
    const bare = new JSDOM('').window.document;
    bare.documentElement.remove();
    const a = analyzePage(bare, 'not a url');
    expect(a.kind).toBe('other');
  });
});

describe('visible price text', () => {
  it('puts back the decimal point of cents set in <sup>', () => {
    const body = `<main><h1>Doorbell</h1><div class="price"><span>$229</span><sup>99</sup></div><button class="add-to-cart">Add</button></main>`;
    expect(analyzePage(doc(body), URL_, { adapters: false }).product?.price?.amount).toBe(229.99);
  });
});

describe('page kind from markup of many products', () => {
  const ld = (names: string[]) =>
    `<script type="application/ld+json">${JSON.stringify(names.map((name, i) => ({ '@context': 'https://schema.org', '@type': 'Product', name, url: `https://shop.example/p/${i}`, offers: { '@type': 'Offer', price: 10 + i, priceCurrency: 'EUR' } })))}</script>`;
  const names = ['Airfryer Alpha 3 l', 'Airfryer Beta 5 l', 'Airfryer Gamma 7 l', 'Airfryer Delta 9 l'];

  it('does not take per-card product markup for a product page', () => {
    const a = analyzePage(doc('<h1>Heißluftfritteusen</h1>', ld(names)), 'https://shop.example/c/airfryers', { adapters: false });
    expect(a.kind).not.toBe('product');
  });

  it('still takes a product page whose markup also declares related products, when the page names its own', () => {
    const a = analyzePage(doc('<h1>Airfryer Beta 5 l</h1><button name="add-to-cart">Add</button>', ld(names)), URL_, { adapters: false });
    expect(a.kind).toBe('product');
  });

  it('takes one product with several offers under one name as one product', () => {
    const a = analyzePage(doc('<h1>Shoe</h1>', ld(['Shoe', 'Shoe', 'Shoe'])), URL_, { adapters: false });
    expect(a.kind).toBe('product');
  });
});
