import type { LanguageWords } from './types.ts';

export const PL: LanguageWords = {
  lang: 'pl',
  phrases: {
    sponsored: ['sponsorowane', 'sponsorowany', 'sponsorowana'],
    'shop-pick': ['polecamy', 'nasz wybór', 'wybór redakcji', 'polecany', 'marka własna'],
    campaign: ['promocja', 'okazja', 'oferta dnia', 'black friday', 'wyprzedaż', 'outlet', 'hit dnia', 'deszcz kuponów'],
    discount: ['obniżka'],
    'social-proof': ['bestseller', 'najpopularniejszy', 'najczęściej kupowany'],
    urgency: ['ostatnie sztuki', 'kończy się'],
  },
  labels: { sponsored: ['reklama'], 'social-proof': ['hit'] },
  patterns: {
    discount: ['oszczędzasz #', 'oszczędź #', 'taniej o #'],
    urgency: ['tylko # sztuk', 'zostało #'],
  },
  shelves: ['klienci kupili również', 'klienci kupili także', 'może cię zainteresować', 'podobne produkty', 'polecane dla ciebie', 'często kupowane razem'],
  priorPrice: ['cena regularna', 'poprzednia cena', 'przed obniżką', 'było'],
  lowest30d: ['najniższa cena z 30 dni przed obniżką', 'najniższa cena z 30 dni', 'najniższa cena:'],
  fromPrice: ['od', 'już od'],
};
