/** Profile helpers for the options page: defaults and form parsing with shopper-facing messages. */
import { newProfileId, type NeedsProfile } from '../core/needs.ts';

export const CATEGORIES = ['tv', 'monitor', 'laptop', 'phone', 'tablet', 'headphones', 'washing-machine', 'vacuum-cleaner', 'anything'] as const;

export function blankProfile(now: number, category: string = 'tv'): NeedsProfile {
  return { id: newProfileId(), name: '', category, requirements: [], budget: null, createdAt: now, updatedAt: now };
}

/** The category a link such as the popup's "start a profile" asks for: `#new=laptop`. */
export function categoryAsked(hash: string): string | null {
  const match = /^#new=([a-z-]{1,40})$/.exec(hash);
  const id = match?.[1];
  return id && (CATEGORIES as readonly string[]).includes(id) ? id : null;
}

/**
 * Reads a budget typed by a person: "1 299,90", "1299.90", "1 200". Empty means no budget.
 * Returns an error key for the messages table when the text is not a usable amount.
 */
export function readBudget(text: string): { ok: true; value: number | null } | { ok: false; error: string } {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[€$£]|eur|e$/gi, '');
  if (cleaned === '') return { ok: true, value: null };
  const normalised = /,\d{1,2}$/.test(cleaned) ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned.replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return { ok: false, error: 'errorBudgetNotNumber' };
  const value = Number(normalised);
  if (value <= 0) return { ok: false, error: 'errorBudgetZero' };
  if (value > 1e8) return { ok: false, error: 'errorBudgetHuge' };
  return { ok: true, value };
}
