/**
 * The shopper's needs: several named profiles, each with a category, requirements and a
 * budget. Pure data, stored by the worker and exported as JSON (see README "Needs file").
 */

export type Operator = 'atLeast' | 'atMost' | 'between' | 'equals' | 'oneOf' | 'has' | 'mentions';

export type Importance = 'must' | 'nice';

export type RequirementValue =
  | { kind: 'number'; value: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'text'; value: string }
  | { kind: 'list'; values: string[] }
  | { kind: 'none' };

export interface Requirement {
  id: string;
  /** A canonical attribute key from the category vocabulary, or "text" for a free "must mention". */
  attribute: string;
  op: Operator;
  value: RequirementValue;
  /** The unit the shopper typed the value in ("inch", "cm", "Hz"); converted when matching. */
  unit: string | null;
  importance: Importance;
  /** Weight of a nice-to-have, 1..5; ignored for must-haves. */
  weight: number;
}

export interface Budget {
  max: number;
  currency: string;
}

export interface NeedsProfile {
  id: string;
  name: string;
  /** Category id from the vocabulary ("tv", "laptop", "anything"). */
  category: string;
  requirements: Requirement[];
  budget: Budget | null;
  createdAt: number;
  updatedAt: number;
}

export const LIMITS = {
  profiles: 50,
  requirementsPerProfile: 40,
  nameLength: 80,
  textLength: 200,
} as const;

export function newProfileId(random: () => number = Math.random): string {
  return `p-${Date.now().toString(36)}-${Math.floor(random() * 1e9).toString(36)}`;
}
