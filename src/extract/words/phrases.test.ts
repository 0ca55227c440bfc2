import { describe, expect, it } from 'vitest';
import { PhraseSet, wordsOf } from './phrases.ts';

describe('PhraseSet', () => {
  const set = new PhraseSet(["amazon's choice", 'limited time deal', 'kampanja', 'スポンサー']);

  it('finds a phrase as whole words in a row', () => {
    expect(set.matches("amazon's choice for portable charger")).toBe(true);
    expect(set.matches('ends soon: limited time deal')).toBe(true);
    expect(set.matches('kampanja!')).toBe(true);
    expect(set.matches('スポンサー')).toBe(true);
  });

  it('does not match inside a longer word or with words apart', () => {
    expect(set.matches('kampanjat')).toBe(false);
    expect(set.matches('limited deal time')).toBe(false);
    expect(set.matches('スポンサー広告')).toBe(false);
    expect(set.matches('')).toBe(false);
  });

  it('keeps words joined by underscores as one, an identifier such as a user name', () => {
    expect(wordsOf('anker_outlet_store 99.5% positive')).toEqual(['anker_outlet_store', '99', '5', 'positive']);
    expect(new PhraseSet(['outlet']).matches('anker_outlet_store 99.5% positive')).toBe(false);
    expect(new PhraseSet(['outlet']).matches('outlet _ deals')).toBe(true);
  });

  it('splits words on anything but letters and digits', () => {
    expect(wordsOf('−25 % · Säästä 50 €')).toEqual(['25', 'Säästä', '50']);
  });
});

describe('word lists', () => {
  it('give every pattern a number placeholder, which the matcher relies on', async () => {
    const { LANGUAGES } = await import('./index.ts');
    for (const lang of LANGUAGES) {
      for (const patterns of Object.values(lang.patterns ?? {})) {
        for (const pattern of patterns ?? []) expect(pattern, `${lang.lang}: ${pattern}`).toContain('#');
      }
    }
  });
});
