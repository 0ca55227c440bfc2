/**
 * Which needs profile a page is judged against. A product is judged only by a profile of its
 * own category: the one the shopper picked in the popup, else the one she last picked for
 * that category, else the first of that category, else an "anything" profile. When none of
 * those exists the answer is no profile, with why, and the popup says so in plain words
 * instead of judging a power bank by a TV's needs.
 */
import type { NeedsProfile } from './needs.ts';
import type { PageAnalysis } from '../contract/analysis.ts';
import { offerOfItem, offerOfProduct, type Offer } from './facts.ts';
import { detectKindOf, type CategoryId, type Detected } from './vocabulary/index.ts';

/** Card titles read to tell what a listing is of, when its pushed card does not say. */
const LISTING_TITLES = 30;

/** The offer a page is about: its product, else the first item the shop highlights, else none. */
export function offerOfAnalysis(analysis: PageAnalysis): Offer | null {
  if (analysis.product) return offerOfProduct(analysis.product);
  for (const h of analysis.highlighted) {
    const item = h.index >= 0 ? analysis.items[h.index] : undefined;
    if (item) return offerOfItem(item);
  }
  return null;
}

export function kindOfOffer(offer: Offer): Detected {
  return detectKindOf([...offer.category.slice(0, 20), offer.name ?? '']);
}

export function categoryOfOffer(offer: Offer): CategoryId | null {
  return kindOfOffer(offer).category;
}

/**
 * What the page is about: its product's or pushed card's category; for a card whose title
 * names no kind at all, what the listing's main-grid cards mostly are. An accessory stays an
 * accessory: a power bank pushed on a phone listing is not a phone.
 */
export function kindOfAnalysis(analysis: PageAnalysis): Detected {
  const offer = offerOfAnalysis(analysis);
  const own = offer ? kindOfOffer(offer) : { category: null, otherKind: false };
  if (own.category || own.otherKind || analysis.product || analysis.kind !== 'listing') return own;
  return listingKind(analysis.items.filter((i) => i.shelf === null).slice(0, LISTING_TITLES).map((i) => i.title));
}

/** A listing is of a category when more than half of its cards that name a kind name that one. */
function listingKind(titles: string[]): Detected {
  const votes = new Map<string, number>();
  for (const title of titles) {
    const kind = detectKindOf([title]);
    const vote = kind.category ?? (kind.otherKind ? 'other' : null);
    if (vote) votes.set(vote, (votes.get(vote) ?? 0) + 1);
  }
  const cast = [...votes.values()].reduce((a, b) => a + b, 0);
  const [top, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count * 2 <= cast) return { category: null, otherKind: false };
  return top === 'other' ? { category: null, otherKind: true } : { category: top as CategoryId, otherKind: false };
}

export type ProfileWhy =
  /** The shopper picked it in the popup for this page. */
  | 'picked'
  /** The profile she last picked for products of this category. */
  | 'remembered'
  /** The only or first profile of the product's category. */
  | 'category'
  /** No profile of that category, or the category is unknown: her "anything" profile. */
  | 'anything'
  /** None: she has no profile at all. */
  | 'no-profiles'
  /** None: the product's category is known and she has no profile for it. */
  | 'none-for-category'
  /** None: the page does not tell what kind of product it is, or it is an accessory. */
  | 'kind-unknown';

export interface ProfileChoice {
  profile: NeedsProfile | null;
  why: ProfileWhy;
  /** The product's category as the page's words tell it. */
  category: CategoryId | null;
  otherKind: boolean;
}

/** Profile ids the shopper picked last, by category id. */
export type RememberedChoices = Readonly<Record<string, string>>;

export function chooseProfile(
  profiles: readonly NeedsProfile[],
  kind: Detected,
  wanted?: string,
  remembered: RememberedChoices = {},
): ProfileChoice {
  const { category, otherKind } = kind;
  const answer = (profile: NeedsProfile | null, why: ProfileWhy): ProfileChoice => ({ profile, why, category, otherKind });
  if (profiles.length === 0) return answer(null, 'no-profiles');
  const picked = wanted ? profiles.find((p) => p.id === wanted) : undefined;
  if (picked) return answer(picked, 'picked');
  if (category) {
    const own = profiles.filter((p) => p.category === category);
    const last = own.find((p) => p.id === remembered[category]);
    if (last) return answer(last, 'remembered');
    if (own[0]) return answer(own[0], 'category');
  }
  const anything = profiles.find((p) => p.category === 'anything');
  if (anything) return answer(anything, 'anything');
  return answer(null, category ? 'none-for-category' : 'kind-unknown');
}

export function chooseProfileFor(
  profiles: readonly NeedsProfile[],
  analysis: PageAnalysis | null,
  wanted?: string,
  remembered?: RememberedChoices,
): ProfileChoice {
  const kind = analysis ? kindOfAnalysis(analysis) : { category: null, otherKind: false };
  return chooseProfile(profiles, kind, wanted, remembered);
}
