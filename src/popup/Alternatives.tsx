import type { TabReport } from '../messages.ts';
import type { Candidate } from '../core/alternatives.ts';
import type { Fit } from '../core/verdict.ts';
import { formatNumber, formatPrice, t } from '../ui/i18n.ts';
import { shortDate } from './words.ts';
import { Fold } from './Fold.tsx';
import { comparisonColumns } from './columns.ts';

const FIT_WORDS: Record<Fit, string> = { fits: 'altFits', partly: 'altPartly', unknown: 'altUnknown', misfit: 'altMisfit' };

function fitWords(c: Candidate): string {
  return c.fit.fit === 'unknown' ? t('altUnknownCount', formatNumber(c.fit.mustUnknown)) : t(FIT_WORDS[c.fit.fit]);
}

function Name({ c }: { c: Candidate }) {
  // A link only to a web page: page text never becomes a javascript: URL.
  return c.url && /^https?:\/\//.test(c.url) ? (
    <a href={c.url} target="_blank" rel="noreferrer">
      {c.title}
    </a>
  ) : (
    <>{c.title}</>
  );
}

/** Better-fitting items, best first, and the "you'd pay more" note. */
export function Alternatives({ report }: { report: TabReport }) {
  const list = report.alternatives ?? [];
  const overpay = report.overpay ?? null;
  const pushedNothing = !report.subject;
  if (list.length === 0 && !overpay) return null;
  // Folded when the comparison table already sets the best of them beside the pushed item,
  // unless the "you'd pay more" note has to be read.
  const heading = t(pushedNothing ? 'altHeadingNoPush' : report.analysis?.kind === 'listing' ? 'altHeadingListing' : 'altHeadingEarlier');
  const open = comparisonColumns(report).length === 0 || overpay !== null;
  return (
    <Fold id="alt-heading" class="alternatives" heading={list.length > 0 ? `${heading} (${formatNumber(list.length)})` : heading} open={open}>
      {overpay && (
        <p class="overpay" data-overpay="true">
          {t('overpayNote', [formatPrice(overpay.difference.amount, overpay.difference.currency)])} <Name c={overpay.than} />
          {t('overpayTail')}
        </p>
      )}
      {list.length > 0 && (
        <ol class="alt-list">
          {list.map((c) => (
            <li key={c.key} data-fit={c.fit.fit}>
              <Name c={c} />
              <span class="alt-meta">
                {c.price ? formatPrice(c.price.amount, c.price.currency) : t('noPrice')} · {fitWords(c)}
                {c.availability === 'OutOfStock' && (
                  <>
                    {' · '}
                    <span class="stock stock-out" data-stock="OutOfStock">{t('stockOut')}</span>
                  </>
                )}
                {c.seen === 'earlier' && c.seenAt !== null && <> · {t('seenOn', shortDate(c.seenAt))}</>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Fold>
  );
}
