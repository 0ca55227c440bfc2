/**
 * Which items the shop pushes, and why: paid placement, a shop pick, a campaign or
 * urgency badge, social proof, a percentage sticker, a shelf the shop names as its pick, or
 * a first card styled apart from the rest of the grid.
 */
import { CONTRACT_LIMITS, type Highlight, type ListingItem, type PromotionType } from '../../contract/analysis.ts';
import { normalise, promotionTypesOf } from '../words/index.ts';
import { classTokens } from './dom.ts';

const REASON: Record<PromotionType, string> = {
  sponsored: 'paid placement',
  'shop-pick': "the shop's pick",
  campaign: 'campaign',
  urgency: 'urgency',
  'social-proof': 'social proof',
  discount: 'discount badge',
};

function reasonsOf(item: ListingItem): string[] {
  const reasons: string[] = [];
  for (const p of item.promotions) {
    // Prior prices and "save" lines sit on most cards; only a sticker-like discount stands out.
    if (p.type === 'discount' && !p.where?.startsWith('badge')) continue;
    const reason = `${REASON[p.type]}: "${p.text}"`;
    if (!reasons.includes(reason)) reasons.push(reason);
  }
  if (item.shelf && promotionTypesOf(normalise(item.shelf)).includes('shop-pick')) {
    reasons.push(`in the shop's recommended shelf "${item.shelf}"`);
  }
  return reasons;
}

/**
 * True when the first card carries classes no other card has, while the other cards share
 * theirs: the shop styled it apart ("featured", "highlight").
 */
export function pinnedFirst(cards: readonly Element[]): boolean {
  if (cards.length < 3 || !cards[0]) return false;
  const counts = new Map<string, number>();
  const sets = cards.map(classTokens);
  for (const set of sets) for (const t of set) counts.set(t, (counts.get(t) ?? 0) + 1);
  const unique = (set: Set<string>): boolean => [...set].some((t) => counts.get(t) === 1);
  const othersUnique = sets.slice(1).filter(unique).length;
  return unique(sets[0] ?? new Set()) && othersUnique * 5 < cards.length - 1;
}

export function highlightsOf(items: readonly ListingItem[], pinnedIndex: number | null): Highlight[] {
  const out: Highlight[] = [];
  items.forEach((item, index) => {
    const reasons = reasonsOf(item);
    if (index === pinnedIndex) reasons.push('pinned first with distinct styling');
    if (reasons.length > 0) out.push({ index, reasons: reasons.slice(0, CONTRACT_LIMITS.reasons) });
  });
  // The worker refuses a report with more: the first ones down the page are kept.
  return out.slice(0, CONTRACT_LIMITS.highlights);
}
