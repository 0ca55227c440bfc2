import type { LanguageWords } from './types.ts';

export const IT: LanguageWords = {
  lang: 'it',
  phrases: {
    sponsored: ['sponsorizzato', 'sponsorizzata', 'sponsorizzati'],
    'shop-pick': ['la nostra scelta', 'scelta della redazione', 'consigliato', 'i nostri consigli'],
    campaign: ['offerta', 'offerta del giorno', 'offerta lampo', 'black friday', 'saldi', 'promo', 'outlet', 'sottocosto'],
    discount: ['prezzo ribassato'],
    'social-proof': ['più venduto', 'più venduti', 'bestseller', 'più popolare'],
    urgency: ['ultimi pezzi', 'quasi esaurito'],
  },
  labels: { sponsored: ['annuncio', 'pubblicità'] },
  patterns: {
    discount: ['risparmi #', 'risparmia #', 'invece di #'],
    urgency: ['solo # rimasti', 'ne restano #'],
  },
  shelves: ['i clienti hanno acquistato anche', 'potrebbe piacerti anche', 'prodotti simili', 'consigliati per te', 'spesso comprati insieme'],
  priorPrice: ['invece di', 'prezzo consigliato', 'prezzo precedente', 'prima'],
  lowest30d: ['prezzo più basso degli ultimi 30 giorni'],
  fromPrice: ['a partire da'],
};
