/**
 * The popup's one answer for a tab: the verdict on what the shop pushes (the product page's
 * product or the pushed listing card), better alternatives, price truth and the shop's track
 * record. Reads a handful of indexed IndexedDB queries in one transaction; the rest is pure.
 */
import type { NeedsProfile } from '../core/needs.ts';
import type { Labels } from '../core/vocabulary/index.ts';
import { judgeOffer, isPromoted, type Verdict } from '../core/verdict.ts';
import { offerOfItem, offerOfProduct, type Offer } from '../core/facts.ts';
import { chooseProfileFor, categoryOfOffer, type RememberedChoices } from '../core/choose-profile.ts';
import { betterAlternatives, itemKey, overpayFor, sameTitle, type Candidate, type FitSummary } from '../core/alternatives.ts';
import { checkPriceClaim, type PricePoint } from '../core/price-truth.ts';
import { attributeLabel, inEachLanguage, type Language } from '../core/describe.ts';
import { chainRecordOf, trackRecordOf, VISIT_GAP_MS } from '../core/track-record.ts';
import { chainOf, shopsOfChain } from '../core/chains.ts';
import { identityKeys, type IdentitySource } from '../core/identity.ts';
import { seenElsewhere, type Sighting } from '../core/elsewhere.ts';
import { shopOfUrl } from '../core/shop.ts';
import type { Availability, ListingItem, PageAnalysis, PromotionType } from '../contract/analysis.ts';
import type { PageMark, Subject, TabReport } from '../messages.ts';
import { CHOICES_KEY, MAX_PER_IDENTITY_KEY, readNewestByKeys, storageError, type Store } from '../storage/store.ts';
import { productIdentityOf, productKeyOf, type Observation, type SeenItem, type TabState } from '../storage/schema.ts';

const DAY_MS = 86_400_000;
/** Bounds on what one report reads and judges, so a long history never slows the popup. */
const MAX_SHOP_LOG = 3_000;
/** The newest observations read per other shop of the chain. */
const MAX_CHAIN_SHOP_LOG = 500;
const MAX_RECENT = 1_000;
const RECENT_DAYS = 60;
const MAX_ITEMS = 300;
/** Items seen earlier judged at most, per report. */
const MAX_EARLIER = 24;
const MAX_LISTING_CANDIDATES = 150;
const MAX_TABS = 30;
const MAX_PUSHED = 5;
const MAX_HISTORY_POINTS = 120;

export interface ReportInputs {
  tab: TabState | undefined;
  profiles: NeedsProfile[];
  /** Observations of the product on this tab (product pages). */
  productLog: Observation[];
  /** Observations of this tab's shop. */
  shopLog: Observation[];
  /** Recent observations of any shop, for items seen earlier. */
  recentLog: Observation[];
  /** What other open tabs showed, with full specs. */
  otherTabs: TabState[];
  /** The profile the shopper last picked, by category. */
  remembered?: RememberedChoices;
  /** Items seen on earlier pages, with what was known of each (product pages). */
  seenItems?: SeenItem[];
  /** Observations of the other shops of this shop's chain (chains.json), newest first. */
  chainLog?: Observation[];
  /** Observations filed under the subject's identity keys, in any shop, newest first. */
  identityLog?: Observation[];
}

export function shopOf(url: string): string | null {
  return shopOfUrl(url) || null;
}

const summary = (v: Verdict): FitSummary => ({ fit: v.fit, score: v.score, mustTotal: v.mustTotal, mustUnmet: v.mustUnmet, mustUnknown: v.mustUnknown });

/** A verdict that says something about the item itself, not only about its price. */
const informative = (v: Verdict) => v.rows.every((r) => r.id === 'budget') || v.rows.some((r) => r.id !== 'budget' && r.status !== 'unknown');

function subjectOfItem(item: ListingItem, index: number, reasons: string[]): Subject {
  return {
    index, title: item.title, url: item.url, price: item.price, priorPrice: item.priorPrice, lowest30d: null,
    promotions: item.promotions, reasons, sponsored: item.sponsored, shelf: item.shelf,
  };
}

/** The product on a product page, else the listing cards the shop pushes (at most a few). */
export function subjectsOf(analysis: PageAnalysis): Subject[] {
  const product = analysis.product;
  if (product) {
    return [{
      index: -1, title: product.name, url: analysis.url, price: product.price, priorPrice: product.priorPrice,
      lowest30d: product.lowest30d, promotions: product.promotions, reasons: [], sponsored: false, shelf: null,
      availability: product.availability,
      ...(product.price === null ? { priceNote: product.priceNote ?? 'not-shown' } : {}),
    }];
  }
  return analysis.highlighted
    .filter((h) => h.index >= 0)
    .slice(0, MAX_PUSHED)
    .flatMap((h) => {
      const item = analysis.items[h.index];
      return item ? [subjectOfItem(item, h.index, h.reasons)] : [];
    });
}

function judgeSubject(analysis: PageAnalysis, subject: Subject, profile: NeedsProfile): Verdict {
  const product = analysis.product;
  if (subject.index < 0 && product) return judgeOffer(offerOfProduct(product), profile, isPromoted(product));
  const item = analysis.items[subject.index];
  const offer = item ? offerOfItem(item) : offerOf(subject.title, subject.price);
  return judgeOffer(offer, profile, true);
}

function offerOf(name: string | null, price: Observation['price'], brand: string | null = null): Offer {
  return { name, brand, category: [], price, specs: [], specsSource: null, nameSource: 'visible', priceSource: 'visible' };
}

/** Drops items of another category than the profile's, when the item's words make that clear. */
function inCategory(offer: Offer, profile: NeedsProfile): boolean {
  if (profile.category === 'anything') return true;
  const category = categoryOfOffer(offer);
  return category === null || category === profile.category;
}

function candidateOf(
  offer: Offer, url: string | null, profile: NeedsProfile, seen: Candidate['seen'], seenAt: number | null, availability: Availability | null = null,
): Candidate | null {
  const title = offer.name;
  if (!title || !inCategory(offer, profile)) return null;
  const verdict = judgeOffer(offer, profile, false);
  if (!informative(verdict)) return null;
  const cells = verdict.rows.map((r) => ({ id: r.id, status: r.status, found: r.found?.slice(0, 80) ?? null, ...(r.money ? { money: r.money } : {}) }));
  return { key: itemKey(url, title), title, url, price: offer.price, fit: summary(verdict), seen, seenAt, availability, cells };
}

/** The kinds of signal a card carries, each once, paid placement first. */
function pushedAs(item: Pick<ListingItem, 'promotions' | 'sponsored'>): PromotionType[] {
  const kinds = new Set<PromotionType>(item.sponsored ? ['sponsored'] : []);
  for (const p of item.promotions) kinds.add(p.type);
  return [...kinds];
}

/** The other cards of this listing, in the same grid or shelf as the pushed card. */
function listingCandidates(analysis: PageAnalysis, subject: Subject | null, profile: NeedsProfile): Candidate[] {
  const shelf = subject?.shelf ?? null;
  return analysis.items
    .filter((item) => item.shelf === shelf)
    .slice(0, MAX_LISTING_CANDIDATES)
    .flatMap((item) => {
      const candidate = candidateOf(offerOfItem(item), item.url, profile, 'here', null);
      return candidate ? [{ ...candidate, pushedAs: pushedAs(item) }] : [];
    });
}

interface Seen {
  offer: Offer;
  url: string | null;
  at: number;
  availability: Availability | null;
}

const seenOfItem = (item: SeenItem): Seen => ({
  offer: {
    name: item.title, brand: item.brand, category: item.category, price: item.price, specs: item.specs,
    specsSource: 'visible', nameSource: 'visible', priceSource: 'visible',
  },
  url: item.url,
  at: item.at,
  availability: item.availability,
});

/**
 * Items seen earlier: other open tabs' product pages first (they carry full specs), then
 * their cards, then every item kept from earlier pages (with what was known of it then),
 * then the older log, newest first. An item comes from several of these: all of its
 * versions are judged, one judged a misfit rules it out, and of the others the best
 * informed is kept, so the list never offers what a verdict just turned down. Bounded:
 * at most MAX_EARLIER items judged, judging being the popup's main cost in the worker.
 */
function earlierCandidates(inputs: ReportInputs, profile: NeedsProfile): Candidate[] {
  const seen: Seen[] = [];
  const tabs = inputs.otherTabs.slice(0, MAX_TABS);
  for (const tab of tabs) {
    const product = tab.analysis.product;
    if (product) seen.push({ offer: offerOfProduct(product), url: tab.analysis.url, at: tab.at, availability: product.availability });
  }
  for (const tab of tabs) {
    for (const item of tab.analysis.items.slice(0, MAX_ITEMS)) seen.push({ offer: offerOfItem(item), url: item.url, at: tab.at, availability: null });
  }
  for (const item of [...(inputs.seenItems ?? [])].sort((a, b) => b.at - a.at).slice(0, MAX_RECENT)) seen.push(seenOfItem(item));
  const log = [...inputs.recentLog].sort((a, b) => b.at - a.at).slice(0, MAX_RECENT);
  for (const o of log) {
    if (o.kind === 'product' && o.name) seen.push({ offer: offerOf(o.name, o.price, o.brand), url: o.url, at: o.at, availability: null });
    for (const h of o.highlighted.slice(0, 10)) seen.push({ offer: offerOf(h.title, h.price), url: null, at: o.at, availability: null });
  }
  // Versions of one item, by its key, in the order first seen above.
  const groups = new Map<string, Seen[]>();
  for (const s of seen) {
    if (!s.offer.name) continue;
    const key = itemKey(s.url, s.offer.name);
    const group = groups.get(key);
    if (group) group.push(s);
    else if (groups.size < MAX_EARLIER) groups.set(key, [s]);
  }
  const judged: { candidate: Candidate | null; misfit: boolean }[] = [];
  for (const versions of groups.values()) {
    let best: Candidate | null = null;
    let misfit = false;
    for (const v of versions.slice(0, 4)) {
      const c = candidateOf(v.offer, v.url, profile, 'earlier', v.at, v.availability);
      if (!c) continue;
      if (c.fit.fit === 'misfit') misfit = true;
      const known = best as Candidate | null;
      if (!known || c.fit.mustUnknown < known.fit.mustUnknown) best = { ...c, availability: c.availability ?? known?.availability ?? null };
      else if (!known.availability && c.availability) best = { ...known, availability: c.availability };
    }
    judged.push({ candidate: best, misfit });
  }
  // The same item under another key (a card's title, a product page's address): a misfit anywhere rules it out.
  const turnedDown = judged.filter((j) => j.misfit).flatMap((j) => (j.candidate ? [j.candidate.title] : []));
  return judged.flatMap((j) =>
    !j.candidate || j.misfit || turnedDown.some((title) => sameTitle(title, j.candidate!.title)) ? [] : [j.candidate],
  );
}

/**
 * Prices this shop showed for the subject: by product key on product pages, by link or title
 * for cards. A GTIN key is the same at every shop; other shops' prices are "seen elsewhere",
 * never part of this shop's history or of the check of its discount claim.
 */
function priceHistoryOf(subject: Subject, inputs: ReportInputs, shop: string | null): PricePoint[] {
  const points: PricePoint[] = [];
  if (subject.index < 0) {
    for (const o of inputs.productLog) if (o.price && o.shop === shop) points.push({ at: o.at, price: o.price });
  } else {
    const key = subject.url ? itemKey(subject.url, '') : null;
    for (const o of inputs.shopLog) {
      const samePage = o.kind === 'product' && o.price && ((key && itemKey(o.url, '') === key) || (o.name && subject.title && sameTitle(o.name, subject.title)));
      if (samePage && o.price) points.push({ at: o.at, price: o.price });
      for (const h of o.highlighted) {
        if (h.price && subject.title && sameTitle(h.title, subject.title)) points.push({ at: o.at, price: h.price });
      }
    }
  }
  return points.sort((a, b) => a.at - b.at).slice(-MAX_HISTORY_POINTS);
}

/** What the subject's identity is read from: the product's GTIN, part number and specs, or a card's title. */
function identityOfSubject(analysis: PageAnalysis, subject: Subject): IdentitySource {
  const product = analysis.product;
  if (subject.index < 0 && product) {
    return {
      name: product.name, brand: product.brand, gtin: product.gtin, mpn: product.mpn,
      specs: product.specs.slice(0, 60).map((s) => ({ name: s.label, value: s.raw })),
    };
  }
  return { name: subject.title };
}

/** Each observation as sightings: its product (pushed when it carried promotions) and each item it pushed. */
function sightingsOf(log: readonly Observation[]): Sighting[] {
  return log.flatMap((o) => {
    const product = productIdentityOf(o);
    const own: Sighting[] = product
      ? [{ shop: o.shop, at: o.at, url: o.url, identity: product, price: o.price, pushed: o.promotions.length > 0, labels: o.promotions }]
      : [];
    const pushed = o.highlighted.slice(0, 10).map((h): Sighting => ({
      shop: o.shop, at: o.at, url: null, identity: { name: h.title }, price: h.price, pushed: true, labels: h.reasons,
    }));
    return [...own, ...pushed];
  });
}

function groupByShop(log: readonly Observation[]): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const o of log) {
    const list = out.get(o.shop);
    if (list) list.push(o);
    else out.set(o.shop, [o]);
  }
  return out;
}

/** Everything the popup shows for one tab, from what was read. Pure. */
export function assembleReport(tabId: number, inputs: ReportInputs, now: number, profileId?: string): TabReport {
  const analysis = inputs.tab?.analysis ?? null;
  const profiles = inputs.profiles;
  const choice = chooseProfileFor(profiles, analysis, profileId, inputs.remembered);
  const profile = choice.profile;
  const base: TabReport = {
    tabId, analysis, analysedAt: inputs.tab?.at ?? null, profiles, profile, verdict: null, shop: analysis ? shopOf(analysis.url) : null,
    profileChoice: { why: choice.why, category: choice.category, otherKind: choice.otherKind },
  };
  if (!analysis) return base;
  const subjects = subjectsOf(analysis);
  const subject = subjects[0] ?? null;
  const verdict = subject && profile ? judgeSubject(analysis, subject, profile) : null;
  const alsoPushed = profile
    ? subjects.slice(1).map((s) => ({ title: s.title ?? '', url: s.url, price: s.price, fit: summary(judgeSubject(analysis, s, profile)) }))
    : [];
  const current = { key: subject?.url ? itemKey(subject.url, subject.title ?? '') : null, title: subject?.title ?? null, fit: verdict ? summary(verdict) : null };
  const candidates = !profile ? [] : analysis.kind === 'listing' ? listingCandidates(analysis, subject, profile) : earlierCandidates(inputs, profile);
  const priceHistory = subject ? priceHistoryOf(subject, inputs, base.shop ?? null) : [];
  // The claim is about the price before this visit: today's own price is no evidence for or against it.
  const visitStart = (inputs.tab?.at ?? now) - VISIT_GAP_MS;
  const before = priceHistory.filter((p) => p.at < visitStart);
  const claim = subject ? checkPriceClaim({ price: subject.price, priorPrice: subject.priorPrice, lowest30d: subject.lowest30d }, before, now) : null;
  const priceTruth = claim && { ...claim, observedSince: priceHistory[0]?.at ?? null };
  const product = analysis.product;
  const item = { productKey: product ? productKeyOf(product) : null, title: subject?.title ?? null, url: subject?.url ?? null };
  const trackRecord = subject ? trackRecordOf(inputs.shopLog, item) : null;
  const chain = base.shop ? chainOf(base.shop) : null;
  const chainRecord = subject && chain ? chainRecordOf(chain, groupByShop(inputs.chainLog ?? []), item) : null;
  return {
    ...base,
    verdict,
    subject,
    alsoPushed,
    alternatives: betterAlternatives(current, candidates),
    overpay: overpayFor({ ...current, price: subject?.price ?? null }, candidates),
    priceTruth,
    priceHistory,
    trackRecord,
    chainRecord,
    unstated: verdict ? unstatedMusts(verdict) : [],
    elsewhere: subject && base.shop
      ? seenElsewhere({ shop: base.shop, identity: identityOfSubject(analysis, subject), price: subject.price }, sightingsOf(inputs.identityLog ?? []))
      : [],
  };
}

const THE_PRICE: Labels = { fi: 'hinta', sv: 'priset', en: 'the price' };

/** The must-haves the page does not state: a price shown in another currency is stated. */
function unstatedMusts(verdict: Verdict): Labels[] {
  return verdict.rows
    .filter((r) => r.importance === 'must' && r.status === 'unknown' && r.found === null)
    .slice(0, 5)
    .map((r) => (r.id === 'budget' ? THE_PRICE : inEachLanguage((lang) => attributeLabel(r.attribute, lang))));
}

/** The items seen since `since`, newest first, at most MAX_RECENT: one index walk. */
async function newestItems(items: { index(name: 'byTime'): { openCursor(range: IDBKeyRange, direction: IDBCursorDirection): Promise<{ value: SeenItem; continue(): Promise<unknown> } | null> } }, since: number): Promise<SeenItem[]> {
  const out: SeenItem[] = [];
  let cursor = await items.index('byTime').openCursor(IDBKeyRange.lowerBound(since), 'prev');
  while (cursor && out.length < MAX_RECENT) {
    out.push(cursor.value);
    cursor = (await cursor.continue()) as typeof cursor;
  }
  return out;
}

/** Reads what a report needs: the tab and profiles, then the logs in one readonly transaction. */
export async function readInputs(store: Store, tabId: number, now: number, withHistory = true): Promise<ReportInputs> {
  const db = store.db;
  const tx = db.transaction(['tabs', 'profiles', 'observations', 'settings', 'items'], 'readonly');
  const [tab, profilesRaw, remembered] = await Promise.all([
    tx.objectStore('tabs').get(tabId),
    tx.objectStore('profiles').getAll(),
    tx.objectStore('settings').get(CHOICES_KEY) as Promise<RememberedChoices | undefined>,
  ]);
  const profiles = profilesRaw.sort((a, b) => a.createdAt - b.createdAt);
  const analysis = tab?.analysis;
  const shop = analysis ? shopOf(analysis.url) : null;
  const key = analysis?.product ? productKeyOf(analysis.product) : null;
  const observations = tx.objectStore('observations');
  const wantsHistory = withHistory && analysis !== undefined && analysis.kind !== 'other' && profiles.length > 0;
  const subject = analysis ? subjectsOf(analysis)[0] : undefined;
  const keys = analysis && subject && withHistory ? identityKeys(identityOfSubject(analysis, subject)) : [];
  const chain = shop ? chainOf(shop) : null;
  const chainShops = chain ? shopsOfChain(chain).filter((s) => s !== shop) : [];
  const [productLog, shopLog, recentLog, allTabs, seenItems, identityLog, chainLog] = await Promise.all([
    key && wantsHistory ? observations.index('byProduct').getAll(key, MAX_SHOP_LOG) : [],
    shop && wantsHistory ? observations.index('byShop').getAll(shop, MAX_SHOP_LOG) : [],
    analysis?.kind === 'product' && wantsHistory
      ? observations.index('byTime').getAll(IDBKeyRange.lowerBound(now - RECENT_DAYS * DAY_MS), MAX_RECENT)
      : [],
    analysis?.kind === 'product' && wantsHistory ? tx.objectStore('tabs').getAll(undefined, MAX_TABS + 1) : [],
    analysis?.kind === 'product' && wantsHistory ? newestItems(tx.objectStore('items'), now - RECENT_DAYS * DAY_MS) : [],
    keys.length > 0 ? readNewestByKeys(observations.index('byIdentity'), keys, MAX_PER_IDENTITY_KEY) : [],
    chainShops.length > 0 && wantsHistory ? readNewestByKeys(observations.index('byShop'), chainShops, MAX_CHAIN_SHOP_LOG) : [],
  ]);
  await tx.done;
  return {
    tab, profiles, productLog, shopLog, recentLog, otherTabs: allTabs.filter((t) => t.tabId !== tabId), remembered: remembered ?? {}, seenItems, identityLog, chainLog,
  };
}

/** `withHistory` false: the verdict alone (for the badge), without reading the logs. */
export async function buildReport(store: Store, tabId: number, now: number, profileId?: string, withHistory = true): Promise<TabReport> {
  let inputs: ReportInputs;
  try {
    inputs = await readInputs(store, tabId, now, withHistory);
  } catch (error) {
    throw storageError(error);
  }
  return assembleReport(tabId, inputs, now, profileId);
}

/**
 * The cards to outline on a listing when the shopper turned marking on: every card that
 * fits, and each pushed card that misses, with the needs it misses.
 */
const OVER_BUDGET: Labels = { fi: 'hinta yli budjetin', sv: 'priset över budget', en: 'price over budget' };

export function marksOf(report: TabReport, language: Language): PageMark[] {
  const analysis = report.analysis;
  const profile = report.profile;
  if (!analysis || analysis.kind !== 'listing' || !profile) return [];
  const pushed = new Set(subjectsOf(analysis).map((s) => s.index));
  const marks: PageMark[] = [];
  analysis.items.slice(0, MAX_ITEMS).forEach((item, index) => {
    if (!item.url) return;
    const verdict = judgeOffer(offerOfItem(item), profile, pushed.has(index));
    if (verdict.fit === 'fits' || verdict.fit === 'partly') marks.push({ url: item.url, fit: 'fits', note: null });
    else if (verdict.fit === 'unknown') marks.push({ url: item.url, fit: 'unknown', note: null });
    else if (pushed.has(index)) {
      const misses = verdict.rows.filter((r) => r.status === 'unmet').map((r) => r.need?.[language] ?? OVER_BUDGET[language]);
      marks.push({ url: item.url, fit: 'misfit', note: misses.join('; ').slice(0, 300) });
    }
  });
  return marks;
}
