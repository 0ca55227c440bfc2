// Placeholder until the listings work lands (helper D owns this folder).
import type { Budget } from '../budget.ts';
import type { Highlight, ListingItem } from '../types.ts';

export interface ListingResult {
  items: ListingItem[];
  highlighted: Highlight[];
}

export function extractListing(_doc: Document, _url: string, _budget: Budget): ListingResult {
  return { items: [], highlighted: [] };
}
