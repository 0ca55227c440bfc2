import type { TabReport } from '../messages.ts';
import { formatNumber, t, tn } from '../ui/i18n.ts';
import { monthOf, shortDate } from './words.ts';
import { Fold } from './Fold.tsx';

/** What this shop pushed on the shopper's earlier visits, from the local log only. */
export function TrackRecordView({ report }: { report: TabReport }) {
  const record = report.trackRecord ?? null;
  if (!record || record.visits === 0 || record.since === null) return null;
  const shop = report.shop ?? '';
  return (
    <Fold id="record-heading" class="track-record" heading={t('recordHeading', shop)}>
      <p>
        {record.current
          ? tn('recordCurrent', record.visits, [formatNumber(record.current.visits), formatNumber(record.visits), shortDate(record.current.first)])
          : tn('recordVisits', record.visits, [formatNumber(record.visits), shortDate(record.since), formatNumber(record.pushingVisits)])}
      </p>
      {record.others.length > 0 && (
        <>
          <p>{t('recordOthersIntro')}</p>
          <ul class="record-others">
            {record.others.slice(0, 3).map((o) => (
              <li key={o.title}>
                {o.title} <span class="muted">({tn('recordOtherVisits', o.visits, [formatNumber(o.visits), monthOf(o.last)])})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Fold>
  );
}

/** What the other shops of this shop's chain pushed on her visits there: the same company elsewhere. */
export function ChainRecordView({ report }: { report: TabReport }) {
  const record = report.chainRecord ?? null;
  if (!record || record.shops.length === 0) return null;
  return (
    <Fold id="chain-heading" class="chain-record" heading={t('chainHeading', record.chain)}>
      <ul>
        {record.shops.map((s) => (
          <li key={s.shop} data-pushed-this={s.current ? 'true' : 'false'}>
            {s.current
              ? tn('chainPushedThis', s.visits, [s.shop, formatNumber(s.current.visits), shortDate(s.current.first), formatNumber(s.visits)])
              : tn('chainNotThis', s.visits, [s.shop, '0', shortDate(s.since ?? 0), formatNumber(s.visits)])}
            {!s.current && s.others.length > 0 && (
              <>
                <br />
                <span class="muted">{t('chainInstead', s.others.slice(0, 3).map((o) => o.title).join('; '))}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      <p class="muted">{t('chainNote')}</p>
    </Fold>
  );
}
