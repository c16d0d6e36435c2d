import * as z from 'zod/mini';

import {
  bilingualTextSchema,
  datasetHead,
  notesSchema,
  provenanceSchema,
} from '../../shared/lib/dataset-schema';

/**
 * Profit status as the report words it (一、(二) 2) 利润端).
 * growth 正增长 · decline 增速下滑 · turned-profit 同比扭亏 · turned-loss 转亏 ·
 * loss-narrowed 亏损收窄 · loss-widened 亏损扩大
 */
export const profitStatusSchema = z.enum([
  'growth',
  'decline',
  'turned-profit',
  'turned-loss',
  'loss-narrowed',
  'loss-widened',
]);
export type ProfitStatus = z.infer<typeof profitStatusSchema>;

/**
 * Revenue direction: `up` for the 13 sub-industries the report lists with positive 24Q3 revenue
 * growth; `not-up` for the other 12, for which the report gives no figure or direction beyond not
 * being in that list.
 */
export const revenueDirectionSchema = z.enum(['up', 'not-up']);
export type RevenueDirection = z.infer<typeof revenueDirectionSchema>;

/** A figure the text gives: "营收增速 88.75%" is `=` 88.75; "超过 20%" is `>` 20. */
export const printedFigureSchema = z.object({
  comparator: z.enum(['=', '>']),
  valuePct: z.number(),
  printed: bilingualTextSchema,
});

export const subIndustrySchema = z.object({
  id: z.string(),
  /** 1-based position in the report's list of 25. */
  order: z.number(),
  name: bilingualTextSchema,
  revenueDirection: revenueDirectionSchema,
  revenueFigure: z.nullable(printedFigureSchema),
  profitStatus: profitStatusSchema,
  /** The report's own words about this sub-industry (the sentence or list it appears in). */
  quotes: z.array(bilingualTextSchema),
  source: provenanceSchema,
  notes: notesSchema,
});
export type SubIndustry = z.infer<typeof subIndustrySchema>;

export const sectorsDatasetSchema = z.object({
  ...datasetHead('sectors'),
  /**
   * The results period every figure here is for, as the report prints it ("24Q3"): labels take it
   * from the data, so a report on another quarter is labelled with that quarter. Both languages
   * print it as is, so it is a plain ASCII token (no Chinese in the English UI).
   */
  period: z.string().check(z.regex(/^[0-9A-Za-z]{1,12}$/)),
  industry: z.object({
    sampleSize: z.number(),
    /** How the report built the 333-stock sample. */
    sampleMethod: bilingualTextSchema,
    q3RevenueYi: z.number(),
    q3RevenueYoyPct: z.number(),
    q3NetProfitYi: z.number(),
    q3NetProfitYoyPct: z.number(),
    commentary: bilingualTextSchema,
    source: provenanceSchema,
  }),
  subIndustrySummary: bilingualTextSchema,
  subIndustries: z.array(subIndustrySchema),
  /** Figures 3–6 are charts absent from the source text. */
  missingFigures: z.array(z.object({ number: z.number(), caption: bilingualTextSchema })),
  distribution: z.object({
    summary: bilingualTextSchema,
    revenuePositive: z.number(),
    revenueAbove50Pct: z.number(),
    profit: z.object({
      growth: z.number(),
      decline: z.number(),
      lossWidened: z.number(),
      lossNarrowed: z.number(),
      turnedProfit: z.number(),
    }),
    /** Growth buckets of the profit-growth companies: 20%以下, 20%-50%, 50%-100%, 大于100%. */
    growthBuckets: z.array(z.object({ label: bilingualTextSchema, count: z.number() })),
    source: provenanceSchema,
    notes: notesSchema,
  }),
});
export type SectorsDataset = z.infer<typeof sectorsDatasetSchema>;
