import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TabReport } from '../messages.ts';
import { send } from '../ui/messaging.ts';
import { t } from '../ui/i18n.ts';
import { VerdictView } from './VerdictView.tsx';
import { Alternatives } from './Alternatives.tsx';
import { PriceTruthView } from './PriceTruthView.tsx';
import { ChainRecordView, TrackRecordView } from './TrackRecordView.tsx';
import { ElsewhereView } from './ElsewhereView.tsx';
import { ComparisonView } from './ComparisonView.tsx';
import { AlsoPushed } from './AlsoPushed.tsx';
import { NoProfile, ProfileSelect } from './NoProfile.tsx';

type State =
  | { phase: 'loading' }
  | { phase: 'ready'; report: TabReport }
  | { phase: 'error'; message: string };

const RENDERED_MARK = 'needfit:popup-rendered';
const POLL_MS = 300;
const POLL_TRIES = 10;

export function Popup({ tabId, first = null }: { tabId: number | null; first?: Promise<TabReport> | null }) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [profileId, setProfileId] = useState<string | undefined>(undefined);
  // The report main.tsx asked for before rendering serves the first load only.
  const early = useRef(first);

  const load = useCallback(async () => {
    if (tabId === null) {
      setState({ phase: 'error', message: t('errorNoTab') });
      return;
    }
    try {
      const asked = early.current;
      early.current = null;
      let report = await (asked ?? send('page/get-tab-report', { tabId, profileId }));
      if (!report.analysis) {
        // Not a known shop: the toolbar click granted activeTab, so analyse it now.
        await send('page/analyse-tab', { tabId }).catch(() => undefined);
        for (let i = 0; i < POLL_TRIES && !report.analysis; i++) {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          report = await send('page/get-tab-report', { tabId, profileId });
        }
      }
      setState({ phase: 'ready', report });
    } catch (error) {
      setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [tabId, profileId]);

  // Layout effects run right after the commit, not a frame later: no idle wait before asking.
  useLayoutEffect(() => {
    void load();
  }, [load]);

  useLayoutEffect(() => {
    // Read by `npm run bench`: time from the popup opening to its answer in the document,
    // marked once it is committed and laid out, just before the browser paints that frame.
    if (state.phase !== 'loading' && performance.getEntriesByName(RENDERED_MARK).length === 0) {
      performance.mark(RENDERED_MARK);
    }
  }, [state.phase]);

  return (
    <main class="popup" aria-busy={state.phase === 'loading' ? 'true' : 'false'}>
      <header class="top">
        <h1 class="brand">Needfit</h1>
        {state.phase === 'ready' && <ProfilePick report={state.report} onProfile={setProfileId} />}
        {!asksForNeeds(state) && (
          <button type="button" class="secondary small" onClick={openOptions}>
            {t('editNeedsShort')}
          </button>
        )}
      </header>
      {state.phase === 'loading' && <p role="status">{t('loading')}</p>}
      {state.phase === 'error' && (
        <p role="alert" class="error">
          {state.message}
        </p>
      )}
      {state.phase === 'ready' && <Report report={state.report} onProfile={setProfileId} />}
    </main>
  );
}

const openOptions = () => void browser.runtime.openOptionsPage();

/** A shop page and no profile yet: the popup's own call to enter needs is the only one. */
const asksForNeeds = (state: State) =>
  state.phase === 'ready' && state.report.profiles.length === 0 && !!state.report.analysis && state.report.analysis.kind !== 'other';

/** Which of her profiles judges the item, when she has more than one for it. */
function ProfilePick({ report, onProfile }: { report: TabReport; onProfile: (id: string) => void }) {
  if (!report.analysis || report.analysis.kind === 'other' || report.profiles.length < 2 || !report.profile) return null;
  return (
    <label class="profile-pick">
      {t('profileLabel')}{' '}
      <ProfileSelect report={report} value={report.profile.id} onProfile={onProfile} />
    </label>
  );
}

function Report({ report, onProfile }: { report: TabReport; onProfile: (id: string) => void }) {
  if (!report.analysis || report.analysis.kind === 'other') {
    return <p role="status">{t('notAShopPage')}</p>;
  }
  if (report.profiles.length === 0 && !report.subject) {
    return <NoProfile report={report} onProfile={onProfile} />;
  }
  return (
    <>
      <VerdictView report={report} onProfile={onProfile} />
      <ComparisonView report={report} />
      <Alternatives report={report} />
      <AlsoPushed report={report} />
      <PriceTruthView report={report} />
      <ElsewhereView report={report} />
      <TrackRecordView report={report} />
      <ChainRecordView report={report} />
    </>
  );
}
