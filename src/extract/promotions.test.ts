import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Budget } from './budget.ts';
import { findProductPromotions, findPromotions } from './promotions.ts';

function root(html: string): Element {
  return new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r') as Element;
}

const types = (html: string): string[] => findPromotions(root(html), new Budget()).map((p) => `${p.type}:${p.text}`);

describe('findPromotions', () => {
  it.each([
    ['<span>Sponsored</span>', 'sponsored:Sponsored'],
    ['<span>Sponsoroitu</span>', 'sponsored:Sponsoroitu'],
    ['<span>Mainos</span>', 'sponsored:Mainos'],
    ['<span>Gesponsert</span>', 'sponsored:Gesponsert'],
    ['<span>Sponsorisé</span>', 'sponsored:Sponsorisé'],
    ['<span>Patrocinado</span>', 'sponsored:Patrocinado'],
    ['<span>Ad</span>', 'sponsored:Ad'],
    ['<span>スポンサー</span>', 'sponsored:スポンサー'],
    ['<span>Suosittelemme</span>', 'shop-pick:Suosittelemme'],
    ['<span>Myyjän valinta</span>', 'shop-pick:Myyjän valinta'],
    ["<span>Amazon’s Choice</span>", "shop-pick:Amazon’s Choice"],
    ['<span>Unsere Eigenmarke</span>', 'shop-pick:Unsere Eigenmarke'],
    ['<span>Kampanja</span>', 'campaign:Kampanja'],
    ['<span>Tarjous</span>', 'campaign:Tarjous'],
    ['<span>Limited time deal</span>', 'campaign:Limited time deal'],
    ['<span>Tiefpreis</span>', 'campaign:Tiefpreis'],
    ['<span>−25 %</span>', 'discount:−25 %'],
    ['<span>Säästä 50 €</span>', 'discount:Säästä 50 €'],
    ['<span>Save $20</span>', 'discount:Save $20'],
    ['<span>Only 2 left in stock</span>', 'urgency:Only 2 left in stock'],
    ['<span>12 people are looking at this</span>', 'urgency:12 people are looking at this'],
    ['<span>Vain 3 jäljellä</span>', 'urgency:Vain 3 jäljellä'],
    ['<span>Best seller</span>', 'social-proof:Best seller'],
    ['<span>Suosituin</span>', 'social-proof:Suosituin'],
    ['<span>#1 Best Seller</span>', 'social-proof:#1 Best Seller'],
  ])('reads %s', (html, expected) => {
    expect(types(html)).toContain(expected);
  });

  it('treats a countdown as urgency only when its text is a running clock', () => {
    expect(types('<span>Ends in <b>15:20:44</b></span>')).toEqual(['urgency:Ends in 15:20:44']);
    expect(types('<span>Ends on 31 December</span>')).toEqual([]);
  });

  it('reads a struck-through prior price as a discount claim, but not the 30-day low', () => {
    expect(types('<div>List: <s>$34.99</s></div>')).toEqual(['discount:List: $34.99']);
    expect(types('<div><span>Tiefstpreis (30 Tage):</span> <s>299,– €</s></div>')).toEqual([]);
  });

  it('does not read words inside sentences or titles as badges', () => {
    expect(types('<h2>Deal Finder 3000 Sponsored Edition</h2>')).toEqual([]);
    expect(types('<a class="product-title">Outlet cover</a>')).toEqual([]);
    expect(types('<p>Add this to your cart</p>')).toEqual([]);
    expect(types('<span>Adapter</span><span>Load</span>')).toEqual([]);
    expect(types('<p>This long description mentions a sponsored event and a sale at the end of it all.</p>')).toEqual([]);
  });

  it("reads a sticker drawn as an image by its alternative text, not a product photo's description", () => {
    expect(types('<span class="promo"><img src="/s.png" alt="SALE"></span>')).toEqual(['campaign:SALE']);
    expect(types('<img src="/b.png" alt="Bestseller">')).toEqual(['social-proof:Bestseller']);
    expect(types('<img src="/p.jpg" alt="Outlet Stainless Steel Bracelet Watch 32mm, Only at Macys">')).toEqual([]);
    expect(types('<img src="/p.jpg" alt="">')).toEqual([]);
  });

  it('says where a signal sits and reports each label once', () => {
    const found = findPromotions(root('<span class="badge" aria-label="Best seller"><span>Best seller</span></span>'), new Budget());
    expect(found).toEqual([{ type: 'social-proof', text: 'Best seller', where: 'badge' }]);
  });

  it('stops when the budget is spent and never throws', () => {
    const big = '<div><span>x</span></div>'.repeat(2000) + '<span>Sponsored</span>';
    expect(findPromotions(root(big), new Budget({ maxNodes: 100, maxChars: 1e6, maxMs: 1e6 }))).toEqual([]);
    const roomy = new Budget({ maxNodes: 1e6, maxChars: 1e8, maxMs: 1e6 });
    expect(findPromotions(root(big), roomy).map((p) => p.type)).toEqual(['sponsored']);
  });
});

describe('struck-through prior prices as evidence', () => {
  it('quotes the struck price alone when its row only adds the current price', () => {
    const doc = new JSDOM('<div id="c"><div><span class="price">949,00 €</span><s class="was">1 199,00 €</s></div></div>').window.document;
    const found = findPromotions(doc.getElementById('c')!, new Budget());
    expect(found.find((p) => p.type === 'discount')?.text).toBe('1 199,00 €');
  });

  it('quotes the label with it when the row names it', () => {
    const doc = new JSDOM('<div id="c"><p>Ovh. <s class="was">1 199,00 €</s></p></div>').window.document;
    const found = findPromotions(doc.getElementById('c')!, new Budget());
    expect(found.find((p) => p.type === 'discount')?.text).toBe('Ovh. 1 199,00 €');
  });
});

describe("a classified-ads site's field names", () => {
  it('are not paid placement: a word and a colon names a field', () => {
    expect(types('<p><span>Anzeige:</span> <span>Sofa, 3-Sitzer</span></p>')).toEqual([]);
    expect(types('<p><span>Anzeige: 2481357</span></p>')).toEqual([]);
    expect(types('<span>Anzeige</span>')).toEqual(['sponsored:Anzeige']);
    expect(types('<span>Gesponsert</span>')).toEqual(['sponsored:Gesponsert']);
  });
});

describe('findProductPromotions', () => {
  const tile = (name: string, claim: string) =>
    `<div class="item"><a href="/p/${name}">${name} puhelin 128 GB</a><span class="badge">${claim}</span><p>449,00 € <s>599,00 €</s></p></div>`;
  const page = (shelf: string) => root(`
    <h1>Nova X 256 GB</h1><span class="badge">Kampanja</span><p class="price">799,00 € <s>899,00 €</s></p>
    <section><h2>Samankaltaiset tuotteet</h2><div class="row">${shelf}</div></section>`);

  it("keeps the product's own claims and leaves a shelf's tiles to their products", () => {
    const shelf = [tile('a', '-20%'), tile('b', 'Tarjous'), tile('c', 'Suosittelemme'), tile('d', '-30%')].join('');
    const found = findProductPromotions(page(shelf), new Budget()).map((p) => p.text);
    expect(found).toContain('Kampanja');
    expect(found.some((t) => t.includes('899,00'))).toBe(true);
    expect(found.join()).not.toMatch(/-20%|Tarjous|Suosittelemme|-30%|599,00/);
    // The plain scan, as a card's, reads them all.
    expect(findPromotions(page(shelf), new Budget()).map((p) => p.text).join()).toMatch(/Tarjous/);
  });

  it('knows a tile by an amount in any currency of the core table, whole or in cents', () => {
    const priced = (name: string, claim: string, price: string) =>
      `<div class="item"><a href="/p/${name}">${name} phone</a><span class="badge">${claim}</span><p>${price}</p></div>`;
    for (const [a, b, c] of <[string, string, string][]>[['CAD 449', 'CAD 512', 'CAD 610'], ['₪449', '₪512', '₪610'], ['12 990 Ft', '14 990 Ft', '9 990 Ft'], ['449 zł', '512 zł', '610 zł']]) {
      const shelf = [priced('a', 'Tarjous', a), priced('b', '-30%', b), priced('c', 'Suosittelemme', c)].join('');
      expect(findProductPromotions(page(shelf), new Budget()).map((p) => p.text).join(), a).not.toMatch(/Tarjous|-30%|Suosittelemme/);
    }
    // Numbers that are no amount ("128 GB", "5 kpl") do not make a row of tiles.
    const plain = [priced('a', 'Tarjous', '128 GB'), priced('b', '-30%', '256 GB'), priced('c', 'Suosittelemme', '5 kpl')].join('');
    expect(findProductPromotions(page(plain), new Budget()).map((p) => p.text).join()).toMatch(/Tarjous/);
  });

  it('reads two tiles side by side as the product\'s own: a row needs three', () => {
    const found = findProductPromotions(page([tile('a', 'Tarjous'), tile('b', '-30%')].join('')), new Budget()).map((p) => p.text);
    expect(found.join()).toMatch(/Tarjous/);
  });
});
