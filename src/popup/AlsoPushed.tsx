import type { TabReport } from '../messages.ts';
import type { Fit } from '../core/verdict.ts';
import { formatPrice, t } from '../ui/i18n.ts';

const FIT_WORDS: Record<Fit, string> = { fits: 'altFits', partly: 'altPartly', unknown: 'altUnknown', misfit: 'altMisfit' };

/** Further cards the shop pushes on the same listing, each with how it fits. */
export function AlsoPushed({ report }: { report: TabReport }) {
  const others = report.alsoPushed ?? [];
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="also-heading">
      <h2 id="also-heading">{t('alsoPushedHeading')}</h2>
      <ul class="alt-list">
        {others.map((o, i) => (
          <li key={i} data-fit={o.fit.fit}>
            {o.title}
            <span class="alt-meta">
              {o.price ? formatPrice(o.price.amount, o.price.currency) : t('noPrice')} · {t(FIT_WORDS[o.fit.fit])}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
