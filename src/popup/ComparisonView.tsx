/**
 * The pushed item against the one or two best fits, side by side: one row per need with each
 * item's value and ✓/✗/?, then the price difference and how the shop pushes each. A real
 * table with headers, so a screen reader reads "Screen size, Lumo L55: ✓ 55″"; long names
 * are clamped, their full text kept.
 */
import type { TabReport } from '../messages.ts';
import type { Cell } from '../core/alternatives.ts';
import { formatPrice, t } from '../ui/i18n.ts';
import { MARK, MARK_LABEL, needOf, pushWord, signalsOf } from './VerdictView.tsx';
import { comparisonColumns } from './columns.ts';

function CellView({ cell }: { cell: Pick<Cell, 'status' | 'found' | 'money'> | undefined }) {
  const status = cell?.status ?? 'unknown';
  const value = cell?.money ? formatPrice(cell.money.amount, cell.money.currency) : (cell?.found ?? t('notStated'));
  return (
    <td class={`cell-${status}`}>
      <span aria-hidden="true">{MARK[status]} </span>
      <span class="visually-hidden">{t(MARK_LABEL[status])}: </span>
      {value}
    </td>
  );
}

export function ComparisonView({ report }: { report: TabReport }) {
  const { verdict, subject } = report;
  const columns = comparisonColumns(report);
  if (!verdict || !subject || columns.length === 0) return null;
  const price = subject.price;
  const difference = (other: (typeof columns)[number]) => {
    // Prices in two different known currencies are never compared (nothing is converted).
    const currency = other.price?.currency ?? price?.currency ?? null;
    if (!price || !other.price || (price.currency !== null && other.price.currency !== null && price.currency !== other.price.currency)) return t('notStated');
    const d = other.price.amount - price.amount;
    const money = formatPrice(Math.abs(d), currency);
    return d === 0 ? t('compareSamePrice') : t(d < 0 ? 'compareCheaper' : 'compareDearer', money);
  };
  // Each kind once, in short ("paid, campaign"): the verdict's evidence quotes the page's words.
  // An earlier item's card is not at hand.
  const kinds = (words: string[]) => [...new Set(words)].join(', ');
  const pushedHow = kinds(signalsOf(subject).map((s) => s.short)) || t('compareNotPushed');
  const howOf = (other: (typeof columns)[number]) =>
    other.pushedAs === undefined ? t('compareNotKnown') : kinds(other.pushedAs.map(pushWord)) || t('compareNotPushed');
  return (
    <section class="comparison" aria-labelledby="compare-heading">
      {/* The table speaks for itself on screen; a screen reader still finds it by its heading. */}
      <h2 id="compare-heading" class="visually-hidden">{t('compareHeading')}</h2>
      <table class="compare">
        <caption class="visually-hidden">{t('compareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compareNeed')}</th>
            {/* The pushed item's name stands right above the verdict: not a third time here. */}
            <th scope="col" class="compare-pushed" title={subject.title ?? ''}>
              {t('comparePushed')}
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                <span class="clamp" title={c.title}>{c.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {verdict.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{needOf(row, report)}</th>
              <CellView cell={row} />
              {columns.map((c) => (
                <CellView key={c.key} cell={c.cells?.find((x) => x.id === row.id)} />
              ))}
            </tr>
          ))}
          <tr class="compare-difference">
            <th scope="row">{t('compareDifference')}</th>
            <td>–</td>
            {columns.map((c) => (
              <td key={c.key}>{difference(c)}</td>
            ))}
          </tr>
          <tr class="compare-pushed-how">
            <th scope="row">{t('comparePushedHow')}</th>
            <td>{pushedHow}</td>
            {columns.map((c) => (
              <td key={c.key}>{howOf(c)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
