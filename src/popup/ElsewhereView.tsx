import type { TabReport } from '../messages.ts';
import type { ElsewhereEntry } from '../core/elsewhere.ts';
import { formatNumber, formatPrice, t } from '../ui/i18n.ts';
import { shortDate } from './words.ts';
import { Fold } from './Fold.tsx';

/** "200 € cheaper at power.fi on 20 Nov": the price there against this page's, never converted. */
function priceLine(e: ElsewhereEntry): string {
  if (!e.price) return t('elsewhereNoPrice', [e.shop, shortDate(e.at)]);
  const date = shortDate(e.priceAt ?? e.at);
  if (e.difference === null || !e.price.currency) return t('elsewherePrice', [formatPrice(e.price.amount, e.price.currency), e.shop, date]);
  if (e.difference === 0) return t('elsewhereSame', [e.shop, date]);
  const by = formatPrice(Math.abs(e.difference), e.price.currency);
  return t(e.difference < 0 ? 'elsewhereCheaper' : 'elsewhereDearer', [by, e.shop, date]);
}

/** Where else the shopper saw this product, from her own visits on this machine; open when it was cheaper there. */
export function ElsewhereView({ report }: { report: TabReport }) {
  const entries = report.elsewhere ?? [];
  if (entries.length === 0) return null;
  return (
    <Fold id="elsewhere-heading" class="elsewhere" heading={`${t('elsewhereHeading')} (${formatNumber(entries.length)})`} open={entries.some((e) => e.difference !== null && e.difference < 0)}>
      <ul>
        {entries.map((e) => (
          <li key={e.shop}>
            {priceLine(e)}{' '}
            {e.price && e.difference !== null && (
              <span class="muted">({formatPrice(e.price.amount, e.price.currency)})</span>
            )}
            {e.sameChain && <span class="muted">{t('elsewhereSameChain', e.sameChain)}</span>}
            <br />
            <span class={e.pushed ? 'pushed' : 'muted'}>
              {e.pushed ? t('elsewherePushed', e.labels.join(', ') || '–') : t('elsewhereNotPushed')}
            </span>
          </li>
        ))}
      </ul>
      <p class="muted">{t('elsewhereNote')}</p>
    </Fold>
  );
}
