import type { TabReport } from '../messages.ts';
import type { PriceTruth } from '../core/price-truth.ts';
import { formatPrice, t } from '../ui/i18n.ts';
import { PriceChart } from './PriceChart.tsx';
import { shortDate } from './words.ts';

function claimText(truth: PriceTruth): string | null {
  const money = (m: { amount: number; currency: string | null } | null) => (m ? formatPrice(m.amount, m.currency) : '');
  switch (truth.status) {
    case 'inflated': {
      const lowest = truth.lowestStated && (!truth.lowestObserved || truth.lowestStated.amount <= truth.lowestObserved.price.amount) ? truth.lowestStated : (truth.lowestObserved?.price ?? null);
      return t('truthInflated', [String(truth.claimedPercent ?? 0), money(truth.prior), money(lowest), String(truth.realPercent ?? 0)]);
    }
    case 'consistent':
      return t('truthConsistent', [String(truth.claimedPercent ?? 0)]);
    case 'unverifiable':
      return t('truthUnverifiable', [String(truth.claimedPercent ?? 0), money(truth.prior)]);
    default:
      return null;
  }
}

/** The prior-price claim against the EU 30-day rule, honest about what our own history covers. */
export function PriceTruthView({ report }: { report: TabReport }) {
  const truth = report.priceTruth ?? null;
  const points = report.priceHistory ?? [];
  if (!truth) return null;
  const claim = claimText(truth);
  if (!claim && points.length < 2) return null;
  return (
    <section class="price-truth" aria-labelledby="truth-heading" data-claim={truth.status}>
      <h2 id="truth-heading">{t('truthHeading')}</h2>
      {claim && <p class={truth.status === 'inflated' ? 'truth-bad' : undefined}>{claim}</p>}
      <p class="muted">
        {truth.observedSince === null
          ? t('historyNone')
          : t(truth.historyHasGaps ? 'historySinceGaps' : 'historySince', [shortDate(truth.observedSince), String(points.length)])}
      </p>
      <PriceChart points={points} />
    </section>
  );
}
