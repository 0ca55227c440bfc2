import { describe, expect, it } from 'vitest';
import { LANGUAGES, normalise, PROMOTION_TYPES, promotionTypesOf } from './index.ts';
import type { PromotionType } from '../../contract/analysis.ts';

/** Every entry of a language's tables, with where it sits. */
function entries(): [string, string][] {
  const out: [string, string][] = [];
  for (const lang of LANGUAGES) {
    for (const kind of ['phrases', 'labels', 'patterns'] as const) {
      for (const [type, list] of Object.entries(lang[kind] ?? {})) for (const entry of list ?? []) out.push([`${lang.lang} ${kind}.${type}`, entry]);
    }
    for (const kind of ['shelves', 'priorPrice', 'lowest30d', 'fromPrice'] as const) for (const entry of lang[kind]) out.push([`${lang.lang} ${kind}`, entry]);
  }
  return out;
}

describe('promotion word tables', () => {
  it('are written normalised, as the matchers use them without normalising them again', () => {
    const all = entries();
    expect(all.length).toBeGreaterThan(300);
    const off = all.filter(([, entry]) => normalise(entry) !== entry).map(([where, entry]) => `${where}: ${JSON.stringify(entry)}`);
    expect(off).toEqual([]);
  });
});

describe('promotionTypesOf', () => {
  it('recognises every phrase, label and pattern of every language as its type, inside a label too', () => {
    const missed: string[] = [];
    for (const lang of LANGUAGES) {
      for (const kind of ['phrases', 'labels', 'patterns'] as const) {
        for (const type of PROMOTION_TYPES) {
          for (const entry of lang[kind]?.[type] ?? []) {
            const text = entry.replace(/#/g, '25');
            const check = (label: string): void => {
              const types: PromotionType[] = promotionTypesOf(normalise(label));
              if (!types.includes(type)) missed.push(`${lang.lang} ${kind}.${type}: ${JSON.stringify(label)} -> ${types.join(',')}`);
            };
            check(text);
            // Phrases and patterns hold inside a longer label; labels only on their own.
            if (kind !== 'labels') check(`${text} ·`);
          }
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('reads a paid mark in every language a shop near the shopper may print it', () => {
    const marks = ['Sponsored', 'Sponsoroitu', 'Sponsrad', 'Gesponsert', 'Anzeige', 'Gesponsord', 'Advertentie', 'Sponset', 'Annonse', 'Sponsoreret', 'Patrocinado', 'Anúncio', 'Sponsorisé', 'スポンサー'];
    expect(marks.filter((mark) => !promotionTypesOf(normalise(mark)).includes('sponsored'))).toEqual([]);
  });

  it('reads an offer limited in time as a campaign: "nur diesen Monat", "Today only", "Vain tänään", "Endast idag"', () => {
    const limited = ['nur diesen Monat', 'Nur heute', 'Today only', 'This week only', 'Vain tänään', 'Endast idag'];
    expect(limited.filter((text) => !promotionTypesOf(normalise(text)).includes('campaign'))).toEqual([]);
  });

  it('finds nothing in ordinary shop texts', () => {
    for (const text of ['Lisää ostoskoriin', 'Add to cart', 'Samsung 55" QLED 4K TV', '849,00 €', 'Tekniset tiedot', 'Description', 'Legg i handlekurven', 'In winkelwagen', 'Læg i kurv', 'Adicionar ao carrinho']) {
      expect(promotionTypesOf(normalise(text)), text).toEqual([]);
    }
  });
});
