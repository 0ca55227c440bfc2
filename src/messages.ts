/**
 * The message contract between the extension's contexts, named by direction.
 * Content scripts may only report what a page shows; only the extension's own pages may
 * read or change needs, settings and history. Every payload is validated in the worker,
 * errors travel back as data and are re-thrown on the caller's side.
 */
import * as v from 'valibot';
import { PageAnalysisSchema, salvageAnalysis } from './schema/analysis.ts';
import { NeedsProfileSchema } from './schema/needs.ts';
import { DataFileSchema, SettingsSchema, type DataFile } from './schema/data.ts';
import type { NeedsProfile } from './core/needs.ts';
import type { PageAnalysis } from './contract/analysis.ts';
import type { Verdict } from './core/verdict.ts';
import type { Candidate, FitSummary, Overpay } from './core/alternatives.ts';
import type { PricePoint, PriceTruth } from './core/price-truth.ts';
import type { ChainRecord, TrackRecord } from './core/track-record.ts';
import type { ElsewhereEntry } from './core/elsewhere.ts';
import type { ProfileWhy } from './core/choose-profile.ts';
import type { CategoryId, Labels } from './core/vocabulary/index.ts';
import type { Availability, Money, PriceNote, PriorPrice, Promotion } from './contract/analysis.ts';

export interface Settings {
  /** Days observations are kept; older ones are pruned. */
  historyDays: number;
  /** Outline fitting cards on the page itself. Off by default. */
  markPage: boolean;
}

export const DEFAULT_SETTINGS: Settings = { historyDays: 90, markPage: false };

export { SettingsSchema };

/** What the popup needs for one tab, assembled by the worker from storage. */
export interface TabReport {
  tabId: number;
  analysis: PageAnalysis | null;
  analysedAt: number | null;
  profiles: NeedsProfile[];
  /** The profile the subject is judged by: null when none is for its kind of product. */
  profile: NeedsProfile | null;
  /** Why that profile, or why none: and what kind of product the page's words tell. */
  profileChoice?: { why: ProfileWhy; category: CategoryId | null; otherKind: boolean };
  verdict: Verdict | null;
  /** What the verdict is about: the page's product, or the listing card the shop pushes. */
  subject?: Subject | null;
  /** Further cards the shop pushes on the same listing, with how they fit. */
  alsoPushed?: { title: string; url: string | null; price: Money | null; fit: FitSummary }[];
  /** Items that fit better, best first: this listing's cards, or items seen earlier. */
  alternatives?: Candidate[];
  /** The subject fits, but a clearly cheaper item fits as well. */
  overpay?: Overpay | null;
  priceTruth?: PriceTruth | null;
  /** Prices this extension observed for the subject, oldest first. */
  priceHistory?: PricePoint[];
  trackRecord?: TrackRecord | null;
  /** What the chain's other shops pushed, when this shop is one of a chain (chains.json). */
  chainRecord?: ChainRecord | null;
  /** The shop's host without www. */
  shop?: string | null;
  /** The must-haves the page does not state, named in each UI language ("refresh rate"). */
  unstated?: Labels[];
  /** Other shops where the shopper saw the subject, from her own history, newest first. */
  elsewhere?: ElsewhereEntry[];
}

/** The item a verdict is about, in one shape for product pages and listing cards. */
export interface Subject {
  /** Index of the card in `analysis.items`, or -1 for a product page's product. */
  index: number;
  title: string | null;
  url: string | null;
  price: Money | null;
  /** Why a product page's product has no price (the page shows none, or none it can confirm). */
  priceNote?: PriceNote;
  /** In stock or not, as the product page says; absent for cards and when the page says neither. */
  availability?: Availability | null;
  priorPrice: PriorPrice | null;
  lowest30d: Money | null;
  promotions: Promotion[];
  /** Why the page analysis thinks the shop pushes it (listing cards). */
  reasons: string[];
  sponsored: boolean;
  shelf: string | null;
}

/** Cards the content script outlines on the page when the shopper turned marking on. */
export interface PageMark {
  /** The card's link, as the analysis reported it. */
  url: string;
  /** "unknown": nothing it misses, but the card does not state everything. */
  fit: 'fits' | 'unknown' | 'misfit';
  /** For a pushed card that misses needs: which ones, in the shopper's language. */
  note: string | null;
}

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const empty = v.object({});

/** Messages a content script sends to the worker. */
export const CONTENT_TO_BACKGROUND = {
  'content/page-analysed': v.object({ analysis: PageAnalysisSchema }),
} as const;

/** Messages the popup and options page send to the worker. */
export const PAGE_TO_BACKGROUND = {
  'page/get-tab-report': v.object({ tabId, profileId: v.optional(v.pipe(v.string(), v.maxLength(64))) }),
  'page/analyse-tab': v.object({ tabId }),
  'needs/list': empty,
  'needs/save': v.object({ profile: NeedsProfileSchema }),
  'needs/delete': v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) }),
  'settings/get': empty,
  'settings/save': v.object({ settings: SettingsSchema }),
  'shops/list': empty,
  'shops/register': v.object({
    origins: v.pipe(v.array(v.pipe(v.string(), v.regex(/^https?:\/\/(\*\.)?[a-z0-9.-]+\/\*$/))), v.minLength(1), v.maxLength(50)),
  }),
  'shops/unregister': v.object({ origin: v.pipe(v.string(), v.maxLength(300)) }),
  'data/export': empty,
  'data/import': v.object({ data: DataFileSchema }),
  'data/wipe': v.object({ confirm: v.literal(true) }),
  /** Profiles from a needs file the shopper previewed; written together or not at all. */
  'needs/import': v.object({ profiles: v.pipe(v.array(NeedsProfileSchema), v.minLength(1), v.maxLength(50)) }),
} as const;

export interface Responses {
  /** `dropped`: how many parts of the report broke the contract and were left out. */
  'content/page-analysed': { stored: boolean; marks?: PageMark[]; dropped?: number };
  'page/get-tab-report': TabReport;
  'page/analyse-tab': { injected: boolean };
  'needs/list': NeedsProfile[];
  'needs/save': NeedsProfile;
  'needs/delete': { deleted: boolean };
  'settings/get': Settings;
  'settings/save': Settings;
  'shops/list': string[];
  'shops/register': string[];
  'shops/unregister': string[];
  'data/export': DataFile;
  'data/import': { profiles: number; observations: number };
  'data/wipe': { wiped: true };
  'needs/import': { written: number };
}

type Schemas = typeof CONTENT_TO_BACKGROUND & typeof PAGE_TO_BACKGROUND;
export type MessageType = keyof Schemas;
export type ContentMessageType = keyof typeof CONTENT_TO_BACKGROUND;
export type PageMessageType = keyof typeof PAGE_TO_BACKGROUND;
export type Payload<T extends MessageType> = v.InferOutput<Schemas[T]>;

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}

export type ErrorCode = 'bad-message' | 'forbidden' | 'not-found' | 'storage' | 'quota' | 'internal';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export class NeedfitError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NeedfitError';
  }
}

/** Who sent a message, decided from the runtime's sender record, never from the payload. */
export type SenderKind = 'content' | 'extension-page' | 'unknown';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export function senderKind(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'unknown';
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && /^https?:\/\//.test(url)) return 'content';
  return 'unknown';
}

export type Checked =
  | { ok: true; sender: 'content'; message: Envelope<ContentMessageType>; dropped?: string[] }
  | { ok: true; sender: 'extension-page'; message: Envelope<PageMessageType> }
  | { ok: false; code: ErrorCode; message: string };

const has = (table: object, key: unknown): boolean =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key);

/** Checks a raw message's shape and whether this sender may send it. Pure, so it can be fuzzed. */
export function checkMessage(raw: unknown, kind: SenderKind): Checked {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, code: 'bad-message', message: 'A message must be an object with a type.' };
  }
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  const forContent = has(CONTENT_TO_BACKGROUND, type);
  const forPages = has(PAGE_TO_BACKGROUND, type);
  if (!forContent && !forPages) {
    return { ok: false, code: 'bad-message', message: `Unknown message type: ${String(type).slice(0, 60)}` };
  }
  if ((forContent && kind !== 'content') || (forPages && kind !== 'extension-page')) {
    return { ok: false, code: 'forbidden', message: `${String(type)} may not be sent from a ${kind} sender.` };
  }
  const schema: v.GenericSchema = forContent
    ? CONTENT_TO_BACKGROUND[type as ContentMessageType]
    : PAGE_TO_BACKGROUND[type as PageMessageType];
  const parsed = v.safeParse(schema, payload);
  if (!parsed.success && type === 'content/page-analysed') {
    // One bad card must not cost the shopper the whole page: keep what passes, say what did not.
    const salvaged = salvageAnalysis((payload as { analysis?: unknown } | null)?.analysis);
    if (salvaged) {
      const message = { type, payload: { analysis: salvaged.analysis } } as Envelope<ContentMessageType>;
      return { ok: true, sender: 'content', message, dropped: salvaged.dropped };
    }
  }
  if (!parsed.success) {
    return { ok: false, code: 'bad-message', message: `${String(type)}: ${v.summarize(parsed.issues).slice(0, 500)}` };
  }
  // The schema for `type` produced this output, so the pairing of type and payload holds.
  const message = { type, payload: parsed.output };
  return forContent
    ? { ok: true, sender: 'content', message: message as Envelope<ContentMessageType> }
    : { ok: true, sender: 'extension-page', message: message as Envelope<PageMessageType> };
}

/** The transport, injected so UI code and tests share one typed `send`. */
export type Transport = (message: unknown) => Promise<unknown>;

export async function send<T extends MessageType>(
  transport: Transport,
  type: T,
  payload: Payload<T>,
): Promise<Responses[T]> {
  const reply = (await transport({ type, payload })) as Reply<Responses[T]> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new NeedfitError('internal', 'The extension did not answer. Try reloading the page.');
  }
  if (!reply.ok) throw new NeedfitError(reply.error.code, reply.error.message);
  return reply.value;
}
