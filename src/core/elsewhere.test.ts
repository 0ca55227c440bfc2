import { describe, expect, it } from 'vitest';
import { seenElsewhere, type Sighting } from './elsewhere.ts';
import { chainOf, sharedChain } from './chains.ts';

const DAY = 86_400_000;
const eur = (amount: number) => ({ amount, currency: 'EUR' });

const sighting = (over: Partial<Sighting> & Pick<Sighting, 'shop' | 'at'>): Sighting => ({
  url: null, identity: { name: 'TCL 65C8K 65" 4K QLED', brand: 'TCL' }, price: null, pushed: false, labels: [], ...over,
});

const here = { shop: 'gigantti.fi', identity: { name: 'TCL 65C8K Mini LED televisio', brand: 'TCL' }, price: eur(1099) };

describe('seenElsewhere', () => {
  it('gives each other shop its latest price, the difference to this one, and whether it pushed the product', () => {
    const entries = seenElsewhere(here, [
      sighting({ shop: 'power.fi', at: 20 * DAY, price: eur(899), url: 'https://www.power.fi/tcl-65c8k/p-1/' }),
      sighting({ shop: 'power.fi', at: 10 * DAY, price: eur(999), pushed: true, labels: ['Kampanja'] }),
      sighting({ shop: 'verkkokauppa.com', at: 15 * DAY, price: eur(1149) }),
      sighting({ shop: 'gigantti.fi', at: 25 * DAY, price: eur(1099), pushed: true, labels: ['Suosittelemme'] }),
    ]);
    expect(entries.map((e) => [e.shop, e.price?.amount, e.difference, e.pushed, e.labels])).toEqual([
      ['power.fi', 899, -200, true, ['Kampanja']],
      ['verkkokauppa.com', 1149, 50, false, []],
    ]);
    expect(entries[0]).toMatchObject({ at: 20 * DAY, priceAt: 20 * DAY, by: 'model', url: 'https://www.power.fi/tcl-65c8k/p-1/', sameChain: null });
  });

  it('never converts: a price in another currency has no difference', () => {
    const [entry] = seenElsewhere(here, [sighting({ shop: 'elgiganten.se', at: DAY, price: { amount: 12990, currency: 'SEK' } })]);
    expect(entry).toMatchObject({ price: { amount: 12990, currency: 'SEK' }, difference: null, sameChain: 'Elkjøp' });
    const [unknown] = seenElsewhere(here, [sighting({ shop: 'elkjop.no', at: DAY, price: { amount: 12990, currency: null } })]);
    expect(unknown?.difference).toBeNull();
  });

  it('keeps the latest price when the latest visit showed none', () => {
    const [entry] = seenElsewhere(here, [
      sighting({ shop: 'power.fi', at: 5 * DAY, price: null }),
      sighting({ shop: 'power.fi', at: 3 * DAY, price: eur(949) }),
    ]);
    expect(entry).toMatchObject({ at: 5 * DAY, priceAt: 3 * DAY, price: eur(949), difference: -150 });
  });

  it('leaves out near misses and items named by title words alone', () => {
    const entries = seenElsewhere(here, [
      sighting({ shop: 'power.fi', at: DAY, identity: { name: 'TCL 55C8K 55" 4K QLED', brand: 'TCL' }, price: eur(699) }),
      sighting({ shop: 'prisma.fi', at: DAY, identity: { name: 'Hisense 65U8KQ 65" 4K QLED' }, price: eur(899) }),
      sighting({ shop: 'xxl.fi', at: DAY, identity: { name: 'TCL 65" 4K QLED televisio' }, price: eur(799) }),
    ]);
    expect(entries).toEqual([]);
    expect(seenElsewhere({ ...here, identity: { name: 'Televisio 65" QLED' } }, [sighting({ shop: 'power.fi', at: DAY })])).toEqual([]);
  });

  it('matches by GTIN whatever the names, and a different GTIN rules a match out', () => {
    const subject = { ...here, identity: { ...here.identity, gtin: '5901292520465' } };
    const entries = seenElsewhere(subject, [
      sighting({ shop: 'power.fi', at: 2 * DAY, identity: { name: 'Televisio 65"', gtin: '5901292520465' }, price: eur(999) }),
      sighting({ shop: 'prisma.fi', at: DAY, identity: { name: 'TCL 65C8K', brand: 'TCL', gtin: '5099873388655' }, price: eur(899) }),
    ]);
    expect(entries.map((e) => [e.shop, e.by])).toEqual([['power.fi', 'gtin']]);
  });

  it('is bounded: a few shops, a few labels', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      sighting({ shop: `shop${i % 10}.fi`, at: i * DAY, price: eur(900 + i), pushed: true, labels: [`Label ${i}`] }),
    );
    const entries = seenElsewhere(here, many);
    expect(entries.length).toBe(6);
    expect(entries.every((e) => e.labels.length <= 3)).toBe(true);
    expect(entries[0]).toMatchObject({ shop: 'shop9.fi', price: eur(939) });
  });
});

describe('chains, from chains.json', () => {
  it('names the chain two shops share, by host or parent domain, and nothing for one shop or unrelated shops', () => {
    expect(sharedChain('gigantti.fi', 'elgiganten.se')).toBe('Elkjøp');
    expect(sharedChain('www.elkjop.no', 'm.gigantti.fi')).toBe('Elkjøp');
    expect(sharedChain('mediamarkt.de', 'saturn.de')).toBe('MediaMarkt–Saturn');
    expect(sharedChain('gigantti.fi', 'gigantti.fi')).toBeNull();
    expect(sharedChain('gigantti.fi', 'power.fi')).toBeNull();
    expect(chainOf('verkkokauppa.com')).toBeNull();
    expect(chainOf('fi')).toBeNull();
    expect(chainOf('notgigantti.fi')).toBeNull();
  });
});
