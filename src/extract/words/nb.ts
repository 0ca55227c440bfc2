import type { LanguageWords } from './types.ts';

/** Norwegian (bokmål). */
export const NB: LanguageWords = {
  lang: 'nb',
  phrases: {
    sponsored: ['sponset', 'sponsede', 'sponsa'],
    'shop-pick': ['vi anbefaler', 'vårt valg', 'anbefalt', 'redaksjonens valg'],
    campaign: ['tilbud', 'kampanje', 'dagens tilbud', 'ukens tilbud', 'black friday', 'utsalg', 'outlet'],
    discount: ['prisfall', 'nedsatt'],
    'social-proof': ['bestselger', 'mest solgt', 'populær', 'kundefavoritt'],
    urgency: ['få igjen', 'nesten utsolgt', 'siste sjanse'],
  },
  labels: { sponsored: ['annonse', 'reklame'], campaign: ['salg'] },
  patterns: {
    discount: ['spar #'],
    urgency: ['kun # igjen', 'bare # igjen', 'kun # på lager'],
  },
  shelves: ['kunder kjøpte også', 'andre kjøpte også', 'du liker kanskje også', 'lignende produkter', 'anbefalt for deg', 'kjøpes ofte sammen'],
  priorPrice: ['førpris', 'før', 'veiledende pris', 'veil. pris', 'ordinær pris', 'tidligere pris'],
  lowest30d: ['laveste pris siste 30 dager', 'laveste pris de siste 30 dagene'],
  fromPrice: ['fra'],
};
