import type { LanguageWords } from './types.ts';

export const DE: LanguageWords = {
  lang: 'de',
  phrases: {
    sponsored: ['gesponsert', 'gesponserte'],
    'shop-pick': ['unsere empfehlung', 'unsere eigenmarke', 'empfehlung der redaktion', 'unser tipp', 'top-empfehlung', 'empfohlen'],
    campaign: ['tiefpreis', 'angebot', 'aktion', 'deal des tages', 'black friday', 'outlet', 'sale', 'blitzangebot', 'schnäppchen', 'nur diesen monat', 'nur diese woche', 'nur heute', 'nur für kurze zeit'],
    discount: ['preis gesenkt', 'reduziert'],
    'social-proof': ['bestseller', 'meistverkauft', 'beliebt', 'kundenliebling', 'topseller'],
    urgency: ['fast ausverkauft', 'nur noch wenige', 'letzter artikel', 'letzte chance'],
  },
  labels: { sponsored: ['anzeige', 'werbung'] },
  patterns: {
    discount: ['spare #', 'sie sparen #', 'statt #', 'uvp #'],
    urgency: ['nur noch # verfügbar', 'nur noch # auf lager', 'nur noch #', '# personen sehen sich'],
  },
  shelves: ['kunden kauften auch', 'kunden, die diesen artikel gekauft haben', 'das könnte dir auch gefallen', 'das könnte ihnen auch gefallen', 'ähnliche produkte', 'empfehlungen für sie', 'wird oft zusammen gekauft', 'passendes zubehör'],
  priorPrice: ['uvp', 'statt', 'vorher', 'streichpreis', 'ursprünglicher preis', 'bisher'],
  lowest30d: ['tiefstpreis (30 tage)', 'niedrigster preis der letzten 30 tage', 'tiefstpreis 30 tage'],
  // Not 'ab': price-comparison sites print the best merchant's price of this very product so
  // ('ab € 920,89', Geizhals), as well as shops print a from-price over variants (Otto).
  fromPrice: ['ab nur', 'schon ab'],
};
