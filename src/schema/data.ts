/**
 * The "everything" file: what Settings > Export writes and Import reads back (README
 * "Data file"). Validated whole before anything is written; unknown keys are dropped.
 */
import * as v from 'valibot';
import { MoneySchema, PriorPriceSchema } from './analysis.ts';
import { NeedsProfileSchema } from './needs.ts';

export const DATA_FORMAT = 'needfit-data';
export const DATA_VERSION = 1;

export const SettingsSchema = v.object({
  historyDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
  markPage: v.boolean(),
});

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const ObservationSchema = v.object({
  id: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  url: text(4096),
  shop: text(300),
  kind: v.picklist(['product', 'listing', 'other']),
  productKey: v.nullable(text(600)),
  name: v.nullable(text(500)),
  brand: v.nullable(text(200)),
  price: v.nullable(MoneySchema),
  priorPrice: v.nullable(PriorPriceSchema),
  lowest30d: v.nullable(MoneySchema),
  promotions: v.pipe(v.array(text(200)), v.maxLength(60)),
  highlighted: v.pipe(
    v.array(v.object({ title: text(500), price: v.nullable(MoneySchema), reasons: v.pipe(v.array(text(200)), v.maxLength(20)) })),
    v.maxLength(200),
  ),
  // Identity evidence (Needfit 0.1 with storage version 4 on); the index keys are computed again on import.
  gtin: v.optional(v.nullable(text(40))),
  mpn: v.optional(v.nullable(text(100))),
  modelRows: v.optional(v.pipe(v.array(v.object({ name: text(100), value: text(200) })), v.maxLength(4))),
});

export const DataFileSchema = v.object({
  format: v.literal(DATA_FORMAT, 'This is not a Needfit data file (its "format" is not "needfit-data").'),
  version: v.literal(DATA_VERSION, `This data file is from a newer Needfit (only version ${DATA_VERSION} is understood).`),
  exportedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  profiles: v.pipe(v.array(NeedsProfileSchema), v.maxLength(50)),
  observations: v.pipe(v.array(ObservationSchema), v.maxLength(200_000)),
  settings: SettingsSchema,
});

export type DataFile = v.InferOutput<typeof DataFileSchema>;
