/** The site-adapter source: a known shop's own selectors get the first say per field. */
import { parsePrice } from '../../core/price.ts';
import { rawSpec } from '../raw-spec.ts';
import type { Budget } from '../budget.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { availabilityFromWords } from './availability.ts';
import type { Clues } from './clues.ts';
import { textOf } from './text.ts';

const MAX_ROWS = 300;

function first(doc: Document, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return doc.querySelector(selector);
  } catch {
    // A broken selector in one adapter must not stop the generic sources.
    return null;
  }
}

export function fromAdapter(doc: Document, adapter: SiteAdapter, budget: Budget): Clues {
  const s = adapter.product;
  if (!s) return {};
  const text = (selector: string | undefined) => textOf(first(doc, selector), budget, 500) || null;
  const price = text(s.price);
  const prior = text(s.priorPrice);
  const lowest = text(s.lowest30d);
  const availability = text(s.availability);
  const clues: Clues = {
    name: text(s.name),
    brand: text(s.brand),
    sku: text(s.sku),
    price: price ? parsePrice(price) : null,
    lowest30d: lowest ? parsePrice(lowest) : null,
    availability: availability ? availabilityFromWords(availability) : null,
  };
  const priorPrice = prior ? parsePrice(prior) : null;
  if (priorPrice) clues.priorPrice = { ...priorPrice, label: 'was' };
  if (s.breadcrumbs) {
    try {
      const crumbs = doc.querySelectorAll(s.breadcrumbs);
      clues.category = Array.from(crumbs).slice(0, 20).map((el) => textOf(el, budget, 200)).filter(Boolean);
    } catch {
      clues.category = [];
    }
  }
  if (s.specRows) {
    try {
      const rows = Array.from(doc.querySelectorAll(s.specRows)).slice(0, MAX_ROWS);
      clues.specs = rows.flatMap((row) => {
        const cells = row.querySelectorAll('th, td, dt, dd');
        const label = textOf(cells[0], budget, 100);
        const value = textOf(cells[1], budget, 300);
        return label && value ? [rawSpec(label, value)] : [];
      });
    } catch {
      clues.specs = [];
    }
  }
  return clues;
}
