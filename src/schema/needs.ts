/** Valibot schemas for needs profiles: what the options page may save and an import may bring. */
import * as v from 'valibot';
import { LIMITS } from '../core/needs.ts';

const finite = v.pipe(v.number(), v.finite());

export const RequirementValueSchema = v.variant('kind', [
  v.object({ kind: v.literal('number'), value: finite }),
  v.pipe(
    v.object({ kind: v.literal('range'), min: finite, max: finite }),
    v.check((r) => r.min <= r.max, 'The lower bound is above the upper bound.'),
  ),
  v.object({ kind: v.literal('text'), value: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.textLength)) }),
  v.object({
    kind: v.literal('list'),
    values: v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMITS.textLength))), v.minLength(1), v.maxLength(30)),
  }),
  v.object({ kind: v.literal('none') }),
]);

export const RequirementSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  attribute: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,40}$/)),
  op: v.picklist(['atLeast', 'atMost', 'between', 'equals', 'oneOf', 'has', 'mentions']),
  value: RequirementValueSchema,
  unit: v.nullable(v.pipe(v.string(), v.maxLength(12))),
  importance: v.picklist(['must', 'nice']),
  weight: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
});

export const NeedsProfileSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'A profile needs a name.'), v.maxLength(LIMITS.nameLength)),
  category: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,40}$/)),
  requirements: v.pipe(v.array(RequirementSchema), v.maxLength(LIMITS.requirementsPerProfile)),
  budget: v.nullable(
    v.object({
      max: v.pipe(v.number(), v.finite(), v.gtValue(0, 'The budget must be above zero.'), v.maxValue(1e8)),
      currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'Currency must be a three-letter code such as EUR.')),
    }),
  ),
  createdAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
