import type { LanguageWords } from './types.ts';

export const EN: LanguageWords = {
  lang: 'en',
  phrases: {
    sponsored: ['sponsored', 'promoted', 'sponsored ad'],
    'shop-pick': [
      'our pick', 'top pick', "editor's choice", 'editors choice', "amazon's choice", 'overall pick',
      'staff pick', 'recommended', "editor's pick", 'our recommendation',
    ],
    campaign: [
      'deal of the day', 'limited time deal', 'top deal', 'black friday', 'cyber monday', 'lightning deal',
      'outlet', 'clearance', 'hot deal', 'flash sale', 'prime day deal', 'special offer', 'on sale',
      'cyber week', 'new low price', 'new lower price', 'this month only', 'this week only', 'today only', 'limited time only',
      'markdown', 'clear out', 'clear-out', 'free gift', 'gift with purchase',
    ],
    discount: ['price drop', 'reduced'],
    'social-proof': ['best seller', 'bestseller', 'most popular', 'popular pick', 'top rated', 'customer favourite', 'customer favorite'],
    urgency: ['almost gone', 'selling fast', 'last chance', 'low stock', 'only few left', 'only a few left', 'last one', 'last item', 'only one left'],
  },
  labels: { sponsored: ['ad', 'ads'], campaign: ['sale', 'deal'] },
  patterns: {
    discount: ['save #', '# off', 'was #'],
    urgency: ['only # left', '# left in stock', '# people are looking at this', '# people are viewing this', '# people are looking', '# in carts'],
    'social-proof': ['#1 best seller', '#1 in'],
  },
  shelves: [
    'others also bought', 'customers also bought', 'customers also viewed', 'customers who bought this item also bought',
    'customers who viewed this item also viewed', 'frequently bought together', 'you may also like', 'you might also like',
    'recommended for you', 'related products', 'similar products', 'similar items', 'trending now', 'inspired by your',
    'products related to this item', 'compare with similar items', 'people also bought', 'top picks for you',
  ],
  priorPrice: ['was', 'list', 'list price', 'typical', 'typical price', 'regular price', 'original price', 'orig.', 'originally', 'rrp', 'msrp', 'before', 'reg.'],
  lowest30d: ['lowest price in 30 days', 'lowest price in the last 30 days', '30-day low'],
  fromPrice: ['from', 'starting at', 'starts at', 'as low as'],
};
