import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { Budget } from '../budget.ts';
import { looksLikePrice, priceElements } from './dom.ts';

/** Currencies as the locales that use them print them; the card finder must see each as a price.
 * Codes that are also words (TRY, ALL) count only by their sign, and the forint's "Ft" is feet
 * in lower case, so they are not here. */
const LOCALES: ReadonlyArray<readonly [locale: string, currency: string]> = [
  ['fi-FI', 'EUR'],
  ['de-CH', 'CHF'],
  ['en-US', 'USD'],
  ['en-CA', 'CAD'],
  ['en-AU', 'AUD'],
  ['en-GB', 'GBP'],
  ['sv-SE', 'SEK'],
  ['cs-CZ', 'CZK'],
  ['pt-BR', 'BRL'],
  ['ru-RU', 'RUB'],
  ['en-IN', 'INR'],
  ['ja-JP', 'JPY'],
  ['ko-KR', 'KRW'],
  ['th-TH', 'THB'],
  ['pl-PL', 'PLN'],
  ['he-IL', 'ILS'],
];

describe('looksLikePrice', () => {
  it('sees a price in every currency a shop may print, by sign or by ISO code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.constantFrom('symbol', 'code'), fc.integer({ min: 1, max: 9_999_999 }), ([locale, currency], display, cents) => {
        const text = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: display }).format(cents / 100);
        expect(looksLikePrice(text), text).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a code beside a number only when it is a currency code', () => {
    expect(looksLikePrice('CAD 247.94')).toBe(true);
    expect(looksLikePrice('1 200 CZK')).toBe(true);
    expect(looksLikePrice('1980円')).toBe(true);
    for (const text of ['USB 3.0', '55 LED', '2 PCS', 'TOP 10', 'AMD 3020e', 'PHP 8.2', '4K UHD', 'Model 2021']) expect(looksLikePrice(text), text).toBe(false);
  });

  it('reads a code glued to the word before it, as minified markup joins them, but not inside a word in capitals', () => {
    expect(looksLikePrice('SaleCAD 34.42')).toBe(true);
    expect(looksLikePrice('ABCAD 12')).toBe(false);
  });

  it('leaves long texts alone', () => {
    expect(looksLikePrice(`${'Lorem ipsum dolor sit amet '.repeat(2)}CAD 12.00`)).toBe(false);
  });
});

describe('priceElements', () => {
  const found = (html: string): string[] => {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    return priceElements(doc.body, new Budget({ maxNodes: 1e5, maxChars: 1e6, maxMs: 1e6 })).map((el) => el.className);
  };

  it('finds an element that opens with its price and goes on with a note naming no other price', () => {
    expect(found('<div class="was">Was £499.00<span> (from 12/05/2021 to 03/06/2021)</span></div>')).toEqual(['was']);
  });

  it('finds the price beside a quantity, not the block holding both', () => {
    expect(found('<span class="qty"><span class="unit">100 g</span><a class="cart"><span class="label">5.25 <span>CHF</span></span></a></span>')).toEqual(['label']);
    expect(found('<div class="price">$<strong>11</strong><sup>.99</sup></div>')).toEqual(['price']);
  });

  it('finds no price in a long sentence, nor in an element whose note names another price', () => {
    expect(found('<p class="text">Was £499.00 <b>only</b> until the end of the week, while stocks last.</p>')).toEqual([]);
    expect(found('<div class="was">Was £499.00<span class="plan"> or 3 monthly payments of £166.33 at 0% APR</span></div>')).toEqual([]);
    // What follows the price is looked at up to a bound: a hostile page's thousand pieces are no note.
    expect(found(`<div class="was">Was £499.00${'<i></i>'.repeat(1000)}<span> (from 12/05/2021 to 03/06/2021)</span></div>`)).toEqual([]);
  });
});
