/**
 * Which better fits stand beside the pushed item in the comparison table. Its own module so
 * the verdict (which folds its evidence when the table shows) and the table both ask it
 * without importing each other.
 */
import type { TabReport } from '../messages.ts';

const MAX_COLUMNS = 2;

/** The one or two best fits judged need by need; none when there is no verdict to compare. */
export function comparisonColumns(report: TabReport) {
  if (!report.verdict || !report.subject) return [];
  return (report.alternatives ?? []).filter((a) => a.cells && a.cells.length > 0).slice(0, MAX_COLUMNS);
}
