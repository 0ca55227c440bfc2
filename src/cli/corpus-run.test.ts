import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hashClassNames } from './corpus-run.ts';

describe('hashClassNames', () => {
  it('replaces every class name by its hash, the same name by the same hash, and keeps the rest of the page', () => {
    const doc = new JSDOM('<div class="card  price-was"><span class="price-was">£5</span><p class="card">x</p><i id="keep">y</i></div>').window.document;
    hashClassNames(doc);
    const [card, was, p] = [doc.querySelector('div'), doc.querySelector('span'), doc.querySelector('p')].map((el) => (el?.getAttribute('class') ?? '').split(' '));
    expect(card).toHaveLength(2);
    expect(card?.every((name) => /^h[0-9a-f]{8}$/.test(name))).toBe(true);
    expect(was).toEqual([card?.[1]]);
    expect(p).toEqual([card?.[0]]);
    expect(card?.[0]).not.toBe(card?.[1]);
    expect(doc.body.textContent).toBe('£5xy');
    expect(doc.getElementById('keep')).not.toBeNull();
  });
});
