/**
 * Page content is hostile: analyzePage must never throw, must stay within its work budget,
 * and must say "partial" when it stopped early.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/extract/analyze.ts';

const URL_ = 'https://shop.example/p/1';
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const page = (head: string, body = '<h1>Thing</h1>') => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;

describe('hostile pages', () => {
  it('survives a 10 MB JSON-LD block and reports partial', () => {
    const huge = `{"@type":"Product","name":"Big","description":"${'x'.repeat(10 * 1024 * 1024)}","offers":{"price":"1.00"}}`;
    const doc = page(ld(huge), '<h1>Big</h1><span class="price">5,00 €</span><button class="add-to-cart">Buy</button>');
    // The character budget, not the machine's speed, is what stops the read: a frozen clock.
    const a = analyzePage(doc, URL_, { now: () => 0 });
    expect(a.partial).toBe(true);
    // What the shopper sees is still read.
    expect(a.product?.price?.amount).toBe(5);
  });

  it('survives 200-deep nesting and still reads the product around it', () => {
    const deep = `${'{"a":'.repeat(200)}1${'}'.repeat(200)}`;
    const a = analyzePage(page(ld(`{"@type":"Product","name":"Deep","nested":${deep},"offers":{"price":"12.50","priceCurrency":"EUR"}}`)), URL_, {
      adapters: false,
    });
    expect(a.product?.name).toBe('Deep');
    expect(a.product?.price).toEqual({ amount: 12.5, currency: 'EUR' });
  });

  it('ignores __proto__ and constructor keys without polluting prototypes', () => {
    const json = `{"@type":"Product","__proto__":{"polluted":"yes","name":"Evil"},"constructor":{"prototype":{"polluted":"yes"}},
      "name":"Honest","offers":{"__proto__":{"price":"0.01"},"price":"20.00","priceCurrency":"EUR"}}`;
    const a = analyzePage(page(ld(json)), URL_, { adapters: false });
    expect(a.product?.name).toBe('Honest');
    expect(a.product?.price?.amount).toBe(20);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps markup inside strings as inert text', () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const doc = page(ld(JSON.stringify({ '@type': 'Product', name, offers: { price: '3.00' } }).replace(/<\//g, '<\\/')));
    const a = analyzePage(doc, URL_, { adapters: false });
    expect(a.product?.name).toBe(name);
    expect(doc.querySelectorAll('img').length).toBe(0);
  });

  it('stays within the budget on 100,000 nodes and says partial when it stopped early', () => {
    const doc = page('');
    const body = doc.body;
    const h1 = doc.createElement('h1');
    h1.textContent = 'Crowded';
    body.append(h1);
    for (let i = 0; i < 1_000; i++) {
      const block = doc.createElement('div');
      for (let j = 0; j < 99; j++) {
        const span = doc.createElement('span');
        span.className = j % 3 === 0 ? 'price' : 'cell';
        span.textContent = `${(i + j) % 90 + 10},00 €`;
        block.append(span);
      }
      body.append(block);
    }
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(100_000);
    const a = analyzePage(doc, URL_, { adapters: false, limits: { maxMs: 60_000 } });
    expect(a.partial).toBe(true);
    // jsdom's selector engine takes seconds over 100,000 nodes (Chromium's, milliseconds):
    // this checks the node budget, not speed.
  }, 30_000);

  it('stops when the clock runs out and marks the analysis partial', () => {
    let t = 0;
    const now = () => (t += 50);
    const a = analyzePage(page(ld('{"@type":"Product","name":"Slow","offers":{"price":"9"}}')), URL_, { limits: { maxMs: 100 }, now });
    expect(a.partial).toBe(true);
  });

  it('never throws when a getter on the document throws', () => {
    const doc = page('');
    Object.defineProperty(doc, 'body', {
      get() {
        throw new Error('hostile getter');
      },
    });
    const a = analyzePage(doc, URL_);
    expect(a.url).toBe(URL_);
  });
});
