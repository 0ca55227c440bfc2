import type { LanguageWords } from './types.ts';

export const NL: LanguageWords = {
  lang: 'nl',
  phrases: {
    sponsored: ['gesponsord', 'gesponsorde'],
    'shop-pick': ['onze keuze', 'aanbevolen', 'onze aanbeveling', 'keuze van de redactie'],
    campaign: ['aanbieding', 'deal van de dag', 'dagdeal', 'black friday', 'uitverkoop', 'opruiming', 'outlet'],
    discount: ['prijs verlaagd', 'afgeprijsd'],
    'social-proof': ['meest verkocht', 'best verkocht', 'populair', 'klantfavoriet'],
    urgency: ['bijna uitverkocht', 'laatste kans'],
  },
  labels: { sponsored: ['advertentie'], campaign: ['actie'] },
  patterns: {
    discount: ['bespaar #', 'je bespaart #', 'u bespaart #'],
    urgency: ['nog # op voorraad', 'nog maar # beschikbaar', 'nog # beschikbaar'],
  },
  shelves: ['klanten kochten ook', 'anderen bekeken ook', 'misschien ook interessant', 'vergelijkbare producten', 'aanbevolen voor jou', 'vaak samen gekocht'],
  // Not 'van': "van" is also part of brand and product names (Van Gogh, Van Houtte).
  priorPrice: ['adviesprijs', 'oude prijs', 'normale prijs', 'van-prijs'],
  lowest30d: ['laagste prijs van de afgelopen 30 dagen', 'laagste prijs in 30 dagen'],
  fromPrice: ['vanaf'],
};
