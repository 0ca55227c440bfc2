import type { ComponentChildren } from 'preact';
import type { Subject, TabReport } from '../messages.ts';
import type { Fit, RowStatus, Verdict, VerdictRow } from '../core/verdict.ts';
import type { PromotionType } from '../contract/analysis.ts';
import type { Labels } from '../core/vocabulary/index.ts';
import { formatNumber, formatPrice, t, uiLanguage } from '../ui/i18n.ts';
import { lang, midSentence, sourceName } from './words.ts';
import { attributeLabel, formatQuantity, withUnitSign } from '../core/describe.ts';
import { NoProfile } from './NoProfile.tsx';
import { Fold } from './Fold.tsx';
import { comparisonColumns } from './columns.ts';

const HEADLINE: Record<Fit, string> = {
  fits: 'verdictFits',
  partly: 'verdictPartly',
  misfit: 'verdictMisfit',
  unknown: 'verdictUnknown',
};

export const MARK: Record<RowStatus, string> = { met: '✓', unmet: '✗', unknown: '?' };
export const MARK_LABEL: Record<RowStatus, string> = { met: 'rowMet', unmet: 'rowUnmet', unknown: 'rowUnknown' };

/** The verdict in plain words, naming what is missing or not stated. */
export function headline(verdict: Verdict, unstated: Labels[] = []): string {
  if (verdict.fit === 'misfit') {
    const counts = [formatNumber(verdict.mustUnmet), formatNumber(verdict.mustTotal)];
    return verdict.promoted ? t('headlinePromotedMisses', counts) : t('headlineMisses', [t('verdictMisfit'), ...counts]);
  }
  if (verdict.fit === 'unknown' && unstated.length > 0) {
    return t('headlineUnstated', unstated.map((u) => midSentence(u[lang()])).join(', '));
  }
  const currency = verdict.fit === 'unknown' ? verdict.rows.find((r) => r.otherCurrency && r.status === 'unknown')?.otherCurrency : undefined;
  if (currency) return t('headlineOtherCurrency', [currency.price, currency.budget]);
  if (verdict.fit === 'fits' && verdict.promoted) return t('headlinePromotedFits');
  return t(HEADLINE[verdict.fit]);
}

const MAX_LINE_PARTS = 4;

/** "50″", "60 Hz", "3": a number as the UI language writes it, with its unit. */
function quantity(value: number, unit: string | null): string {
  return withUnitSign(formatQuantity(value, uiLanguage()), unit);
}

/** One miss in a few characters: "50″ < 55″", "949,00 € > 900,00 €", else the need in words. */
function missOf(row: VerdictRow, report: TabReport): string {
  if (row.gap) {
    const { found, wanted, unit, side } = row.gap;
    const compared = `${quantity(found, unit)} ${side === 'below' ? '<' : '>'} ${quantity(wanted, unit)}`;
    // A count has no unit to say what it counts ("0 < 2"): the attribute's name does.
    return unit ? compared : `${attributeLabel(row.attribute, lang())} ${compared}`;
  }
  const budget = report.profile?.budget;
  if (row.id === 'budget' && row.money && budget && !row.otherCurrency) {
    return `${formatPrice(row.money.amount, row.money.currency ?? budget.currency)} > ${formatPrice(budget.max, budget.currency)}`;
  }
  return needOf(row, report);
}

/**
 * The verdict in one line, first in the popup: what fails, in numbers where there are
 * numbers ("Ei sovi: 50″ < 55″ · 60 Hz < 100 Hz · 949,00 € > 900,00 €"), or that it fits,
 * or what the page does not say.
 */
export function verdictLine(verdict: Verdict, report: TabReport): string {
  if (verdict.fit === 'fits') return t('lineFits');
  if (verdict.fit === 'unknown') return headline(verdict, report.unstated);
  const misses = verdict.rows.filter((r) => r.status === 'unmet' && (verdict.fit === 'partly' || r.importance === 'must'));
  const parts = misses.slice(0, MAX_LINE_PARTS).map((r) => missOf(r, report));
  if (misses.length > MAX_LINE_PARTS) parts.push(`+${misses.length - MAX_LINE_PARTS}`);
  return t(verdict.fit === 'misfit' ? 'lineMisfit' : 'linePartly', parts.join(' · '));
}

/** A missing price in the shopper's words: a product page says why; a card has just none. */
const NO_PRICE_WORDS = { 'not-shown': 'priceNotShown', 'not-confirmed': 'priceNotConfirmed', none: 'noPrice' } as const;

function SubjectSummary({ subject }: { subject: Subject }) {
  // Page text goes in as text nodes only; Preact never parses it as HTML.
  const name = subject.title ?? t('unnamedProduct');
  return (
    <section class="product" aria-label={t(subject.index < 0 ? 'productHeading' : 'pushedCardHeading')}>
      {subject.index >= 0 && <p class="muted kicker">{t('pushedCardKicker', formatNumber(subject.index + 1))}</p>}
      <h2 class="product-name clamp" title={name}>{subject.index >= 0 && subject.url ? <a href={subject.url} target="_blank" rel="noreferrer">{name}</a> : name}</h2>
      <p class="price">
        {subject.price ? formatPrice(subject.price.amount, subject.price.currency) : t(NO_PRICE_WORDS[subject.priceNote ?? 'none'])}
        {subject.availability && (
          <span class={`stock stock-${subject.availability === 'InStock' ? 'in' : 'out'}`} data-stock={subject.availability}>
            {' · '}
            {t(subject.availability === 'InStock' ? 'stockIn' : 'stockOut')}
          </span>
        )}
        {subject.priorPrice && (
          <span class="muted">
            {' '}
            ({t('priorPriceLabel')}: <s>{formatPrice(subject.priorPrice.amount, subject.priorPrice.currency)}</s>)
          </span>
        )}
      </p>
    </section>
  );
}

export function needOf(row: VerdictRow, report: TabReport): string {
  if (row.id === 'budget' && report.profile?.budget) {
    return t('needBudget', formatPrice(report.profile.budget.max, report.profile.budget.currency));
  }
  return row.need?.[lang()] ?? row.attribute;
}

function Evidence({ row }: { row: VerdictRow }) {
  return (
    <>
      {row.money ? formatPrice(row.money.amount, row.money.currency) : (row.found ?? t('notStated'))}
      {row.otherCurrency && <span class="muted other-currency"> {t('otherCurrency', [row.otherCurrency.price, row.otherCurrency.budget])}</span>}
      {row.where ? <span class="muted"> {t('foundUnder', row.where)}</span> : null}
      {row.where === '' && row.id !== 'budget' && row.evidence !== 'title' ? <span class="muted"> {t('foundInTitle')}</span> : null}
      {row.evidence && <span class="muted"> ({t('sourceLabel', sourceName(row.evidence))})</span>}
    </>
  );
}

/** The words for a kind of promotion: "paid placement", "campaign or deal". */
export const promotionWords = (type: PromotionType) => t(`promo_${type.replace('-', '_')}`);

/** A kind of signal in a word or two, for the comparison table: "paid", "campaign". */
export const pushWord = (kind: PromotionType | 'pinned' | 'shelf') => t(`pushShort_${kind.replace('-', '_')}`);

/** Every signal that the shop pushes the item: the words found on the page (if any), its kind, and that kind in short. */
export function signalsOf(subject: Subject): { text: string | null; kind: string; short: string }[] {
  const signals = subject.promotions.map((p) => ({ text: p.text as string | null, kind: promotionWords(p.type), short: pushWord(p.type) }));
  if (subject.sponsored && !subject.promotions.some((p) => p.type === 'sponsored')) signals.push({ text: null, kind: t('promo_sponsored'), short: pushWord('sponsored') });
  if (subject.reasons.some((r) => r.startsWith('pinned first'))) signals.push({ text: null, kind: t('signalPinned'), short: pushWord('pinned') });
  if (subject.shelf) signals.push({ text: subject.shelf, kind: t('signalShelf'), short: pushWord('shelf') });
  return signals;
}

/** Every signal that the shop pushes the item, with the words found on the page. */
function Signals({ subject }: { subject: Subject }) {
  const signals = signalsOf(subject);
  if (signals.length === 0) return null;
  return (
    <>
      <h3>{t('promotionsHeading')}</h3>
      <ul class="promotions">
        {signals.map((s, i) => (
          <li key={i}>
            {s.text !== null && (
              <>
                <q>{s.text.slice(0, 120)}</q>{' '}
              </>
            )}
            <span class={s.text !== null ? 'muted' : undefined}>{s.text !== null ? `(${s.kind})` : s.kind}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function VerdictView({ report, onProfile }: { report: TabReport; onProfile: (id: string) => void }) {
  const { verdict } = report;
  const subject = report.subject ?? null;
  if (!subject) return <p role="status">{t(report.analysis?.kind === 'listing' ? 'noPushedCard' : 'noProductFound')}</p>;
  if (!verdict) {
    // No profile is for it: still what the shop pushes and how, without a verdict.
    return (
      <>
        <SubjectSummary subject={subject} />
        <NoProfile report={report} onProfile={onProfile} />
        <Signals subject={subject} />
      </>
    );
  }
  return (
    <>
      <p class={`verdict-line verdict-line-${verdict.fit}`} data-verdict-line={verdict.fit}>
        {verdictLine(verdict, report)}
      </p>
      <SubjectSummary subject={subject} />
      <VerdictSection report={report} verdict={verdict}>
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
                  {needOf(row, report)}
                  {row.importance === 'nice' && <span class="muted"> ({t('niceShort')})</span>}
                </td>
                <td>
                  <Evidence row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {verdict.promoted && <Signals subject={subject} />}
      </VerdictSection>
    </>
  );
}

/**
 * The headline and, under it, the evidence for each need. When the comparison table shows
 * the same needs side by side, the evidence (where on the page each value was found) opens
 * from the headline instead of repeating the table.
 */
function VerdictSection({ report, verdict, children }: { report: TabReport; verdict: Verdict; children: ComponentChildren }) {
  const data = {
    'data-verdict': verdict.fit, 'data-promoted': String(verdict.promoted), 'data-profile-category': report.profile?.category ?? '',
  };
  const className = `verdict verdict-${verdict.fit}`;
  const words = headline(verdict, report.unstated);
  if (comparisonColumns(report).length > 0) {
    return (
      <Fold id="headline" headingClass="headline" class={className} heading={words} data={data}>
        <p class="muted evidence-intro">{t('evidenceIntro')}</p>
        {children}
      </Fold>
    );
  }
  return (
    <section class={className} {...data} aria-labelledby="headline">
      <h2 class="headline" id="headline">{words}</h2>
      {children}
    </section>
  );
}
