import type { LanguageWords } from './types.ts';

/** Japanese has no spaces between words, so its words are whole labels only. */
export const JA: LanguageWords = {
  lang: 'ja',
  phrases: {},
  labels: {
    sponsored: ['スポンサー', 'スポンサー広告', '広告'],
    'shop-pick': ['おすすめ', 'amazonおすすめ'],
    campaign: ['タイムセール', 'セール', '特価'],
    'social-proof': ['ベストセラー', '売れ筋'],
  },
  shelves: ['この商品を買った人はこんな商品も買っています', 'よく一緒に購入されている商品'],
  priorPrice: ['参考価格', '過去価格'],
  lowest30d: [],
  fromPrice: [],
};
