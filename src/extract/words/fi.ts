import type { LanguageWords } from './types.ts';

export const FI: LanguageWords = {
  lang: 'fi',
  phrases: {
    sponsored: ['sponsoroitu', 'sponsoroidut', 'kaupallinen yhteistyö'],
    'shop-pick': ['suosittelemme', 'myyjän valinta', 'meidän valintamme', 'suositeltu', 'toimituksen valinta', 'oma merkki'],
    campaign: ['kampanja', 'kampanjatuote', 'tarjous', 'tarjoushinta', 'outlet', 'päivän tarjous', 'viikon tarjous', 'black friday', 'alennusmyynti', 'poistotuote', 'loppuunmyynti', 'vain tänään', 'vain tällä viikolla', 'vain tässä kuussa'],
    discount: ['hinta laski'],
    'social-proof': ['suosituin', 'myydyin', 'myydyimmät', 'suosittu', 'asiakkaiden suosikki', 'top 10'],
    urgency: ['viimeiset kappaleet', 'viimeinen kappale', 'viimeinen mahdollisuus', 'loppumassa', 'vähissä'],
  },
  labels: { sponsored: ['mainos'], campaign: ['ale'] },
  patterns: {
    discount: ['säästä #', 'säästät #', 'ennen #', 'norm. #'],
    urgency: ['vain # jäljellä', '# jäljellä', '# henkilöä katsoo'],
  },
  shelves: [
    'asiakkaat ostivat myös', 'asiakkaat katsoivat myös', 'suosittelemme', 'saatat pitää myös', 'sinua voisi kiinnostaa',
    'samankaltaiset tuotteet', 'vastaavat tuotteet', 'lisävarusteet', 'usein ostettu yhdessä', 'suosittelemme sinulle',
  ],
  priorPrice: ['ennen', 'norm.', 'normaalihinta', 'ovh', 'ovh.', 'aiempi hinta', 'tavallisesti'],
  lowest30d: ['alin hinta 30 päivän aikana', 'alin hinta viimeisen 30 päivän aikana', '30 päivän alin hinta'],
  fromPrice: ['alkaen', 'alk.'],
};
