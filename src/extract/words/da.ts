import type { LanguageWords } from './types.ts';

export const DA: LanguageWords = {
  lang: 'da',
  phrases: {
    sponsored: ['sponsoreret', 'sponsorerede'],
    'shop-pick': ['vi anbefaler', 'vores valg', 'anbefalet', 'redaktionens valg'],
    campaign: ['tilbud', 'kampagne', 'dagens tilbud', 'ugens tilbud', 'black friday', 'udsalg', 'outlet', 'restsalg'],
    discount: ['prisfald', 'nedsat'],
    'social-proof': ['mest solgte', 'populær', 'kundefavorit'],
    urgency: ['få tilbage', 'næsten udsolgt', 'sidste chance'],
  },
  labels: { sponsored: ['annonce', 'reklame'] },
  patterns: {
    discount: ['spar #'],
    urgency: ['kun # tilbage', 'kun # på lager'],
  },
  shelves: ['kunder købte også', 'andre købte også', 'du vil måske også kunne lide', 'lignende produkter', 'anbefalet til dig', 'købes ofte sammen'],
  priorPrice: ['førpris', 'før', 'normalpris', 'vejledende pris', 'tidligere pris'],
  lowest30d: ['laveste pris de seneste 30 dage', 'laveste pris i 30 dage'],
  fromPrice: ['fra'],
};
