import type { PricePoint } from '../core/price-truth.ts';
import { formatNumber, formatPrice, t } from '../ui/i18n.ts';
import { shortDate } from './words.ts';

const W = 320;
const H = 90;
const PAD = 6;

/**
 * The observed prices as a small step line, drawn by hand (no chart library). Screen readers
 * get a one-line summary and, hidden visually, the same figures as a table.
 */
export function PriceChart({ points }: { points: PricePoint[] }) {
  if (points.length < 2) return null;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const amounts = points.map((p) => p.price.amount);
  const low = Math.min(...amounts);
  const high = Math.max(...amounts);
  const span = Math.max(1, last.at - first.at);
  const range = high - low || 1;
  const x = (at: number) => PAD + ((at - first.at) / span) * (W - 2 * PAD);
  const y = (amount: number) => (high === low ? H / 2 : PAD + ((high - amount) / range) * (H - 2 * PAD));
  // A price holds until the next observation: steps, not slopes.
  const path = points
    .map((p, i) => (i === 0 ? `M${x(p.at).toFixed(1)} ${y(p.price.amount).toFixed(1)}` : `H${x(p.at).toFixed(1)} V${y(p.price.amount).toFixed(1)}`))
    .join(' ');
  const money = (amount: number) => formatPrice(amount, last.price.currency);
  const summary = t('chartSummary', [formatNumber(points.length), shortDate(first.at), shortDate(last.at), money(low), money(high)]);
  return (
    <figure class="chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" focusable="false">
        <line x1={PAD} x2={W - PAD} y1={y(low)} y2={y(low)} class="chart-low" />
        <path d={path} class="chart-line" />
        {points.map((p, i) => (
          <circle key={i} cx={x(p.at)} cy={y(p.price.amount)} r="2.5" class="chart-dot" />
        ))}
      </svg>
      <figcaption class="muted chart-axis" aria-hidden="true">
        <span>{shortDate(first.at)}</span>
        <span>
          {money(low)}–{money(high)}
        </span>
        <span>{shortDate(last.at)}</span>
      </figcaption>
      <table class="visually-hidden">
        <caption>{t('chartTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chartDate')}</th>
            <th scope="col">{t('chartPrice')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={i}>
              <td>{shortDate(p.at)}</td>
              <td>{formatPrice(p.price.amount, p.price.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
