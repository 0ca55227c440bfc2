import type { LanguageWords } from './types.ts';

export const ET: LanguageWords = {
  lang: 'et',
  phrases: {
    sponsored: ['sponsoreeritud', 'sponsitud'],
    'shop-pick': ['soovitame', 'meie valik', 'toimetuse valik', 'soovitatud'],
    campaign: ['kampaania', 'pakkumine', 'päeva pakkumine', 'black friday', 'outlet', 'allahindlus', 'sooduspakkumine'],
    discount: ['hind langes'],
    'social-proof': ['enimmüüdud', 'populaarseim', 'menuk', 'müügihitt'],
    urgency: ['viimased tükid', 'otsakorral'],
  },
  labels: { sponsored: ['reklaam'] },
  patterns: {
    discount: ['säästa #', 'säästad #', 'varem #'],
    urgency: ['ainult # alles', '# alles'],
  },
  shelves: ['kliendid ostsid ka', 'sulle võib meeldida', 'sarnased tooted', 'soovitame sulle', 'ostetakse sageli koos'],
  priorPrice: ['varem', 'tavahind', 'enne'],
  lowest30d: ['madalaim hind viimase 30 päeva jooksul', '30 päeva madalaim hind'],
  fromPrice: ['alates'],
};
