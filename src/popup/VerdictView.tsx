import type { TabReport } from '../messages.ts';
import type { Fit, RowStatus, Verdict } from '../core/verdict.ts';
import type { Product } from '../extract/types.ts';
import { formatPrice, t, uiLanguage } from '../ui/i18n.ts';

const HEADLINE: Record<Fit, string> = {
  fits: 'verdictFits',
  partly: 'verdictPartly',
  misfit: 'verdictMisfit',
  unknown: 'verdictUnknown',
};

const MARK: Record<RowStatus, string> = { met: '✓', unmet: '✗', unknown: '?' };
const MARK_LABEL: Record<RowStatus, string> = { met: 'rowMet', unmet: 'rowUnmet', unknown: 'rowUnknown' };

export function headline(verdict: Verdict): string {
  const base = t(HEADLINE[verdict.fit]);
  if (verdict.fit === 'misfit') {
    return t('headlineMisses', [base, String(verdict.mustUnmet), String(verdict.mustTotal)]);
  }
  return base;
}

function ProductSummary({ product }: { product: Product }) {
  // Page text goes in as text nodes only; Preact never parses it as HTML.
  return (
    <section class="product" aria-label={t('productHeading')}>
      <h2 class="product-name">{product.name ?? t('unnamedProduct')}</h2>
      {product.brand && <p class="muted">{product.brand}</p>}
      <p class="price">
        {product.price ? formatPrice(product.price.amount, product.price.currency) : t('noPrice')}
        {product.priorPrice && (
          <span class="muted">
            {' '}
            ({product.priorPrice.label}: <s>{formatPrice(product.priorPrice.amount, product.priorPrice.currency)}</s>)
          </span>
        )}
      </p>
    </section>
  );
}

export function VerdictView({ report }: { report: TabReport }) {
  const { analysis, verdict } = report;
  const product = analysis?.product;
  if (!product || !verdict) return <p role="status">{t('noProductFound')}</p>;
  return (
    <>
      <ProductSummary product={product} />
      <section
        class={`verdict verdict-${verdict.fit}`}
        data-verdict={verdict.fit}
        data-promoted={String(verdict.promoted)}
        aria-live="polite"
      >
        <h2 class="headline">{headline(verdict)}</h2>
        {verdict.promoted && <p class="promoted">{t('promotedNote')}</p>}
        <table class="rows">
          <caption class="visually-hidden">{t('rowsCaption', report.profile?.name ?? '')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colStatus')}</th>
              <th scope="col">{t('colNeed')}</th>
              <th scope="col">{t('colFound')}</th>
            </tr>
          </thead>
          <tbody>
            {verdict.rows.map((row) => (
              <tr key={row.id} class={`row-${row.status}`}>
                <td>
                  <span aria-hidden="true">{MARK[row.status]}</span>
                  <span class="visually-hidden">{t(MARK_LABEL[row.status])}</span>
                </td>
                <td>
                  {row.id === 'budget' && report.profile?.budget
                    ? t('needBudget', formatPrice(report.profile.budget.max, report.profile.budget.currency))
                    : (row.need?.[uiLanguage().toLowerCase().startsWith('fi') ? 'fi' : 'en'] ?? row.attribute)}
                </td>
                <td>
                  {row.found ?? t('notStated')}
                  {row.where ? <span class="muted"> {t('foundUnder', row.where)}</span> : row.where === '' && row.id !== 'budget' ? <span class="muted"> {t('foundInTitle')}</span> : null}
                  {row.evidence && <span class="muted"> ({t('sourceLabel', row.evidence)})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {product.promotions.length > 0 && (
          <>
            <h3>{t('promotionsHeading')}</h3>
            <ul class="promotions">
              {product.promotions.map((p, i) => (
                <li key={i}>
                  <q>{p.text}</q> <span class="muted">({t(`promo_${p.type.replace('-', '_')}`)})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
