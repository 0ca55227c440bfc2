import type { LanguageWords } from './types.ts';

export const PT: LanguageWords = {
  lang: 'pt',
  phrases: {
    sponsored: ['patrocinado', 'patrocinados', 'patrocinada'],
    'shop-pick': ['escolha do editor', 'nossa escolha', 'nossa recomendação', 'recomendado'],
    campaign: ['oferta do dia', 'oferta relâmpago', 'promoção', 'liquidação', 'queima de estoque', 'black friday', 'outlet'],
    discount: ['preço reduzido', 'baixou o preço'],
    'social-proof': ['mais vendido', 'mais vendidos', 'mais popular', 'favorito dos clientes'],
    urgency: ['quase esgotado', 'última chance', 'últimas unidades'],
  },
  labels: { sponsored: ['anúncio', 'publicidade'], campaign: ['oferta'] },
  patterns: {
    discount: ['economize #', 'poupe #'],
    urgency: ['restam #', 'só restam #', 'apenas # disponíveis', 'últimas # unidades'],
  },
  shelves: ['quem comprou também comprou', 'clientes também compraram', 'você também pode gostar', 'produtos semelhantes', 'produtos relacionados', 'recomendados para você', 'comprados juntos com frequência'],
  // Not 'de' ("De R$ 99 por R$ 79"): it starts names too ("De'Longhi").
  priorPrice: ['preço anterior', 'antes'],
  lowest30d: ['menor preço dos últimos 30 dias'],
  fromPrice: ['a partir de'],
};
