import type { LanguageWords } from './types.ts';

export const ES: LanguageWords = {
  lang: 'es',
  phrases: {
    sponsored: ['patrocinado', 'patrocinados', 'patrocinada'],
    'shop-pick': ['nuestra elección', 'recomendado', 'elección del editor', 'nuestra recomendación'],
    campaign: ['oferta', 'oferta del día', 'oferta flash', 'black friday', 'rebajas', 'chollo', 'outlet', 'promoción'],
    discount: ['precio rebajado'],
    'social-proof': ['más vendido', 'lo más vendido', 'más popular', 'superventas'],
    urgency: ['últimas unidades', 'última unidad', 'última oportunidad', 'casi agotado'],
  },
  labels: { sponsored: ['anuncio', 'publicidad'] },
  patterns: {
    discount: ['ahorra #', 'ahorras #', 'antes #'],
    urgency: ['solo quedan #', 'quedan #'],
  },
  shelves: ['los clientes también compraron', 'también te puede interesar', 'te puede gustar', 'productos similares', 'recomendado para ti', 'comprados juntos habitualmente'],
  priorPrice: ['antes', 'precio anterior', 'pvpr', 'precio recomendado'],
  lowest30d: ['precio más bajo de los últimos 30 días'],
  fromPrice: ['desde', 'a partir de'],
};
