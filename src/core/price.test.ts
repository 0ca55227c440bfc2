import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INSTALMENT, MAY_BE_PLAN, isPriceRange, parseAmount, parsePrice } from './price.ts';
import { currencyCode, currencySigns, findCurrencyMarks, isCurrencyCode } from './currencies.ts';

describe('parsePrice reads the prices shops print', () => {
  it.each([
    ['1 299,90 €', 1299.9, 'EUR'],
    ['1.299,90 €', 1299.9, 'EUR'],
    ['1299,-', 1299, null],
    ['$1,299.99', 1299.99, 'USD'],
    ['£27.99', 27.99, 'GBP'],
    ["CHF 1'299.–", 1299, 'CHF'],
    ['CHF 1’299.90', 1299.9, 'CHF'],
    ['kr 1 299', 1299, 'SEK'],
    ['1599,– zł', 1599, 'PLN'],
    ['₺28.999,–', 28999, 'TRY'],
    ['US$:12.99', 12.99, 'USD'],
    ['1\u202f299,90\u00a0€', 1299.9, 'EUR'],
    ['1\u2009299,90 €', 1299.9, 'EUR'],
    ['€ 12,-', 12, 'EUR'],
    ['5 990:-', 5990, 'SEK'],
    ['Norm. 1 499 €', 1499, 'EUR'],
    ['Tiefstpreis (30 Tage): 299,– €', 299, 'EUR'],
    ['NZD $100.70', 100.7, 'NZD'],
    ['$1,190.00 AUD', 1190, 'AUD'],
    ['AED 8000 (USD 2179)', 8000, 'AED'],
    ['From 26 to 50 €', 26, 'EUR'],
    ['4 370 Kč', 4370, 'CZK'],
    ['Rp 1.550.000', 1550000, 'IDR'],
    ['₹1,29,990.00', 129990, 'INR'],
    ['1.837, 32 €', 1837.32, 'EUR'],
    ['$ 8. 94', 8.94, 'USD'],
    ['35€ 99', 35.99, 'EUR'],
    ['\u200f١٬٢٩٩٫٩٠ ج.م.\u200f', 1299.9, 'EGP'],
  ])('%j -> %d %s', (text, amount, currency) => {
    expect(parsePrice(text)).toEqual({ amount, currency });
  });

  it('reads one "." or "," before three digits as thousands, unless the currency has three decimals', () => {
    expect(parsePrice('€ 1.299')?.amount).toBe(1299);
    expect(parsePrice('12,000원')?.amount).toBe(12000);
    expect(parsePrice('423.923 KD')?.amount).toBe(423.92);
    expect(parsePrice('0.750 KWD')?.amount).toBe(0.75);
    expect(parsePrice('29.1583')?.amount).toBe(29.16);
  });

  it('picks the currency from the hint when the text has none, and from the text when both do', () => {
    expect(parsePrice('17,95', { currencyHint: 'DKK/stk' })).toEqual({ amount: 17.95, currency: 'DKK' });
    expect(parsePrice('$5.95', { currencyHint: 'CAD' })).toEqual({ amount: 5.95, currency: 'CAD' });
    expect(parsePrice('1 299 kr', { currencyHint: 'NOK' })).toEqual({ amount: 1299, currency: 'NOK' });
    expect(parsePrice('£54.17', { currencyHint: 'USD' })).toEqual({ amount: 54.17, currency: 'GBP' });
    expect(parsePrice('39.95', { currencyHint: 'Price From £ 39.95' })).toEqual({ amount: 39.95, currency: 'GBP' });
  });

  it('follows a shop-declared decimal separator', () => {
    expect(parsePrice('1.299', { decimalSeparator: '.' })?.amount).toBe(1.3);
    expect(parsePrice('1,299', { decimalSeparator: ',' })?.amount).toBe(1.3);
  });

  it.each([
    '19,39 €/kk',
    '18 Raten à 19,39 €',
    '$15.95/mo',
    '$29 per month',
    'ab 39,13 zł miesięcznie',
    '9 taksitle ödeme ₺2.888,78',
    '12 x 19,39 €',
    '19,39 € x 12',
    '2,99 €/kg',
    '2,99 € / 100 g',
    '1,49 €/l',
    'Jämförpris 29,90 kr/kg',
    'sis. ALV 24 %',
    'inkl. MwSt.',
    '(1 234 arvostelua)',
    '4.5 out of 5 stars',
    '4,8 von 5 Sternen',
    '12 von 2311',
    '-16%',
    '-%10,34',
    '40% OFF',
    'Free Shipping on Orders $49+.',
    '15.08.2017',
    '59.8 cm x 185.5 cm x 58.00 cm',
    '2000 W',
    'KOENIC KFK 631-1',
    '99¢',
    'Not Available',
    '',
  ])('refuses %j', (text) => {
    expect(parsePrice(text)).toBeNull();
  });

  it('prefers the price with a currency beside it over a count before it', () => {
    expect(parsePrice('3 Ausgaben für nur 14,85 EUR')).toEqual({ amount: 14.85, currency: 'EUR' });
    expect(parsePrice('50 - $2.00 100 - $2.75')).toEqual({ amount: 2, currency: 'USD' });
  });

  it('never throws on non-strings and bounds long input', () => {
    expect(parsePrice(null as unknown as string)).toBeNull();
    expect(parsePrice(`${'x'.repeat(300)} 12,99 €`)).toBeNull();
    expect(parsePrice(`12,99 € ${'9'.repeat(100_000)}`)).toEqual({ amount: 12.99, currency: 'EUR' });
  });
});

describe('isPriceRange', () => {
  it('tells a range of prices from one price by its first two amounts', () => {
    for (const range of ['$6.79 to $9.48', 'EUR 124,00 bis EUR 174,00', 'from 26 to 50 €', '$5 - $8', '£2.99 – £8.99', 'R$ 10,00 a R$ 20,00']) {
      expect(isPriceRange(range), range).toBe(true);
    }
  });

  it('refuses one price, a quantity beside its price, a falling pair and text without a currency', () => {
    for (const one of ['$6.79', '$6.79 $8.49', '1 - $2.00', '50 - $2.00', '$9.48 to $6.79', '26 to 50', 'Pack of 2 to 4 people', '$9.91 Options from $9.91 – $22.64', '', 'US']) {
      expect(isPriceRange(one), one).toBe(false);
    }
    expect(isPriceRange(null as unknown as string)).toBe(false);
  });
});

describe('parseAmount reads machine values', () => {
  it.each([
    [1299.9, 1299.9],
    ['1299.90', 1299.9],
    ['1,299.90', 1299.9],
    ['1.299,90', 1299.9],
    ['1299,-', 1299],
    ['1.299', 1.3],
    [' 49 ', 49],
    [1.005, 1.01],
    [0, 0],
  ])('%j -> %d', (value, amount) => {
    expect(parseAmount(value)).toBe(amount);
  });

  it.each([['garbage'], [NaN], [Infinity], [-5], ['-5'], [2e9], [null], [undefined], [{}], ['12 €'], ['1 2'], [[]]])('refuses %j', (value) => {
    expect(parseAmount(value)).toBeNull();
  });
});

describe('currency table', () => {
  it('names lone spellings and keeps words apart from currencies', () => {
    expect(currencyCode('руб.')).toBe('RUB');
    expect(currencyCode('kr')).toBe('SEK');
    expect(currencyCode('Zł')).toBe('PLN');
    expect(currencyCode('AU $')).toBe('AUD');
    expect(currencyCode('km')).toBeNull();
    expect(findCurrencyMarks('TOTAL dinner 5 km')).toEqual([]);
  });
});

const LOCALES: ReadonlyArray<readonly [locale: string, currency: string, fractionDigits: number]> = [
  ['fi-FI', 'EUR', 2],
  ['de-DE', 'EUR', 2],
  ['fr-FR', 'EUR', 2],
  ['nl-NL', 'EUR', 2],
  ['es-ES', 'EUR', 2],
  ['de-CH', 'CHF', 2],
  ['en-US', 'USD', 2],
  ['en-GB', 'GBP', 2],
  ['en-CA', 'CAD', 2],
  ['sv-SE', 'SEK', 2],
  ['nb-NO', 'NOK', 2],
  ['da-DK', 'DKK', 2],
  ['pl-PL', 'PLN', 2],
  ['cs-CZ', 'CZK', 2],
  ['tr-TR', 'TRY', 2],
  ['pt-BR', 'BRL', 2],
  ['ru-RU', 'RUB', 2],
  ['en-IN', 'INR', 2],
  ['ja-JP', 'JPY', 0],
  ['ko-KR', 'KRW', 0],
  ['ar-KW', 'KWD', 3],
];

describe('parsePrice properties', () => {
  it('never throws and returns a finite, non-negative amount in cents, or null', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.string({ maxLength: 20 })), (text, hint) => {
        const parsed = parsePrice(text, { currencyHint: hint });
        if (parsed === null) return;
        expect(Number.isFinite(parsed.amount)).toBe(true);
        expect(parsed.amount).toBeGreaterThanOrEqual(0);
        expect(parsed.amount).toBeLessThanOrEqual(1e9);
        expect(Math.abs(parsed.amount * 100 - Math.round(parsed.amount * 100))).toBeLessThan(1e-6);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on price-like noise', () => {
    const piece = fc.constantFrom('1', '23', '456', '.', ',', ' ', "'", '-', '–', '€', '$', 'kr', '%', '/', 'x', '\u00a0', ':', 'kk', 'mo', '(', ')');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const parsed = parsePrice(pieces.join(''));
        expect(parsed === null || (parsed.amount >= 0 && Number.isFinite(parsed.amount))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any amount as Intl formats it, in many locales', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.integer({ min: 0, max: 999_999_999 }), fc.nat(), ([locale, currency, digits], major, minor) => {
        const amount = major + (minor % 10 ** digits) / 10 ** digits;
        const text = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
        const parsed = parsePrice(text, { currencyHint: currency });
        expect(parsed?.currency).toBe(currency);
        // Amounts come back in cents, so three-decimal currencies may round by half a cent.
        expect(Math.abs((parsed?.amount ?? NaN) - amount)).toBeLessThanOrEqual(0.0051);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the price when a shop label precedes it, and refuses it as a monthly or per-kilo price', () => {
    const label = fc.constantFrom('', 'Preis: ', 'Nyt ', 'Norm. ', 'Our price ', 'Cena ', 'Pris ');
    fc.assert(
      fc.property(label, fc.integer({ min: 1, max: 9_999_999 }), (prefix, cents) => {
        const text = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(cents / 100);
        expect(parsePrice(`${prefix}${text}`)).toEqual({ amount: cents / 100, currency: 'EUR' });
        expect(parsePrice(`${prefix}${text}/kk`)).toBeNull();
        expect(parsePrice(`${prefix}${text} / kg`)).toBeNull();
        expect(parsePrice(`24 x ${text}`)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseAmount properties', () => {
  it('reads back any cents amount written the schema.org way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
        expect(parseAmount(text)).toBe(cents / 100);
        expect(parseAmount(cents / 100)).toBe(cents / 100);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const amount = parseAmount(value);
        expect(amount === null || (amount >= 0 && amount <= 1e9)).toBe(true);
      }),
    );
  });
});

describe('absurd prices', () => {
  it('refuses scientific notation and negative amounts', async () => {
    const { parsePrice: parse } = await import('./price.ts');
    expect(parse('1e308 €')).toBeNull();
    expect(parse('-5,00 €')).toBeNull();
    expect(parse('− 5,00 €')).toBeNull();
    expect(parse('-€5')).toBeNull();
    expect(parse('5,00 €')).toEqual({ amount: 5, currency: 'EUR' });
  });
});

describe('the instalment precheck', () => {
  // Words and signs of every INSTALMENT branch, with fillers around them.
  const pieces = [
    '/', 'x', '×', ' ', '12', '3', '19,39', '€', 'kk', 'kuukausi', 'kuukautta', 'kuukaudessa', 'kuussa', 'mo', 'mon', 'month', 'months',
    'monthly', 'mth', 'monat', 'monate', 'monatlich', 'mtl', 'mtl.', 'mån', 'månad', 'måned', 'md', 'mnd', 'miesięcznie', 'mies', 'mes',
    'meses', 'mois', 'mese', 'maand', 'mensuel', 'mensili', 'mensual', 'per', 'a', 'pro', 'im', 'al', 'par', 'om', 'i', 'pr.', 'raten',
    'rate', 'raty', 'rata', 'ratach', 'taksit', 'cuotas', 'parcelas', 'rateizzazione', 'osamaksu', 'erä', 'erää', 'delbetalning',
    'avbetalning', 'finanzierung', 'financing', 'de', 'uvp', 'kr',
  ];
  it('passes every text the instalment rule matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('').toLowerCase();
        if (INSTALMENT.test(text)) expect(MAY_BE_PLAN.test(text), text).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('the currency table as the card finder asks it', () => {
  it('takes an ISO code in capitals that reads as a currency on its own', () => {
    for (const code of ['CAD', 'JPY', 'EUR', 'SEK', 'CZK', 'INR']) expect(isCurrencyCode(code), code).toBe(true);
  });

  it('refuses codes that are also words, other cases, and what the table does not know', () => {
    for (const word of ['TOP', 'ALL', 'AMD', 'PHP', 'TRY', 'cad', 'Cad', 'LED', 'USB', 'CA', 'CADX']) expect(isCurrencyCode(word), word).toBe(false);
  });

  it('lists the one-character signs, and no letter of an alphabet, digit or space', () => {
    const signs = [...currencySigns()];
    for (const sign of ['$', '€', '£', '¥', '₽', '฿', '₪', '円', '원']) expect(signs, sign).toContain(sign);
    for (const sign of signs) expect(/[\p{Script=Latin}\p{Script=Cyrillic}\d\s]/u.test(sign), sign).toBe(false);
    expect(new Set(signs).size).toBe(signs.length);
  });
});
