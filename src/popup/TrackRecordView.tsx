import type { TabReport } from '../messages.ts';
import { t, tn } from '../ui/i18n.ts';
import { monthOf, shortDate } from './words.ts';

/** What this shop pushed on the shopper's earlier visits, from the local log only. */
export function TrackRecordView({ report }: { report: TabReport }) {
  const record = report.trackRecord ?? null;
  if (!record || record.visits === 0 || record.since === null) return null;
  const shop = report.shop ?? '';
  return (
    <section class="track-record" aria-labelledby="record-heading">
      <h2 id="record-heading">{t('recordHeading', shop)}</h2>
      <p>
        {record.current
          ? tn('recordCurrent', record.visits, [String(record.current.visits), String(record.visits), shortDate(record.current.first)])
          : tn('recordVisits', record.visits, [String(record.visits), shortDate(record.since), String(record.pushingVisits)])}
      </p>
      {record.others.length > 0 && (
        <>
          <p>{t('recordOthersIntro')}</p>
          <ul class="record-others">
            {record.others.slice(0, 3).map((o) => (
              <li key={o.title}>
                {o.title} <span class="muted">({tn('recordOtherVisits', o.visits, [String(o.visits), monthOf(o.last)])})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
