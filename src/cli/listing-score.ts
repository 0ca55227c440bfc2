/**
 * Scores a listing extraction against hand-made labels: cards found versus cards on the
 * page, price accuracy per card, and precision/recall of sponsored and badge detection.
 * Shared by `npm run eval:listings` and test/unit/listings-real.test.ts.
 */
import type { ListingItem, PromotionType } from '../contract/analysis.ts';

export interface LabelledCard {
  title: string;
  price: number | null;
  prior: number | null;
  sponsored: boolean;
  discount: boolean;
  badges: { type: PromotionType; text: string }[];
}

export interface ListingLabels {
  page: string;
  url: string;
  main: LabelledCard[];
  shelves: { heading: string; sponsored: boolean; items: string[] }[];
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
  priceCorrect: number;
  priorCorrect: number;
  /** Per labelled card: "ok", "wrong <amount>", "none" or "card not found". */
  perCard: { title: string; expected: number | null; got: string }[];
  shelfItemsOnPage: number;
  shelfItemsMatched: number;
  sponsored: PrecisionRecall;
  badges: PrecisionRecall;
  badgesByType: Record<string, PrecisionRecall>;
  discount: PrecisionRecall;
}

const BADGE_TYPES: readonly PromotionType[] = ['shop-pick', 'campaign', 'social-proof', 'urgency'];

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Same card when one title starts with the other's beginning (labels keep a title's start). */
function sameTitle(found: string, label: string): boolean {
  const a = key(found);
  const b = key(label).slice(0, 60);
  return b.length > 0 && (a.startsWith(b) || b.startsWith(a.slice(0, 40)));
}

function pr(truePositives: number, predicted: number, actual: number): PrecisionRecall {
  return {
    truePositives,
    predicted,
    actual,
    precision: predicted === 0 ? 0 : truePositives / predicted,
    recall: actual === 0 ? 0 : truePositives / actual,
  };
}

/** Pairs labels with found items of the same kind, in page order, each used once. */
function pair<L>(labels: L[], titleOf: (l: L) => string, items: ListingItem[]): (ListingItem | null)[] {
  const used = new Set<ListingItem>();
  return labels.map((label) => {
    const hit = items.find((i) => !used.has(i) && sameTitle(i.title, titleOf(label))) ?? null;
    if (hit) used.add(hit);
    return hit;
  });
}

const near = (a: number | null | undefined, b: number | null): boolean => a != null && b !== null && Math.abs(a - b) < 0.005;

export function scoreListing(items: ListingItem[], labels: ListingLabels): ListingScore {
  const main = items.filter((i) => i.shelf === null);
  const shelfItems = items.filter((i) => i.shelf !== null);
  const mainPairs = pair(labels.main, (c) => c.title, main);
  const shelfLabels = labels.shelves.flatMap((s) => s.items.map((title) => ({ title, sponsored: s.sponsored })));
  const shelfPairs = pair(shelfLabels, (l) => l.title, shelfItems);

  const perCard = labels.main.map((card, i) => {
    const hit = mainPairs[i];
    const got = !hit ? 'card not found' : !hit.price ? 'none' : near(hit.price.amount, card.price) ? 'ok' : `wrong ${hit.price.amount}`;
    return { title: card.title.slice(0, 50), expected: card.price, got };
  });

  // Sponsored over every placement, main grid and shelves alike.
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
    const exp = labels.main.map((c) => c.badges.some((b) => b.type === type));
    const got = main.map((i) => i.promotions.some((p) => p.type === type));
    const t = labels.main.filter((_, i) => exp[i] && mainPairs[i]?.promotions.some((p) => p.type === type)).length;
    const p = got.filter(Boolean).length;
    const a = exp.filter(Boolean).length;
    byType[type] = pr(t, p, a);
    tp += t;
    predicted += p;
    actual += a;
  }
  const discountTp = labels.main.filter((c, i) => c.discount && mainPairs[i]?.promotions.some((p) => p.type === 'discount')).length;
  const discount = pr(discountTp, main.filter((i) => i.promotions.some((p) => p.type === 'discount')).length, labels.main.filter((c) => c.discount).length);

  return {
    cardsOnPage: labels.main.length,
    mainFound: main.length,
    mainMatched: mainPairs.filter(Boolean).length,
    priceCorrect: perCard.filter((c) => c.got === 'ok').length,
    priorCorrect: labels.main.filter((c, i) => (c.prior === null ? !mainPairs[i]?.priorPrice : near(mainPairs[i]?.priorPrice?.amount, c.prior)) && mainPairs[i]).length,
    perCard,
    shelfItemsOnPage: shelfLabels.length,
    shelfItemsMatched: shelfPairs.filter(Boolean).length,
    sponsored,
    badges: pr(tp, predicted, actual),
    badgesByType: byType,
    discount,
  };
}
