import { describe, expect, it } from 'vitest';
import type { PageAnalysis, ListingItem } from '../contract/analysis.ts';
import type { Offer } from './facts.ts';
import { chooseProfile, chooseProfileFor, kindOfAnalysis, kindOfOffer } from './choose-profile.ts';
import { profile } from '../../test/unit/support/fixtures.ts';

const laptop = profile({ id: 'l', category: 'laptop', name: 'Koulun läppäri' });
const tv = profile({ id: 't', category: 'tv', name: 'Olohuoneen TV' });
const bedroomTv = profile({ id: 't2', category: 'tv', name: 'Makuuhuoneen TV' });
const any = profile({ id: 'a', category: 'anything', name: 'Mikä tahansa' });

function offer(name: string, category: string[] = []): Offer {
  return { name, brand: null, category, price: null, specs: [], specsSource: null, nameSource: 'visible', priceSource: 'visible' };
}

const card = (title: string, shelf: string | null = null): ListingItem => ({
  title, url: null, price: null, priorPrice: null, position: 1, specs: [], promotions: [], sponsored: false, shelf,
});

function listing(titles: string[], pushed: number): PageAnalysis {
  return {
    url: 'https://shop.example/list', kind: 'listing', product: null, partial: false,
    items: titles.map((t) => card(t)), highlighted: [{ index: pushed, reasons: ['sponsored'] }],
  } as PageAnalysis;
}

describe('choosing the profile a product is judged by', () => {
  it('takes the profile of the product\'s category, from breadcrumbs or title', () => {
    expect(chooseProfile([laptop, tv], kindOfOffer(offer('x', ['Kodin elektroniikka', 'Televisiot']))).profile?.id).toBe('t');
    expect(chooseProfile([laptop, tv], kindOfOffer(offer('Lumo 55" QLED-televisio'))).profile?.id).toBe('t');
    expect(chooseProfile([tv, laptop], kindOfOffer(offer('Lenovo IdeaPad kannettava tietokone')))).toMatchObject({ profile: { id: 'l' }, why: 'category' });
  });

  it('never judges a product by another category\'s profile: no profile, and why', () => {
    // Seen in real pages: power banks, a TV remote and an iMac were judged by a TV profile.
    const others = [
      'Anker PowerCore 20000 power bank', 'Samsung TV remote control BN59', 'Universal remote for TV, 2 pack', 'iPhone 15 suojakuori',
      // Names from the real pages: kinds the vocabulary has no category for, with a TV's or a laptop's words in them.
      'APPLE iMac 4K 21.5" - Intel® Core™ i3 - 256 GB SSD', 'DELL Inspiron 3881 Desktop PC - Intel® Core™ i5, 1 TB HDD & 256 SSD, Black',
      'EPSON EH-LS500B Android TV Edition 4K Home Cinema Projector - Black', 'Caseco AutoTune - Wireless In-car FM Transmitter Radio Adapter',
    ];
    for (const name of others) {
      expect(chooseProfile([tv, laptop], kindOfOffer(offer(name))), name).toMatchObject({ profile: null, why: 'kind-unknown', otherKind: true });
    }
    // Hints alone name no category: a display cabinet is no monitor, a heat-pump dryer's energy class no TV.
    for (const name of ['Lark Manor™ Ella Glass Display Cabinet', 'Gorilla Black Duct Tape, 1.88" x 12 yd, Black, (Pack of 2)']) {
      expect(kindOfOffer(offer(name)).category, name).toBeNull();
    }
    expect(chooseProfile([tv], kindOfOffer(offer('Gorilla Black Duct Tape')))).toMatchObject({ profile: null, why: 'kind-unknown', otherKind: false });
    // A washer-dryer is still a washing machine; a laser TV still a TV.
    expect(kindOfOffer(offer('Bosch Serie 6 Waschtrockner 9/6 kg')).category).toBe('washing-machine');
    expect(kindOfOffer(offer('HISENSE 100L5FTUK-A12 Smart 4K Ultra HD HDR Laser TV')).category).toBe('tv');
    expect(chooseProfile([tv], kindOfOffer(offer('Lenovo IdeaPad kannettava tietokone')))).toMatchObject({ profile: null, why: 'none-for-category', category: 'laptop' });
    expect(chooseProfile([], kindOfOffer(offer('Lumo 55" QLED-televisio')))).toMatchObject({ profile: null, why: 'no-profiles' });
  });

  it('falls back on an "anything" profile only, and lets the shopper\'s pick win', () => {
    const tvKind = kindOfOffer(offer('x', ['Televisiot']));
    expect(chooseProfile([laptop, any], tvKind)).toMatchObject({ profile: { id: 'a' }, why: 'anything' });
    expect(chooseProfile([laptop, any], kindOfOffer(offer('Anker power bank')))).toMatchObject({ profile: { id: 'a' }, why: 'anything' });
    expect(chooseProfile([laptop, tv], tvKind, 'l')).toMatchObject({ profile: { id: 'l' }, why: 'picked' });
    expect(chooseProfile([laptop, tv], tvKind, 'gone')).toMatchObject({ profile: { id: 't' }, why: 'category' });
  });

  it('remembers the shopper\'s last pick among several profiles of a category', () => {
    const tvKind = kindOfOffer(offer('x', ['Televisiot']));
    expect(chooseProfile([tv, bedroomTv], tvKind).profile?.id).toBe('t');
    expect(chooseProfile([tv, bedroomTv], tvKind, undefined, { tv: 't2' })).toMatchObject({ profile: { id: 't2' }, why: 'remembered' });
    // A remembered pick of another category, or of a deleted profile, is no reason.
    expect(chooseProfile([tv, bedroomTv, laptop], tvKind, undefined, { tv: 'l' }).profile?.id).toBe('t');
    expect(chooseProfile([tv, bedroomTv], tvKind, undefined, { tv: 'deleted' }).profile?.id).toBe('t');
  });

  it('tells a listing\'s kind from its cards when the pushed card\'s title names none', () => {
    const tvs = ['Lumo 55" QLED-televisio', 'Visionex 50" 4K-televisio', 'Samsung 65" Neo QLED Smart TV', 'Kiro QX55'];
    expect(kindOfAnalysis(listing(tvs, 3))).toEqual({ category: 'tv', otherKind: false });
    expect(chooseProfileFor([laptop, tv], listing(tvs, 3)).profile?.id).toBe('t');
    // An accessory pushed on a TV listing stays an accessory.
    expect(kindOfAnalysis(listing([...tvs, 'TV-seinäteline 32–65"'], 4))).toEqual({ category: null, otherKind: true });
    expect(chooseProfileFor([tv], null)).toMatchObject({ profile: null, why: 'kind-unknown' });
  });
});
