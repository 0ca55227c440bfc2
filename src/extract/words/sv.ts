import type { LanguageWords } from './types.ts';

export const SV: LanguageWords = {
  lang: 'sv',
  phrases: {
    sponsored: ['sponsrad', 'sponsrat', 'sponsrade'],
    'shop-pick': ['vi rekommenderar', 'säljarens val', 'vårt val', 'redaktionens val', 'rekommenderas'],
    campaign: ['kampanj', 'erbjudande', 'outlet', 'dagens deal', 'veckans erbjudande', 'black friday', 'rea', 'fynd', 'endast idag', 'bara idag', 'endast denna vecka'],
    discount: ['prissänkt'],
    'social-proof': ['bästsäljare', 'mest populär', 'populärast', 'kundfavorit'],
    urgency: ['få kvar', 'sista chansen', 'sista exemplaret'],
  },
  labels: { sponsored: ['annons'] },
  patterns: {
    discount: ['spara #', 'ord. pris #', 'tidigare #'],
    urgency: ['endast # kvar', 'bara # kvar', '# kvar i lager'],
  },
  shelves: ['kunder köpte också', 'andra köpte också', 'du kanske också gillar', 'vi rekommenderar', 'liknande produkter', 'rekommenderat för dig', 'köps ofta tillsammans'],
  priorPrice: ['ord. pris', 'ordinarie pris', 'tidigare', 'ovh.', 'förut', 'normalpris'],
  lowest30d: ['lägsta pris senaste 30 dagarna', 'lägsta pris 30 dagar'],
  fromPrice: ['från', 'fr.'],
};
