// Placeholder until the price parser lands (helper A owns this file).
export interface ParsedPrice {
  amount: number;
  currency: string | null;
}

/** Parses a shop's price text ("1 299,90 €"); null for instalments, unit prices, VAT notes. */
export function parsePrice(_text: string, _options?: { currencyHint?: string | null }): ParsedPrice | null {
  return null;
}

/** Parses a machine-readable amount (JSON-LD "1299.90", 1299.9, "1.299,90"). */
export function parseAmount(_value: unknown): number | null {
  return null;
}
