import type { TabReport } from '../messages.ts';
import type { PriceTruth } from '../core/price-truth.ts';
import { formatNumber, formatPrice, t, tn } from '../ui/i18n.ts';
import { PriceChart } from './PriceChart.tsx';
import { shortDate } from './words.ts';
import { Fold } from './Fold.tsx';

function claimText(truth: PriceTruth): string | null {
  const money = (m: { amount: number; currency: string | null } | null) => (m ? formatPrice(m.amount, m.currency) : '');
  switch (truth.status) {
    case 'inflated': {
      const lowest = truth.lowestStated && (!truth.lowestObserved || truth.lowestStated.amount <= truth.lowestObserved.price.amount) ? truth.lowestStated : (truth.lowestObserved?.price ?? null);
      return t('truthInflated', [formatNumber(truth.claimedPercent ?? 0), money(truth.prior), money(lowest), formatNumber(truth.realPercent ?? 0)]);
    }
    case 'consistent':
      return t('truthConsistent', [formatNumber(truth.claimedPercent ?? 0)]);
    case 'unverifiable':
      return t('truthUnverifiable', [formatNumber(truth.claimedPercent ?? 0), money(truth.prior)]);
    default:
      return null;
  }
}

/** Where the 30-day low came from: the page's own statement, or the shopper's own observations. */
function sourceText(truth: PriceTruth): string {
  if (truth.reference === 'page') return t('truthSourcePage');
  const since = truth.observedSince ?? truth.lowestObserved?.at ?? Date.now();
  return tn('truthSourceObserved', truth.observationsIn30d, [formatNumber(truth.observationsIn30d), shortDate(since)]);
}

/** What our own history covers, without claiming gaps it does not have. */
function historyText(truth: PriceTruth, seen: number): string {
  if (truth.observedSince === null) return t('historyNone');
  const line = tn('historySeen', seen, [shortDate(truth.observedSince), formatNumber(seen)]);
  return truth.historyHasGaps ? `${line} ${t('historyGaps')}` : line;
}

/** The prior-price claim against the EU 30-day rule, honest about what our own history covers. */
export function PriceTruthView({ report }: { report: TabReport }) {
  const truth = report.priceTruth ?? null;
  const points = report.priceHistory ?? [];
  if (!truth) return null;
  const claim = claimText(truth);
  if (!claim && points.length < 2) return null;
  // The answer in the heading ("Is the discount real? no: really 5 % off"); the reasoning and
  // the history open from it, and are open to begin with when the discount is not what it claims.
  const answer = claim ? t(`truthAnswer_${truth.status}`, formatNumber(truth.realPercent ?? 0)) : null;
  return (
    <Fold
      id="truth-heading"
      class="price-truth"
      heading={answer ? <>{t('truthHeading')} <span class={truth.status === 'inflated' ? 'truth-bad' : 'muted'}>{answer}</span></> : t('truthHeading')}
      open={truth.status === 'inflated' || !claim}
      data={{ 'data-claim': truth.status }}
    >
      {claim && <p class={truth.status === 'inflated' ? 'truth-bad' : undefined}>{claim}</p>}
      {claim && truth.reference && <p class="muted truth-source" data-reference={truth.reference}>{sourceText(truth)}</p>}
      <p class="muted history">{historyText(truth, points.length)}</p>
      <PriceChart points={points} />
    </Fold>
  );
}
