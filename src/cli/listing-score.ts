/**
 * Scores a listing's analysis against hand-made labels (test/real-labels/listings/): main-grid
 * cards found and their precision, card prices and prior prices, paid placements and badges
 * as precision/recall, and whether the item named as pushed is one the shop pushes.
 * Shared by `npm run eval:listings` and the unit tier's floors.
 */
import type { Highlight, ListingItem, PageKind, PromotionType } from '../contract/analysis.ts';

export interface LabelledCard {
  title: string;
  price: number | null;
  currency?: string | null;
  prior: number | null;
  sponsored: boolean;
  discount: boolean;
  badges: { type: PromotionType; text: string }[];
}

export interface ListingLabels {
  page: string;
  url: string | null;
  kind?: PageKind;
  how?: string;
  notes?: string[];
  main: LabelledCard[];
  shelves: { heading: string; sponsored: boolean; items: string[] }[];
}

export interface Count {
  hit: number;
  of: number;
}

export interface PrecisionRecall {
  truePositives: number;
  predicted: number;
  actual: number;
  precision: number;
  recall: number;
}

export interface ListingScore {
  cardsOnPage: number;
  mainFound: number;
  mainMatched: number;
  /** Labelled cards whose price came out right: the amount, or none where the card shows none. */
  prices: Count;
  /** Prices given for matched cards, scored as precision/recall against the labelled amounts. */
  pricePR: PrecisionRecall;
  priors: Count;
  /** Per labelled card: "ok", "wrong <amount>", "none", "unexpected <amount>" or "card not found". */
  perCard: { title: string; expected: number | null; got: string }[];
  shelfItemsOnPage: number;
  shelfItemsMatched: number;
  sponsored: PrecisionRecall;
  badges: PrecisionRecall;
  badgesByType: Record<string, PrecisionRecall>;
  discount: PrecisionRecall;
  /** True when the first item named as pushed is one the labels say the shop pushes, or none is named where none is pushed. */
  pushedRight: boolean;
  pushedWhy: string;
}

const BADGE_TYPES: readonly PromotionType[] = ['shop-pick', 'campaign', 'social-proof', 'urgency'];

function words(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((w) => w.length > 0);
}

/**
 * Same card when one title begins with the other (a card may cut its title short), or when
 * they share most of their words both ways (a card may put its brand first). A category line
 * shares no words with the name, so it never matches.
 */
export function sameTitle(found: string, label: string): boolean {
  const a = words(found).join(' ');
  const b = words(label).join(' ');
  if (a.length === 0 || b.length === 0) return false;
  const prefix = Math.min(40, a.length, b.length);
  if (prefix >= 12 && a.slice(0, prefix) === b.slice(0, prefix)) return true;
  if (a === b) return true;
  const foundWords = new Set(words(found));
  const labelWords = new Set(words(label));
  let shared = 0;
  for (const w of labelWords) if (foundWords.has(w)) shared++;
  return shared / labelWords.size >= 0.7 && shared / foundWords.size >= 0.6;
}

export function pr(truePositives: number, predicted: number, actual: number): PrecisionRecall {
  return {
    truePositives,
    predicted,
    actual,
    precision: predicted === 0 ? (actual === 0 ? 1 : 0) : truePositives / predicted,
    recall: actual === 0 ? 1 : truePositives / actual,
  };
}

export function f1(m: PrecisionRecall): number {
  return m.precision + m.recall === 0 ? 0 : (2 * m.precision * m.recall) / (m.precision + m.recall);
}

/** Pairs labels with found items, in page order, each found item used once. */
function pair<L>(labels: L[], titleOf: (l: L) => string, items: ListingItem[]): (ListingItem | null)[] {
  const used = new Set<ListingItem>();
  return labels.map((label) => {
    const hit = items.find((i) => !used.has(i) && sameTitle(i.title, titleOf(label))) ?? null;
    if (hit) used.add(hit);
    return hit;
  });
}

const near = (a: number | null | undefined, b: number | null): boolean => a != null && b !== null && Math.abs(a - b) < 0.005;

function priceVerdict(card: LabelledCard, hit: ListingItem | null): string {
  if (!hit) return 'card not found';
  if (!hit.price) return card.price === null ? 'ok' : 'none';
  if (card.price === null) return `unexpected ${hit.price.amount}`;
  return near(hit.price.amount, card.price) ? 'ok' : `wrong ${hit.price.amount}`;
}

function pushedOf(labels: ListingLabels, items: ListingItem[], highlighted: Highlight[], mainPairs: (ListingItem | null)[]): { right: boolean; why: string } {
  const pushedCards = labels.main.filter((c) => c.sponsored || c.badges.length > 0);
  const pushedShelfTitles = labels.shelves.filter((s) => s.sponsored).flatMap((s) => s.items);
  const first = highlighted.find((h) => h.index >= 0);
  const item = first ? items[first.index] : undefined;
  if (!item) {
    const anyPushed = pushedCards.length > 0 || pushedShelfTitles.length > 0;
    return { right: !anyPushed, why: anyPushed ? 'nothing named, the shop pushes some' : 'nothing named, nothing pushed' };
  }
  const asCard = labels.main.findIndex((_, i) => mainPairs[i] === item);
  const card = asCard >= 0 ? labels.main[asCard] : undefined;
  if (card && (card.sponsored || card.badges.length > 0 || (pushedCards.length === 0 && card.discount))) return { right: true, why: `card ${asCard + 1}` };
  if (item.shelf !== null && pushedShelfTitles.some((t) => sameTitle(item.title, t))) return { right: true, why: `paid shelf "${item.shelf}"` };
  return { right: false, why: `named "${item.title.slice(0, 50)}", which the labels do not mark as pushed` };
}

export function scoreListing(items: ListingItem[], labels: ListingLabels, highlighted: Highlight[] = []): ListingScore {
  const main = items.filter((i) => i.shelf === null);
  const shelfItems = items.filter((i) => i.shelf !== null);
  const mainPairs = pair(labels.main, (c) => c.title, main);
  const shelfLabels = labels.shelves.flatMap((s) => s.items.map((title) => ({ title, sponsored: s.sponsored })));
  const shelfPairs = pair(shelfLabels, (l) => l.title, shelfItems);

  const perCard = labels.main.map((card, i) => ({ title: card.title.slice(0, 50), expected: card.price, got: priceVerdict(card, mainPairs[i] ?? null) }));
  const priced = labels.main.map((card, i) => ({ card, hit: mainPairs[i] ?? null })).filter((p) => p.hit?.price);
  const pricePR = pr(
    priced.filter((p) => near(p.hit?.price?.amount, p.card.price)).length,
    priced.length,
    labels.main.filter((c) => c.price !== null).length,
  );

  // Paid placement over every placement, main grid and shelves alike.
  const allPairs: { item: ListingItem | null; sponsored: boolean }[] = [
    ...labels.main.map((c, i) => ({ item: mainPairs[i] ?? null, sponsored: c.sponsored })),
    ...shelfLabels.map((l, i) => ({ item: shelfPairs[i] ?? null, sponsored: l.sponsored })),
  ];
  const sponsoredTp = allPairs.filter((p) => p.sponsored && p.item?.sponsored).length;
  const sponsored = pr(sponsoredTp, items.filter((i) => i.sponsored).length, allPairs.filter((p) => p.sponsored).length);

  // Badges and discounts on the main grid, as (card, type) pairs.
  const byType: Record<string, PrecisionRecall> = {};
  let tp = 0;
  let predicted = 0;
  let actual = 0;
  for (const type of BADGE_TYPES) {
    const t = labels.main.filter((c, i) => c.badges.some((b) => b.type === type) && mainPairs[i]?.promotions.some((p) => p.type === type)).length;
    const p = main.filter((i) => i.promotions.some((p) => p.type === type)).length;
    const a = labels.main.filter((c) => c.badges.some((b) => b.type === type)).length;
    byType[type] = pr(t, p, a);
    tp += t;
    predicted += p;
    actual += a;
  }
  const discountTp = labels.main.filter((c, i) => c.discount && mainPairs[i]?.promotions.some((p) => p.type === 'discount')).length;
  const discount = pr(discountTp, main.filter((i) => i.promotions.some((p) => p.type === 'discount')).length, labels.main.filter((c) => c.discount).length);
  const priorRight = labels.main.filter((c, i) => {
    const hit = mainPairs[i];
    return hit && (c.prior === null ? !hit.priorPrice : near(hit.priorPrice?.amount, c.prior));
  }).length;
  const pushed = pushedOf(labels, items, highlighted, mainPairs);

  return {
    cardsOnPage: labels.main.length,
    mainFound: main.length,
    mainMatched: mainPairs.filter(Boolean).length,
    prices: { hit: perCard.filter((c) => c.got === 'ok').length, of: labels.main.length },
    pricePR,
    priors: { hit: priorRight, of: labels.main.length },
    perCard,
    shelfItemsOnPage: shelfLabels.length,
    shelfItemsMatched: shelfPairs.filter(Boolean).length,
    sponsored,
    badges: pr(tp, predicted, actual),
    badgesByType: byType,
    discount,
    pushedRight: pushed.right,
    pushedWhy: pushed.why,
  };
}
