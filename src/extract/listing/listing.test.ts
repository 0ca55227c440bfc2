import { JSDOM } from 'jsdom';
import { interpretAnalysis } from '../../core/interpret.ts';
import { describe, expect, it } from 'vitest';
import { Budget } from '../budget.ts';
import { extractListing } from './index.ts';
import { highlightsOf } from './highlight.ts';
import { CONTRACT_LIMITS, type ListingItem } from '../../contract/analysis.ts';

const URL_ = 'https://shop.invalid/c/tv';
const roomy = (): Budget => new Budget({ maxNodes: 1e6, maxChars: 1e8, maxMs: 1e6 });

function card(n: number, extra = '', cls = 'tile'): string {
  return `<li class="${cls}"><a href="/p/${n}"><img src="/i/${n}.jpg" alt=""></a>${extra}
    <h3><a href="/p/${n}">Televisio ${n} 55" 4K 120 Hz</a></h3><span class="price">${100 + n},00 €</span></li>`;
}

function page(body: string): Document {
  return new JSDOM(`<html><body><nav><a href="/">Etusivu</a></nav>${body}</body></html>`, { url: URL_ }).window.document;
}

describe('extractListing (generic)', () => {
  it('finds the cards of the main grid with title, link, price and position', () => {
    const doc = page(`<ul class="grid">${[1, 2, 3, 4].map((n) => card(n)).join('')}</ul>`);
    const { items, source } = extractListing(doc, URL_, roomy());
    expect(source).toBe('visible');
    expect(items.map((i) => [i.title, i.url, i.price?.amount, i.position, i.shelf])).toEqual([
      ['Televisio 1 55" 4K 120 Hz', 'https://shop.invalid/p/1', 101, 1, null],
      ['Televisio 2 55" 4K 120 Hz', 'https://shop.invalid/p/2', 102, 2, null],
      ['Televisio 3 55" 4K 120 Hz', 'https://shop.invalid/p/3', 103, 3, null],
      ['Televisio 4 55" 4K 120 Hz', 'https://shop.invalid/p/4', 104, 4, null],
    ]);
  });

  it('keeps a recommendation shelf apart under its heading', () => {
    const shelf = `<section><h2>Asiakkaat ostivat myös</h2><ol class="carousel">${[7, 8, 9].map((n) => card(n, '', 'slide')).join('')}</ol></section>`;
    const doc = page(`<ul class="grid">${[1, 2, 3, 4, 5].map((n) => card(n)).join('')}</ul>${shelf}`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.filter((i) => i.shelf === null)).toHaveLength(5);
    expect(items.filter((i) => i.shelf === 'Asiakkaat ostivat myös').map((i) => i.position)).toEqual([1, 2, 3]);
  });

  it('does not take a big recommendation shelf for the main grid', () => {
    const shelf = `<section><h2>Others also bought</h2><ol>${[11, 12, 13, 14, 15, 16].map((n) => card(n, '', 'slide')).join('')}</ol></section>`;
    const doc = page(`<ul class="grid">${[1, 2, 3].map((n) => card(n)).join('')}</ul>${shelf}`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.filter((i) => i.shelf === null).map((i) => i.title)).toEqual([1, 2, 3].map((n) => `Televisio ${n} 55" 4K 120 Hz`));
  });

  it('reads prior prices, promotions and sponsorship, and highlights the pushed cards with reasons', () => {
    const doc = page(
      `<ul class="grid">${card(1, '<span class="badge">Kampanja</span><s class="old">149,00 €</s>')}${card(2, '<span>Sponsoroitu</span>')}${card(3)}${card(4)}</ul>`,
    );
    const { items, highlighted } = extractListing(doc, URL_, roomy());
    expect(items[0]?.priorPrice?.amount).toBe(149);
    expect(items[0]?.promotions.map((p) => p.type).sort()).toEqual(['campaign', 'discount']);
    expect(items[0]?.promotions.find((p) => p.type === 'campaign')?.where).toBe('badge on card 1');
    expect(items.map((i) => i.sponsored)).toEqual([false, true, false, false]);
    expect(highlighted).toEqual([
      { index: 0, reasons: ['campaign: "Kampanja"'] },
      { index: 1, reasons: ['paid placement: "Sponsoroitu"'] },
    ]);
  });

  it('highlights a first card pinned with its own styling', () => {
    const doc = page(`<ul class="grid">${card(1, '', 'tile tile--featured')}${[2, 3, 4, 5].map((n) => card(n)).join('')}</ul>`);
    const { highlighted } = extractListing(doc, URL_, roomy());
    expect(highlighted).toEqual([{ index: 0, reasons: ['pinned first with distinct styling'] }]);
  });

  it('leaves reading specs from titles to the worker, keeping the title whole', () => {
    const doc = page(`<ul class="grid">${[1, 2].map((n) => card(n)).join('')}</ul>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items[0]?.specs).toEqual([]);
    const interpreted = interpretAnalysis({ url: URL_, kind: 'listing', product: null, items, highlighted: [], partial: false });
    expect(interpreted.items[0]?.specs.length).toBeGreaterThan(0);
  });

  it('falls back to ItemList JSON-LD when no grid is visible', () => {
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, item: { '@type': 'Product', name: 'Kuulokkeet X', url: '/p/x', offers: { price: '59.90', priceCurrency: 'EUR' } } },
        { '@type': 'ListItem', position: 2, url: '/p/y', name: 'Kuulokkeet Y' },
      ],
    });
    const doc = page(`<script type="application/ld+json">${json}</script><p>Ladataan…</p>`);
    const { items, source } = extractListing(doc, URL_, roomy());
    expect(source).toBe('json-ld');
    expect(items.map((i) => [i.title, i.url, i.price?.amount ?? null, i.position])).toEqual([
      ['Kuulokkeet X', 'https://shop.invalid/p/x', 59.9, 1],
      ['Kuulokkeet Y', 'https://shop.invalid/p/y', null, 2],
    ]);
  });

  it('reads a grid rendered in blocks (one per page of an endless scroll) as one grid', () => {
    const block = (from: number) => `<div class="chunk row">${[0, 1, 2].map((k) => card(from + k, '', 'tile')).join('')}</div>`;
    const doc = page(`<div id="results"><p>Sivu 1</p>${block(1)}<p>Sivu 2</p>${block(4)}<p>Sivu 3</p>${block(7)}</div>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.filter((i) => i.shelf === null).map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(items.filter((i) => i.shelf !== null)).toEqual([]);
  });

  it('continues the grid into sibling blocks of its template, not into a shelf under its own heading', () => {
    const row = (from: number) => `<ul class="grid row">${[0, 1, 2, 3].map((k) => card(from + k)).join('')}</ul>`;
    const shelf = `<section><h2>Asiakkaat katsoivat myös</h2><ul class="grid row">${[20, 21, 22].map((n) => card(n)).join('')}</ul></section>`;
    const doc = page(`<div class="results">${row(1)}${row(5)}${row(9)}</div>${shelf}`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.filter((i) => i.shelf === null).map((i) => i.title)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `Televisio ${n} 55" 4K 120 Hz`),
    );
    expect(items.filter((i) => i.shelf === 'Asiakkaat katsoivat myös')).toHaveLength(3);
  });

  it('reads a row of ads set inside the results, under their heading and in their template, as results, each ad once', () => {
    const ad = (n: number) => card(n, '<span class="ad-mark">Mainos</span><p class="seller">Myyjä: Kauppa Oy, toimitus 2–4 arkipäivää</p>');
    // One copy of the row per screen width, as shops print them; a shopper sees one.
    const adRows = [[40, 41, 42, 43], [41, 40, 42], [40, 41]].map((ns, i) => `<ul class="ad-row copy-${i}">${ns.map(ad).join('')}</ul>`).join('');
    const block = (from: number) => `<ul class="grid block">${Array.from({ length: 6 }, (_, k) => card(from + k)).join('')}</ul>`;
    const other = `<section><h2>Asiakkaat katsoivat myös</h2><ul class="grid row">${[20, 21, 22].map((n) => card(n)).join('')}</ul></section>`;
    const doc = page(`<div class="results"><h2>Hakutulokset</h2><div class="ads">${adRows}</div>${block(1)}${block(7)}</div>${other}`);
    const { items } = extractListing(doc, URL_, roomy());
    const main = items.filter((i) => i.shelf === null);
    expect(main).toHaveLength(16);
    expect(main.filter((i) => i.sponsored).map((i) => i.url)).toEqual([40, 41, 42, 43].map((n) => `https://shop.invalid/p/${n}`));
    expect(items.filter((i) => i.shelf !== null).map((i) => i.shelf)).toEqual(['Asiakkaat katsoivat myös', 'Asiakkaat katsoivat myös', 'Asiakkaat katsoivat myös']);
  });

  it("never names a shelf after a card's title in the row before it", () => {
    const row = (ns: number[]) => `<ul class="row">${ns.map((n) => card(n)).join('')}</ul>`;
    const doc = page(`<h2>Hakutulokset</h2><ul class="grid">${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => card(n, '', 'result')).join('')}</ul>
      <div class="recs">${row([50, 51, 52, 53])}${row([60, 61, 62])}</div>`);
    const shelves = extractListing(doc, URL_, roomy()).items.filter((i) => i.shelf !== null);
    expect(shelves.map((i) => i.title)).toContain('Televisio 60 55" 4K 120 Hz');
    expect(shelves.filter((i) => i.shelf?.startsWith('Televisio'))).toEqual([]);
  });

  it('keeps a shelf placed among the cards apart when the other children are cards', () => {
    const inner = `<li class="tile"><h4>Suosittelemme</h4><ol class="mini">${[30, 31].map((n) => card(n, '', 'slide')).join('')}</ol></li>`;
    const doc = page(`<ul class="grid">${[1, 2, 3].map((n) => card(n)).join('')}${inner}${[4, 5].map((n) => card(n)).join('')}</ul>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.filter((i) => i.shelf === null)).toHaveLength(5);
    expect(items.filter((i) => i.shelf !== null).map((i) => i.position)).toEqual([1, 2]);
  });

  it('gives no price for a card that shows only a from-price of other offers, never that amount', () => {
    const fromOnly = (n: number, words: string) =>
      `<li class="tile"><a href="/p/${n}"><img src="/i/${n}.jpg" alt=""></a><h3><a href="/p/${n}">Kannettava ${n}</a></h3><div class="price"><span class="amount">1 399</span></div><div class="outlet">${words} 604 €</div></li>`;
    const doc = page(`<ul class="grid">${fromOnly(1, 'Outletista alkaen')}${fromOnly(2, 'From')}${fromOnly(3, 'Från')}${card(4)}</ul>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => i.price?.amount ?? null)).toEqual([null, null, null, 104]);
  });

  it('gives no price for a card that prints a range, whole or in pieces, and keeps its struck price; a range on another line leaves the price', () => {
    const tile = (n: number, prices: string) =>
      `<li class="tile"><a href="/p/${n}"><img src="/i/${n}.jpg" alt=""></a><h3><a href="/p/${n}">Kuulokkeet ${n}</a></h3><div class="row">${prices}</div></li>`;
    const doc = page(
      `<ul class="grid">${[
        tile(1, '<span class="price">$6.79</span><span class="price"> to </span><span class="price">$9.48</span><s>$12.49</s>'),
        tile(2, '<span class="price">EUR 124,00<span> bis </span>EUR 174,00</span>'),
        tile(3, '<span class="price"><b>£2.99</b></span> – <span>£8.99</span>'),
        tile(4, '<span class="price">$9.91</span><div class="note">Options from $9.91 – $22.64</div>'),
        tile(5, '<span class="price">$31.71</span></div><div><b>Volume discounts:</b> <strong>$26.95 - $31.71</strong>'),
      ].join('')}</ul>`,
    );
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => [i.price?.amount ?? null, i.priorPrice?.amount ?? null])).toEqual([
      [null, 12.49],
      [null, null],
      [null, null],
      [9.91, null],
      [31.71, null],
    ]);
  });

  it('reads a prior price whose label stands before the amount and its currency code, or is "Orig."', () => {
    const statt = (n: number) =>
      `<div class="teaser"><a href="/p/${n}"><img src="/i/${n}.jpg" alt=""></a><p class="name"><a href="/p/${n}">Sommerflieder ${n}</a></p>` +
      `<p class="cross">statt&nbsp;<span class="old">${n}3.50&nbsp;CHF</span></p><a class="cart" href="/cart?add=${n}"><span>${n}.75&nbsp;CHF</span></a></div>`;
    const orig = `<div class="teaser"><a href="/p/9"><img src="/i/9.jpg" alt=""></a><p class="name"><a href="/p/9">Watch 9 32mm</a></p>` +
      '<div class="prices"><span>Orig. CAD 95.74</span><span>Was CAD 71.81</span><span>Sale CAD 47.87</span></div></div>';
    const doc = page(`<div class="results">${[1, 2, 3].map(statt).join('')}${orig}</div>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => [i.price?.amount, i.priorPrice?.amount, i.priorPrice?.label])).toEqual([
      [1.75, 13.5, 'statt'],
      [2.75, 23.5, 'statt'],
      [3.75, 33.5, 'statt'],
      [47.87, 95.74, 'Orig.'],
    ]);
  });

  it('reads a price whose class names it the one paid before as the prior price, and not the card template\'s classes', () => {
    const was = (n: number) =>
      `<div class="cell"><a href="/p/${n}"><img src="/i/${n}.jpg" alt=""></a><a class="item-title" href="/p/${n}">Shopping cart toy ${n}</a>` +
      `<ul class="price"><li class="price-was"> $${n}8.99 </li><li class="price-current">$<strong>${n}1</strong><sup>.99</sup></li></ul></div>`;
    const oldStock = (n: number) =>
      `<div class="cell old-stock"><a href="/p/${n}"><img src="/i/${n}.jpg" alt=""></a><a class="item-title" href="/p/${n}">Shopping cart toy ${n}</a>` +
      `<ul class="price"><li class="price-current">$${n}4.50</li></ul></div>`;
    const doc = page(`<div class="results">${[1, 2, 3].map(was).join('')}${oldStock(4)}</div>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => [i.price?.amount ?? null, i.priorPrice?.amount ?? null])).toEqual([
      [11.99, 18.99],
      [21.99, 28.99],
      [31.99, 38.99],
      [44.5, null],
    ]);
  });

  it('tells two unmarked prices apart by the discount the card states, and guesses nothing without one', () => {
    const phone = (n: number, prices: string, claim: string) =>
      `<div class="_1x"><a href="/p/${n}"><img src="/i/${n}.jpg" alt=""></a><a class="_2t" href="/p/${n}">Puhelin ${n} 128 GB</a>` +
      '<ul><li>8 GB RAM | 128 GB ROM</li><li>17.2 cm (6.77 inch) Display</li><li>5700 mAh Battery</li></ul>' +
      `<div class="_3p">${prices}<div class="_4d"><span>${claim}</span></div></div></div>`;
    const doc = page(
      '<div class="results">' +
        phone(1, '<div class="a9">₹23,499</div><div class="b7">₹<!-- -->26,999</div>', '12% off') +
        phone(2, '<div class="b7">229,00 €</div><div class="a9">199,00 €</div>', 'Säästä 30,00 €') +
        phone(3, '<div class="a9">₹23,499</div><div class="b7">₹26,999</div>', '40% off') +
        phone(4, '<div class="a9">₹9,999</div>', '10% off') +
        '</div>',
    );
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => [i.price?.amount ?? null, i.priorPrice?.amount ?? null, i.priorPrice?.label ?? null])).toEqual([
      [23499, 26999, '12% off'],
      [199, 229, 'Säästä 30,00 €'],
      [23499, null, null],
      [9999, null, null],
    ]);
  });

  it('reads a was-price followed by a note of its dates, and takes the words before the amount for its label', () => {
    const laptop = (n: number) =>
      `<div class="pli"><a href="/p/${n}"><img src="/i/${n}.jpg" alt=""></a><h2><a href="/p/${n}">Laptop ${n} 14" 256 GB</a></h2>` +
      `<div class="ppb"><span class="pp">£${n}49.00</span><div class="pw">Was £${n}99.00<span> (from 12/05/2021 to 03/06/2021)</span></div></div></div>`;
    const doc = page(`<div class="results">${[1, 2, 3].map(laptop).join('')}</div>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => [i.price?.amount, i.priorPrice?.amount, i.priorPrice?.label])).toEqual([
      [149, 199, 'Was'],
      [249, 299, 'Was'],
      [349, 399, 'Was'],
    ]);
  });

  it('keeps the cards of the grid that print no price (sold out, or a placeholder with only a name), and no other tile', () => {
    const placeholder = (n: number) => `<li class="tile"><div class="placeholder"><a href="/p/${n}" title="Televisio ${n}">Televisio ${n} 65" OLED</a></div></li>`;
    const banner = '<li class="promo"><a href="/campaign">Black Week: katso kaikki tarjoukset</a></li>';
    const empty = '<li class="tile"><a href="/p/0"><img src="/i/0.jpg" alt=""></a></li>';
    const doc = page(`<ul class="grid">${[1, 2, 3].map((n) => card(n)).join('')}${banner}${placeholder(4)}${empty}${placeholder(5)}</ul>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => [i.title, i.url, i.price?.amount ?? null, i.position])).toEqual([
      ['Televisio 1 55" 4K 120 Hz', 'https://shop.invalid/p/1', 101, 1],
      ['Televisio 2 55" 4K 120 Hz', 'https://shop.invalid/p/2', 102, 2],
      ['Televisio 3 55" 4K 120 Hz', 'https://shop.invalid/p/3', 103, 3],
      ['Televisio 4 65" OLED', 'https://shop.invalid/p/4', null, 4],
      ['Televisio 5 65" OLED', 'https://shop.invalid/p/5', null, 5],
    ]);
  });

  it("names a card without title markup by the link its picture's alt repeats, past a sticker's alt, and never by a control drawn as a link", () => {
    const tile = (n: number) =>
      `<div class="t"><img src="/s.jpg" alt="STICKER_PAY_IN_3_OFFER"><a href="/p/${n}"><span>ACME</span> <span>Kettle ${n} 1.7 l, steel</span></a>` +
      `<a href="/p/${n}"><img src="/i/${n}.jpg" alt="Kettle ${n} 1.7 l, steel"></a>` +
      `<a href="/p/${n}"><ul><li>Boils 1.7 litres of water in under three minutes</li><li>Keep-warm mode for half an hour</li></ul></a>` +
      `<a href="#" onclick="save(${n})">Save this product to your shopping list for later</a><p>£${20 + n}.00</p></div>`;
    const doc = page(`<div class="g">${[1, 2, 3].map(tile).join('')}</div>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => [i.title, i.price?.amount])).toEqual([
      ['ACME Kettle 1 1.7 l, steel', 21],
      ['ACME Kettle 2 1.7 l, steel', 22],
      ['ACME Kettle 3 1.7 l, steel', 23],
    ]);
  });

  it('names a card with the brand printed right before its name on one line, and not with a brand on a line of its own', () => {
    const tile = (n: number, brand: string) =>
      `<li class="tile"><a href="/p/${n}"><img src="/i/${n}.jpg" alt=""></a><div class="head">${brand}<span class="product-title">Air fryer ${n} 5 l</span></div><span class="price">${100 + n},00 €</span></li>`;
    const doc = page(
      `<ul class="grid">${tile(1, '<span class="product-brand">BOSCH</span> ')}${tile(2, '<div class="product-brand">Tefal</div>')}${tile(3, '<span class="product-brand">NINJA</span>')}${tile(4, '')}</ul>`,
    );
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => i.title)).toEqual(['BOSCH Air fryer 1 5 l', 'Air fryer 2 5 l', 'NINJA Air fryer 3 5 l', 'Air fryer 4 5 l']);
  });

  it('names a card by its own header when class names say nothing, not by a longer link of its bullets', () => {
    const tile = (n: number) =>
      `<article class="sc-1f9ti8e-0 kavhGl"><header class="sc-d44y9o-0 gvHknR"><a href="/p/${n}"><span>HP</span> <span>Chromebook ${n} 12"</span></a></header>` +
      `<a href="/p/${n}"><span style="display:block"></span></a>` +
      `<a href="/p/${n}"><ul><li>Chrome OS</li><li>Intel Celeron N4000 processor</li><li>RAM: 4 GB / Storage: 64 GB eMMC</li></ul></a><p class="sc-x1 bb">£${200 + n}.00</p></article>`;
    const doc = page(`<div class="sc-grid aa">${[1, 2, 3].map(tile).join('')}</div>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => [i.title, i.price?.amount])).toEqual([1, 2, 3].map((n) => [`HP Chromebook ${n} 12"`, 200 + n]));
  });

  it("names a card whose one link wraps it whole by its name line, not by the link's every word", () => {
    const wide = (n: number, alt: string) =>
      `<div class="row"><a href="/p/${n}"><img src="/i/${n}.jpg" alt="${alt}"><label><input type="checkbox">Add to Compare</label>` +
      `<div>Phone ${n} 5G (Blue, 128 GB)</div><div>4.4</div><span>2,082 Ratings</span><ul><li>8 GB RAM | 128 GB ROM</li></ul>` +
      `<div>₹${n},999</div><div><span>12% off</span></div></a></div>`;
    const doc = page(`<div class="results">${[1, 2, 3, 4].map((n) => wide(n, n === 4 ? '' : `Phone ${n} 5G (Blue, 128 GB)`)).join('')}</div>`);
    const { items } = extractListing(doc, URL_, roomy());
    // By the line the image's alt repeats, and without an alt by the first line of words.
    expect(items.map((i) => i.title)).toEqual(['Phone 1 5G (Blue, 128 GB)', 'Phone 2 5G (Blue, 128 GB)', 'Phone 3 5G (Blue, 128 GB)', 'Phone 4 5G (Blue, 128 GB)']);
    expect(items.map((i) => i.price?.amount)).toEqual([1999, 2999, 3999, 4999]);
  });

  it("names a wide link by the line its own title repeats, however deep the markup's indentation", () => {
    const pad = `\n${' '.repeat(160)}`;
    const wide = (n: number) =>
      `<li class="item"><a href="/p/${n}" title="Slim Jeans ${n}">${pad}<div class="image">${pad}<img src="/i/${n}.jpg">${pad}</div>${pad}` +
      `<span class="promo"><img src="/sale.png" alt="SALE"></span>${pad}<div class="marker">${pad}<span>CONSCIOUS</span>${pad}</div>${pad}` +
      `<div class="info">${pad}<div class="details">${pad}Slim Jeans ${n}${pad}</div>${pad}<div class="price">${pad}<span>$${n}9.99</span>${pad}</div>${pad}<div>In stock online</div>${pad}</div></a></li>`;
    const doc = page(`<ul class="products">${[1, 2, 3, 4].map(wide).join('')}</ul>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => [i.title, i.price?.amount])).toEqual([1, 2, 3, 4].map((n) => [`Slim Jeans ${n}`, Number(`${n}9.99`)]));
  });

  it('reads "Sponsored" as one part of a longer line set apart by a bar, never from a sentence that mentions it', () => {
    const shelf = (heading: string, line: string, from: number) =>
      `<section><div><span>${heading}</span></div><div><span>${line}</span></div>` +
      `<ol class="carousel">${[from, from + 1, from + 2].map((n) => card(n, '', 'slide')).join('')}</ol></section>`;
    const doc = page(
      `<ul class="grid">${[1, 2, 3, 4].map((n) => card(n)).join('')}</ul>` +
        shelf('Highly rated', 'Sponsored | Based on star rating and number of customer ratings', 11) +
        shelf('Top picks', 'Our picks are never sponsored, they are based on customer ratings', 21),
    );
    const { items } = extractListing(doc, URL_, roomy());
    const paid = (shelfName: string) => items.filter((i) => i.shelf === shelfName).map((i) => i.sponsored);
    expect(paid('Highly rated')).toEqual([true, true, true]);
    expect(items.find((i) => i.shelf === 'Highly rated')?.promotions.find((p) => p.type === 'sponsored')?.text).toBe('Sponsored');
    expect(paid('Top picks')).toEqual([false, false, false]);
    expect(items.filter((i) => i.shelf === null).map((i) => i.sponsored)).toEqual([false, false, false, false]);
  });

  it("joins a name printed over two lines when the picture's alt says both, and no other line under a name", () => {
    const tile = (n: number, alt: string) =>
      `<div class="product"><a href="/p/${n}"><img src="/i/${n}.jpg" alt="${alt}"><span class="prodName">MICKE</span>` +
      `<div><span class="prodDesc">Work station ${n}</span></div><span class="prodPrice">$${n}59.00</span></a></div>`;
    const doc = page(`<div class="results">${tile(1, 'MICKE Work station 1 Width: 105 cm')}${tile(2, 'MICKE Work station 2')}${tile(3, 'A desk in white')}${tile(4, '')}</div>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => i.title)).toEqual(['MICKE Work station 1', 'MICKE Work station 2', 'MICKE', 'MICKE']);
  });

  it('finds cards priced with an ISO code the short sign list lacks ("CAD 247.94"), named by the link text shown', () => {
    const tile = (n: number) =>
      `<li class="thumb"><a href="/p/${n}"><span class="hidden">${n}/optimized/${n}00_fpx.tif ,${n}/optimized/${n}01_fpx.tif,${n}/optimized/${n}02_fpx.tif</span><img src="/i/${n}.jpg" alt=""></a>` +
      `<div class="desc"><a href="/p/${n}">Watch ${n} 28mm</a></div><div class="prices"><span>CAD ${n}47.94</span></div></li>`;
    const doc = page(`<ul id="thumbnails">${[1, 2, 3, 4].map(tile).join('')}</ul>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => [i.title, i.price?.amount, i.price?.currency])).toEqual([1, 2, 3, 4].map((n) => [`Watch ${n} 28mm`, Number(`${n}47.94`), 'CAD']));
  });

  it('reads the price a screen reader reads when the drawn one is split and hidden from it, and a price box is no title', () => {
    const tile = (n: number, now = '') =>
      `<div class="tile"><a href="/p/${n}"><img src="/i/${n}.jpg" alt=""></a><div class="flex lh-title mb1"><div aria-hidden="true"><span>${now}</span><span>$</span><span>${n}</span><span>78</span></div>` +
      `<span class="w_x">current price ${now ? 'Now ' : ''}$${n}.78</span>${now ? '<div class="strike" aria-hidden="true">$9.96</div><span class="w_x">Was $9.96</span>' : ''}<div>13.9 ¢/oz</div></div>` +
      `<a href="/p/${n}"><span data-automation-id="product-title">Mustard ${n}, 20 oz Bottle</span></a></div>`;
    const doc = page(`<div class="stack">${tile(1)}${tile(2, 'Now')}${tile(3)}${tile(4)}</div>`);
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => i.price?.amount)).toEqual([1.78, 2.78, 3.78, 4.78]);
    expect(items[1]?.priorPrice?.amount).toBe(9.96);
    expect(items.map((i) => i.title)).toEqual([1, 2, 3, 4].map((n) => `Mustard ${n}, 20 oz Bottle`));
  });

  it('reads a paid mark inside a line-height utility class, and not a one-word price line as a campaign', () => {
    const doc = page(
      `<ul class="grid">${card(1, '<div class="flex lh-title"><div>Sponsored</div></div>')}${card(2, '<span class="sale">Sale CAD 34.42</span>')}${card(3, '<span class="flag">Black Friday</span>')}${card(4)}</ul>`,
    );
    const { items } = extractListing(doc, URL_, roomy());
    expect(items.map((i) => i.sponsored)).toEqual([true, false, false, false]);
    expect(items.map((i) => i.promotions.filter((p) => p.type === 'campaign').map((p) => p.text))).toEqual([[], [], ['Black Friday'], []]);
  });

  it("believes a paid mark's screen-reader name over the hidden word, and calls no card paid when every card carries the mark", () => {
    const named = (n: number, id: string) => card(n, `<div class="sep"><div aria-labelledby="${id}" role="heading"><span aria-hidden="true">Sponsored</span></div></div>`);
    const names = '<div hidden><span id="said">Sponsored</span><span id="blank"></span></div>';
    const labelled = page(`${names}<ul class="grid">${named(1, 'blank')}${named(2, 'said')}${named(3, 'missing')}${named(4, 'blank')}</ul>`);
    expect(extractListing(labelled, URL_, roomy()).items.map((i) => i.sponsored)).toEqual([false, true, false, false]);
    const everywhere = page(`<ul class="grid">${[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => card(n, '<span>Anzeige</span>')).join('')}</ul>`);
    const { items, highlighted } = extractListing(everywhere, URL_, roomy());
    expect(items.filter((i) => i.sponsored)).toEqual([]);
    expect(highlighted).toEqual([]);
    const some = page(`<ul class="grid">${[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => card(n, n % 3 === 0 ? '<span>Anzeige</span>' : '')).join('')}</ul>`);
    expect(extractListing(some, URL_, roomy()).items.map((i) => i.sponsored)).toEqual([false, false, true, false, false, true, false, false, true]);
  });

  it('answers empty on a page without products and within a spent budget, never throwing', () => {
    expect(extractListing(page('<p>Hello</p>'), URL_, roomy()).items).toEqual([]);
    const doc = page(`<ul class="grid">${[1, 2, 3].map((n) => card(n)).join('')}</ul>`);
    const spent = new Budget({ maxNodes: 1, maxChars: 1, maxMs: 1e6 });
    expect(() => extractListing(doc, URL_, spent)).not.toThrow();
    expect(extractListing(doc, 'not a url', roomy()).items.map((i) => i.url)).toEqual([null, null, null]);
  });
});

describe('highlightsOf', () => {
  const item = (promotions: number): ListingItem => ({
    title: 'TV',
    url: null,
    price: null,
    priorPrice: null,
    position: 1,
    specs: [],
    promotions: Array.from({ length: promotions }, (_, i) => ({ type: 'sponsored' as const, text: `Sponsored ${i}` })),
    sponsored: true,
    shelf: null,
  });

  it('stays within the bounds the worker checks, keeping the first cards down the page', () => {
    const many = highlightsOf(Array.from({ length: 300 }, () => item(1)), null);
    expect(many).toHaveLength(CONTRACT_LIMITS.highlights);
    expect(many[0]?.index).toBe(0);
    const [loud] = highlightsOf([item(30)], null);
    expect(loud?.reasons).toHaveLength(CONTRACT_LIMITS.reasons);
    expect(loud?.reasons[0]).toBe('paid placement: "Sponsored 0"');
  });
});
