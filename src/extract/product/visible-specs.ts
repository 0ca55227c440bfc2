/**
 * Spec rows the shopper can read: table rows, definition lists and "Label: value" bullets.
 * Rows labelled SKU / ASIN / EAN / model number also give the identifiers.
 */
import { rawSpec } from '../raw-spec.ts';
import type { Budget } from '../budget.ts';
import type { Spec } from '../../contract/analysis.ts';
import { squash } from './text.ts';
import { IDENTIFIER_LABELS, WEAK_IDENTIFIER_LABELS } from './words.ts';
import { IDENTIFIER_TOKEN } from './identifiers.ts';

const MAX_ROWS = 400;
const MAX_LABEL = 80;
const MAX_VALUE = 300;

export interface VisibleSpecs {
  specs: Spec[];
  sku: string | null;
  gtin: string | null;
  mpn: string | null;
  /** Fields whose value came from a weak label ("Référence"), which a printed ASIN beats. */
  weak: Set<'sku' | 'gtin' | 'mpn'>;
}

function cellText(el: Element | null | undefined, max: number, budget: Budget): string {
  const raw = el?.textContent ?? '';
  budget.read(Math.min(raw.length, max * 2));
  return squash(raw.length > max * 2 ? raw.slice(0, max * 2) : raw).replace(/[\u200e\u200f]/g, '').trim();
}

function pairsOf(doc: Document, budget: Budget): [string, string][] {
  const pairs: [string, string][] = [];
  const rows = doc.querySelectorAll('tr, dt, li');
  const count = Math.min(rows.length, MAX_ROWS * 3);
  budget.visit(count);
  for (let i = 0; i < count && pairs.length < MAX_ROWS && !budget.exhausted; i++) {
    const row = rows[i] as Element;
    if (row.closest('nav, header, footer, script')) continue;
    if (row.tagName === 'TR') {
      const cells = row.querySelectorAll(':scope > th, :scope > td');
      if (cells.length === 2) pairs.push([cellText(cells[0], MAX_LABEL, budget), cellText(cells[1], MAX_VALUE, budget)]);
    } else if (row.tagName === 'DT') {
      const dd = row.nextElementSibling;
      if (dd?.tagName === 'DD') pairs.push([cellText(row, MAX_LABEL, budget), cellText(dd, MAX_VALUE, budget)]);
    } else if (row.children.length <= 4) {
      const text = cellText(row, MAX_VALUE, budget);
      const colon = text.indexOf(':');
      // A bullet spec is one short line; longer items are prose that happens to hold a colon.
      if (colon > 0 && colon <= MAX_LABEL && text.length <= 150 && text.length - colon > 1) pairs.push([text.slice(0, colon), text.slice(colon + 1)]);
    }
  }
  return pairs;
}

/** "Art.-Nr.:" -> "art.-nr."; the lookup key of a label. */
function labelKey(label: string): string {
  return label.toLowerCase().replace(/[:\s]+$/, '').replace(/^\s+/, '').replace(/\s+/g, ' ');
}

/** One identifier-looking token: no spaces inside beyond separators, not a sentence. */
function identifierValue(value: string): string | null {
  const v = value.trim().replace(/^[:#\s]+/, '');
  return IDENTIFIER_TOKEN.test(v) ? v : null;
}

export function visibleSpecs(doc: Document, budget: Budget): VisibleSpecs {
  const out: VisibleSpecs = { specs: [], sku: null, gtin: null, mpn: null, weak: new Set() };
  const seen = new Set<string>();
  for (const [rawLabel, rawValue] of pairsOf(doc, budget)) {
    const label = rawLabel.replace(/[:\s]+$/, '').trim();
    const value = rawValue.trim();
    if (!label || !value || label.length > MAX_LABEL || seen.has(label)) continue;
    seen.add(label);
    const key = labelKey(label);
    const field = IDENTIFIER_LABELS.get(key);
    if (field) {
      const found = identifierValue(value);
      const weak = WEAK_IDENTIFIER_LABELS.has(key);
      if (found && (!out[field] || (out.weak.has(field) && !weak))) {
        out[field] = found;
        if (weak) out.weak.add(field);
        else out.weak.delete(field);
      }
      continue;
    }
    out.specs.push(rawSpec(label, value));
  }
  return out;
}
