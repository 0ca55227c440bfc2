/**
 * What the worker does for each accepted message. Browser APIs arrive as `deps`, so the
 * same handlers run against fake-indexeddb and a fake browser in unit tests.
 */
import { LIMITS, type NeedsProfile } from '../core/needs.ts';
import { problemInEnglish, readProfile } from '../core/needs-check.ts';
import type { Verdict } from '../core/verdict.ts';
import { interpretAnalysis } from '../core/interpret.ts';
import { languageOf, type Language } from '../core/describe.ts';
import { NeedfitError, type Envelope, type PageMessageType, type Responses, type ContentMessageType, type TabReport } from '../messages.ts';
import type { Store } from '../storage/store.ts';
import { DATA_FORMAT, DATA_VERSION } from '../schema/data.ts';
import { buildReport, marksOf } from './report.ts';
import { fillShelves } from './shelves.ts';
import type { ReadShelvesRequest } from '../content/requests.ts';

/** Whatever sends a profile, it is stored only as the editor and the importers check it. */
function checkedProfile(profile: NeedsProfile): NeedsProfile {
  const read = readProfile(profile);
  if (!read.ok) throw new NeedfitError('bad-message', `Profile "${profile.name}" refused: ${read.problems.map(problemInEnglish).join('; ')}`);
  return read.profile;
}

const DAY_MS = 86_400_000;

export interface WorkerDeps {
  store: () => Promise<Store>;
  now: () => number;
  /** Injects the content script into a tab the shopper pointed at (activeTab). */
  injectContentScript: (tabId: number) => Promise<void>;
  /** Shows the verdict on the toolbar button of one tab. */
  showBadge: (tabId: number, verdict: Verdict | null) => Promise<void>;
  registerShops: (origins: string[]) => Promise<string[]>;
  unregisterShop: (origin: string) => Promise<string[]>;
  listShops: () => Promise<string[]>;
  /** Sends a request to a tab's content script and resolves with its answer (rejects on none). */
  askTab: (tabId: number, request: ReadShelvesRequest) => Promise<unknown>;
}

export async function reportFor(deps: WorkerDeps, tabId: number, profileId?: string): Promise<TabReport> {
  const store = await deps.store();
  // The popup shows a product page's alternatives: its shelves are read now, once.
  await fillShelves(store, tabId, deps.askTab);
  const report = await buildReport(store, tabId, deps.now(), profileId);
  // A pick among profiles of the product's own category is remembered for that category.
  const choice = report.profileChoice;
  if (choice?.why === 'picked' && choice.category && report.profile?.category === choice.category) {
    await store.rememberChoice(choice.category, report.profile.id);
  }
  return report;
}

/** The worker's UI language for texts it writes itself (marks on the page). */
const workerLanguage = (): Language => languageOf(globalThis.navigator?.language ?? 'en');

export async function handleContent(
  deps: WorkerDeps,
  message: Envelope<ContentMessageType>,
  tabId: number,
  dropped: string[] = [],
): Promise<Responses[ContentMessageType]> {
  const store = await deps.store();
  const now = deps.now();
  // The content script reports spec rows as printed; what they mean is worked out here.
  const stored = await store.recordPage(tabId, interpretAnalysis(message.payload.analysis), now, dropped);
  // Keep history only as long as the shopper chose; an empty index range costs next to nothing.
  const { historyDays, markPage } = await store.getSettings();
  await store.pruneObservations(now - historyDays * DAY_MS);
  const report = await buildReport(store, tabId, now, undefined, false);
  await deps.showBadge(tabId, report.verdict).catch(() => undefined);
  // Marking is off by default: only then does the reply carry which cards to outline.
  const told = dropped.length > 0 ? { dropped: dropped.length } : {};
  return markPage ? { stored, marks: marksOf(report, workerLanguage()), ...told } : { stored, ...told };
}

export async function handlePage<T extends PageMessageType>(
  deps: WorkerDeps,
  message: Envelope<T>,
): Promise<Responses[T]> {
  const store = await deps.store();
  // Each branch returns the response type of its own message; TypeScript cannot narrow T
  // through the switch, hence the single cast at the end.
  const result: unknown = await (async () => {
    const m = message as Envelope<PageMessageType>;
    switch (m.type) {
      case 'page/get-tab-report': {
        const { tabId, profileId } = m.payload as Envelope<'page/get-tab-report'>['payload'];
        return reportFor(deps, tabId, profileId);
      }
      case 'page/analyse-tab': {
        const { tabId } = m.payload as Envelope<'page/analyse-tab'>['payload'];
        await deps.injectContentScript(tabId);
        return { injected: true };
      }
      case 'needs/list':
        return store.listProfiles();
      case 'needs/save': {
        const { profile } = m.payload as Envelope<'needs/save'>['payload'];
        const existing = await store.listProfiles();
        if (!existing.some((p) => p.id === profile.id) && existing.length >= 50) {
          throw new NeedfitError('bad-message', 'You already have 50 needs profiles; delete one before adding another.');
        }
        return store.saveProfile({ ...checkedProfile(profile), updatedAt: deps.now() });
      }
      case 'needs/delete': {
        const { id } = m.payload as Envelope<'needs/delete'>['payload'];
        return { deleted: await store.deleteProfile(id) };
      }
      case 'settings/get':
        return store.getSettings();
      case 'settings/save': {
        const { settings } = m.payload as Envelope<'settings/save'>['payload'];
        return store.saveSettings(settings);
      }
      case 'shops/list':
        return deps.listShops();
      case 'shops/register': {
        const { origins } = m.payload as Envelope<'shops/register'>['payload'];
        return deps.registerShops(origins);
      }
      case 'shops/unregister': {
        const { origin } = m.payload as Envelope<'shops/unregister'>['payload'];
        return deps.unregisterShop(origin);
      }
      case 'data/export':
        return { format: DATA_FORMAT, version: DATA_VERSION, exportedAt: deps.now(), ...(await store.exportAll()) };
      case 'data/import': {
        const { data } = m.payload as Envelope<'data/import'>['payload'];
        await store.replaceAll({ ...data, profiles: data.profiles.map(checkedProfile) });
        return { profiles: data.profiles.length, observations: data.observations.length };
      }
      case 'data/wipe':
        await store.wipe();
        return { wiped: true };
      case 'needs/import': {
        const { profiles } = m.payload as Envelope<'needs/import'>['payload'];
        const at = deps.now();
        return { written: await store.importProfiles(profiles.map((p) => ({ ...checkedProfile(p), updatedAt: at })), LIMITS.profiles) };
      }
    }
  })();
  return result as Responses[T];
}
