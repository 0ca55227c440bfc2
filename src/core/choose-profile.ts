/**
 * Which needs profile a page is judged against: the one the shopper picked in the popup,
 * else one for the product's category (from breadcrumbs, JSON-LD category and title words),
 * else an "anything" profile, else the first. The popup can always switch.
 */
import type { NeedsProfile } from './needs.ts';
import type { PageAnalysis } from '../contract/analysis.ts';
import { offerOfItem, offerOfProduct, type Offer } from './facts.ts';
import { categoryFor, type CategoryId } from './vocabulary/index.ts';

/** The offer a page is about: its product, else the first item the shop highlights, else none. */
export function offerOfAnalysis(analysis: PageAnalysis): Offer | null {
  if (analysis.product) return offerOfProduct(analysis.product);
  for (const h of analysis.highlighted) {
    const item = h.index >= 0 ? analysis.items[h.index] : undefined;
    if (item) return offerOfItem(item);
  }
  return null;
}

export function categoryOfOffer(offer: Offer): CategoryId | null {
  return categoryFor([...offer.category.slice(0, 20), offer.name ?? '']);
}

export function chooseProfileFor(profiles: NeedsProfile[], offer: Offer | null, wanted?: string): NeedsProfile | null {
  if (wanted) {
    const chosen = profiles.find((p) => p.id === wanted);
    if (chosen) return chosen;
  }
  const category = offer ? categoryOfOffer(offer) : null;
  return (
    (category ? profiles.find((p) => p.category === category) : undefined) ??
    profiles.find((p) => p.category === 'anything') ??
    profiles[0] ??
    null
  );
}
