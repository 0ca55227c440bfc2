import type { LanguageWords } from './types.ts';

export const FR: LanguageWords = {
  lang: 'fr',
  phrases: {
    sponsored: ['sponsorisé', 'sponsorisée', 'sponsorisés', 'sponsorisees', 'sponsorise'],
    'shop-pick': ['notre choix', 'choix de la rédaction', 'coup de cœur', 'coup de coeur', 'recommandé'],
    campaign: ['offre du jour', 'vente flash', 'promo', 'promotion', 'soldes', 'black friday', 'bon plan', 'déstockage', 'outlet'],
    discount: ['prix en baisse'],
    'social-proof': ['meilleure vente', 'meilleures ventes', 'top vente', 'populaire'],
    urgency: ['bientôt épuisé', 'derniers articles', 'dernier article', 'dernière chance'],
  },
  labels: { sponsored: ['pub', 'annonce', 'publicité'] },
  patterns: {
    discount: ['économisez #', 'économie de #', 'au lieu de #'],
    urgency: ['plus que #', 'il ne reste plus que #'],
  },
  shelves: ['les clients ont aussi acheté', 'vous aimerez aussi', 'vous aimerez peut-être aussi', 'produits similaires', 'recommandé pour vous', 'souvent achetés ensemble'],
  priorPrice: ['au lieu de', 'prix de référence', 'prix barré', 'ancien prix', 'avant'],
  lowest30d: ['prix le plus bas des 30 derniers jours', 'prix le plus bas sur les 30 derniers jours'],
  fromPrice: ['à partir de', 'dès'],
};
