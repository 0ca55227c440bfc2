/**
 * How the visible source chooses the product's price and code: split prices, boxes around
 * several prices, class words read as whole words, shelves of other products, the title
 * among several h1s, prices after a printed label, and codes printed without a label.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Budget, DEFAULT_LIMITS } from '../budget.ts';
import { addressCode, hintedCode } from './code-hints.ts';
import { cluesFromSchema } from './schema.ts';
import { readScopedItems, MICRODATA } from './scoped-markup.ts';
import { fromVisible } from './visible.ts';
import { MAX_SCORED, priceCandidates, priceText, severalNumbers } from './visible-price.ts';
import { scanPageSteps } from './scan.ts';
import { runToEnd } from '../steps.ts';

const page = (body: string, title = '', url = 'https://shop.example/p/item') =>
  new JSDOM(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, { url }).window.document;
const visible = (doc: Document) => fromVisible(doc, new Budget());
/** The default node and character bounds without the clock: a busy machine must not change what a test reads. */
const unclocked = () => new Budget({ ...DEFAULT_LIMITS, maxMs: 60_000 });
const el = (html: string) => page(html).body.firstElementChild as Element;

describe('price text', () => {
  it('gives back the decimal point of cents set apart in a child element', () => {
    expect(priceText(el('<div class="price">$229<span class="cents">99</span></div>'))).toBe('$229.99');
    expect(priceText(el('<p class="price"> 173<sup>34</sup> <span>Lei</span> </p>')).trim()).toBe('173.34 Lei');
    // Whole units with their own decimals, or three digits, are not cents.
    expect(priceText(el('<div class="price">12,50 <span>10</span></div>'))).toBe('12,50 10');
    expect(priceText(el('<div class="price">1 <span>299</span> €</div>'))).toBe('1 299 €');
  });

  it('tells a box around several numbers from one price', () => {
    expect(severalNumbers('UVP € 149,99 -21% € 119,01')).toBe(true);
    expect(severalNumbers('1 299,90 €')).toBe(false);
    expect(severalNumbers('$1,299.99')).toBe(false);
  });
});

describe('visible price choice', () => {
  it(`reads the ${MAX_SCORED} price elements nearest the title when a page has hundreds, and still finds the price`, () => {
    const card = (i: number) => `<li><a href="/p/${i}">Other ${i}</a><span class="price">${100 + i},00 €</span></li>`;
    const carousel = `<section class="more"><ul>${Array.from({ length: 300 }, (_, i) => card(i)).join('')}</ul></section>`;
    const doc = page(`${carousel}<main><h1>Pressure washer K3</h1><div><span class="price">89,90 €</span></div></main>${carousel}`);
    const scan = runToEnd(scanPageSteps(doc, unclocked()));
    expect(scan.prices).toHaveLength(600); // 601 on the page, the scan's own cap
    const { candidates } = priceCandidates(scan, doc.querySelector('h1'), unclocked());
    expect(candidates.length).toBeLessThanOrEqual(MAX_SCORED);
    expect(candidates.map((c) => c.price.amount)).toContain(89.9);
    expect(fromVisible(doc, unclocked()).clues.price?.amount).toBe(89.9);
  });

  it('reads the current price inside a box that also holds the prior one', () => {
    const doc = page(`
      <h1>Pressure washer K3</h1>
      <div class="prd_price">
        <div class="prd_price__sale">UVP <span class="prd_price__oldAmount">€ 149,99</span> -21%</div>
        <div class="prd_price__main"><span class="prd_price__amount prd_price__amount--reduced">€ 119,01</span></div>
      </div>`);
    expect(visible(doc).clues.price).toEqual({ amount: 119.01, currency: 'EUR' });
  });

  it('reads class names as words: "bold" is not "old", "price-list" is not a list price', () => {
    const doc = page(`
      <h1>Reading lenses</h1>
      <ul class="list-unstyled price-list"><li class="price text-bold">40.00€</li></ul>`);
    expect(visible(doc).clues.price?.amount).toBe(40);
  });

  it('treats German "Streichpreis" classes as prior prices', () => {
    const doc = page(`
      <h1>Drill</h1>
      <span class="streich-price">€ 279,95</span><span class="price">€ 199,95</span>`);
    expect(visible(doc).clues.price?.amount).toBe(199.95);
  });

  it('refuses prices in a shelf of other products', () => {
    const doc = page(`
      <h1>Protein bars, 12 pack</h1><p>Currently unavailable.</p>
      <div class="a-carousel-container"><ol><li><span class="a-price">$29.99</span></li></ol></div>`);
    expect(visible(doc).clues.price).toBeNull();
  });

  it('still reads a price in a page builder widget, which is not a shelf', () => {
    const doc = page(`
      <div class="elementor-widget-container"><h1>Garden chair</h1>
        <p class="price"><span class="woocommerce-Price-amount amount">49,00 €</span></p></div>`);
    expect(visible(doc).clues.price?.amount).toBe(49);
  });

  it('anchors on the h1 that names the product, not the one in the menu', () => {
    const doc = page(`
      <nav><h1 class="category-nav-title">Health services</h1>
        <div class="item-price">881,00 Kn</div></nav>
      <div><div><div><div><div><div><div><div><div><span class="promo">x</span></div></div></div></div></div></div></div></div></div>
      <h1>Orthopaedic insoles made to measure</h1>
      <div class="slider-price"><span class="slider-pricenew">270,00 Kn</span><span class="slider-priceold">540,00 Kn</span></div>`);
    const found = visible(doc);
    expect(found.clues.name).toBe('Orthopaedic insoles made to measure');
    expect(found.clues.price).toEqual({ amount: 270, currency: 'HRK' });
  });

  it('reads the price printed after a price label when no element is classed as a price', () => {
    const doc = page(`
      <table><tr><td><h1>Goose floss 250 g</h1></td></tr>
      <tr><td><strong>List price</strong> <del>$420</del></td></tr>
      <tr><td><strong>Special price</strong> <b>30% off</b> <span style="font-size:27px">294</span><span> NT$</span></td></tr></table>`);
    expect(visible(doc).clues.price?.amount).toBe(294);
  });

  it("anchors on the product's h1, not the heading of a consent dialog over the page", () => {
    const doc = page(
      `<div role="alertdialog" aria-modal="true"><h1>Shop privacy</h1><button>Accept</button></div>
      <h1>Hand-painted pumpkin doormat, personalised, for the porch, autumn decoration, welcome mat</h1>`,
      'Hand-painted pumpkin doormat - Shop',
    );
    expect(visible(doc).clues.name).toMatch(/^Hand-painted pumpkin doormat/);
  });

  it('reads a price printed on its own right after the title, never a card\'s price in a link, one after its own label, or a struck one', () => {
    const recs = `<ul>${[1, 2, 3].map((n) => `<li><a href="/p/${n}">Other mat ${n}</a><p class="card-price">4${n},79 €</p></li>`).join('')}</ul>`;
    const deep = (inner: string) => `<div><div><div><div><div><div><div><div><div><div>${inner}</div></div></div></div></div></div></div></div></div></div>`;
    const withAfterTitle = (after: string) => page(`<main><div><h1>Pumpkin doormat</h1><span>(1.027)</span>${after}</div>${deep(recs)}</main>`);
    expect(visible(withAfterTitle('<p class="t3"> 53,11 € </p>')).clues.price).toEqual({ amount: 53.11, currency: 'EUR' });
    for (const after of ['<p><a href="/p/9">53,11 €</a></p>', '<span>Shipping:</span><span>5,90 €</span>', '<p><s>69,00 €</s></p>', '<p>From 53,11 € with delivery</p>']) {
      const amount = visible(withAfterTitle(after)).clues.price?.amount;
      expect([53.11, 5.9, 69], after).not.toContain(amount);
    }
  });

  it('finds the title without an h1 from the document title', () => {
    const doc = page(
      `<ul><li><div class="prd_right"><div class="title">Jerky, pick ten</div>
        <div class="deal">Lowest price $<span>99</span> per pack</div></div></li></ul>`,
      'Jerky, pick ten - Fresh shop',
    );
    const found = visible(doc);
    expect(found.clues.name).toBe('Jerky, pick ten');
    expect(found.clues.price?.amount).toBe(99);
  });
});

describe('buy buttons', () => {
  const buttons = (body: string) => runToEnd(scanPageSteps(page(body), new Budget())).buyButtons.map((b) => b.getAttribute('name') ?? b.className);

  it('takes a control named or classed to add to the cart', () => {
    expect(buttons('<button name="add">Buy</button><input type="submit" name="add-to-cart"><button class="btn add-to-basket">Lisää</button>').sort()).toEqual([
      'add',
      'add-to-cart',
      'btn add-to-basket',
    ].sort());
  });

  it('leaves out a text box whose name holds "add" inside a word, as a newsletter form\'s "email_address"', () => {
    expect(buttons('<input id="email-text" type="text" name="email_address"><button name="address">Save</button><input type="email" name="add">')).toEqual([]);
  });
});

describe('product codes', () => {
  it('prefers a code under a strong label (ASIN) to one under a weak label (Référence)', () => {
    const doc = page(`
      <h1>Hose tee connector</h1>
      <table><tr><th>Référence</th><td>QB737</td></tr></table>
      <table><tr><th>ASIN</th><td>B08LNDXM65</td></tr></table>`);
    expect(visible(doc).clues.sku).toBe('B08LNDXM65');
  });

  it('reads a label in brackets and in Italian', () => {
    expect(visible(page('<h1>Goose floss</h1><td>〈商品編號：M67296549〉</td>')).clues.sku).toBe('M67296549');
    expect(visible(page('<h1>Teddy</h1><div>Numero oggetto eBay:</div><div>133588510845</div>')).clues.sku).toBe('133588510845');
  });

  it('reads a code whose element is named the product reference', () => {
    const doc = page(`<div class="info"><h1>Boots</h1><p><span>Black</span> - <span data-qa-qualifier="product-reference">1002/710</span></p></div>`);
    expect(hintedCode(doc.querySelector('.info'), new Budget())).toBe('1002/710');
    expect(hintedCode(page('<div class="info"><span class="colour">1002/710</span></div>').body, new Budget())).toBeNull();
  });

  it('falls back to the long number at the end of the address', () => {
    expect(addressCode('https://kids.example/bags/BabyBjorn_One-987929.html')).toBe('987929');
    expect(addressCode('https://shop.example/P-7142014-chair-cover_taupe.htm')).toBe('7142014');
    expect(addressCode('https://shop.example/pchome24h/M67296549.htm?pc=promo')).toBe('M67296549');
    expect(addressCode('https://shop.example/offers_1409.html')).toBeNull();
    expect(addressCode('file:///tmp/page-123456.html')).toBeNull();
  });
});

describe('microdata scopes', () => {
  it('keeps a Product that is a property of no enclosing scope', () => {
    const doc = page(`<div itemprop="mainEntityOfPage" itemscope itemtype="https://schema.org/Product"><span itemprop="sku" content="4667999">466/7999</span></div>`);
    const { roots } = readScopedItems(doc, MICRODATA, new Budget());
    expect(roots).toHaveLength(1);
    expect((roots[0] as Record<string, unknown>)['sku']).toBe('4667999');
  });
});

describe('availability of one item sold in sizes', () => {
  it('is in stock when any same-named Product (one per size) is', () => {
    const size = (sku: string, stock: string) => ({
      '@type': 'Product',
      name: 'Flat boots',
      sku,
      offers: { '@type': 'Offer', price: '69.95', priceCurrency: 'EUR', availability: `https://schema.org/${stock}` },
    });
    const read = (roots: unknown[]) => cluesFromSchema(roots as never, 'https://shop.example/boots', new Budget()).clues.availability;
    expect(read([size('B-35', 'OutOfStock'), size('B-36', 'InStock')])).toBe('InStock');
    expect(read([size('B-35', 'OutOfStock'), size('B-36', 'OutOfStock')])).toBe('OutOfStock');
    const socks = { '@type': 'Product', name: 'Socks', offers: { '@type': 'Offer', availability: 'https://schema.org/InStock' } };
    expect(read([size('B-35', 'OutOfStock'), socks])).toBe('OutOfStock');
  });
});
