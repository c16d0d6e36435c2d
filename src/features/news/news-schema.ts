import * as z from 'zod/mini';

import {
  bilingualTextSchema,
  displayTextSchema,
  datasetHead,
  isoDateSchema,
  notesSchema,
  provenanceSchema,
  securityCodeSchema,
} from '../../shared/lib/dataset-schema';

export const newsCategorySchema = z.enum([
  'data-elements',
  'data-exchanges',
  'domestic-models',
  'overseas-models',
  'compute-chips',
]);
export type NewsCategory = z.infer<typeof newsCategorySchema>;

/** 表6–表10 rows. The table prints the date as "10.26"; `date` is that day in 2024. */
export const newsItemSchema = z.object({
  id: z.string(),
  category: newsCategorySchema,
  datePrinted: displayTextSchema,
  date: isoDateSchema,
  /** 模型 column (表8, 表9 only). */
  model: z.nullable(displayTextSchema),
  headline: bilingualTextSchema,
  /** Body paragraphs as plain text (the extracted text wraps them in <p>; we never keep markup). */
  paragraphs: z.array(bilingualTextSchema),
  /** Codes of companies in the companies dataset that the item names. */
  companies: z.array(securityCodeSchema),
  source: provenanceSchema,
  notes: notesSchema,
});
export type NewsItem = z.infer<typeof newsItemSchema>;

/** 表11 rows. */
export const policySchema = z.object({
  id: z.string(),
  datePrinted: displayTextSchema,
  date: isoDateSchema,
  department: bilingualTextSchema,
  document: bilingualTextSchema,
  paragraphs: z.array(bilingualTextSchema),
  source: provenanceSchema,
  notes: notesSchema,
});
export type Policy = z.infer<typeof policySchema>;

/** 表12 rows, every cell as printed (amounts are words such as 超1亿人民币, so they stay text). */
export const financingDealSchema = z.object({
  id: z.string(),
  company: bilingualTextSchema,
  track: bilingualTextSchema,
  profile: bilingualTextSchema,
  date: isoDateSchema,
  round: bilingualTextSchema,
  amount: bilingualTextSchema,
  investors: bilingualTextSchema,
  companies: z.array(securityCodeSchema),
  source: provenanceSchema,
  notes: notesSchema,
});
export type FinancingDeal = z.infer<typeof financingDealSchema>;

export const tableSourceLineSchema = z.object({
  table: z.number(),
  text: bilingualTextSchema,
});

export const newsDatasetSchema = z.object({
  ...datasetHead('news'),
  items: z.array(newsItemSchema),
  policies: z.array(policySchema),
  financing: z.array(financingDealSchema),
  /** 资料来源 lines under 表6–表12. */
  sourceLines: z.array(tableSourceLineSchema),
});
export type NewsDataset = z.infer<typeof newsDatasetSchema>;

/** Sections 四(一) frontier technology and 五(一) frontier products. */
export const frontierBlockSchema = z.object({
  type: z.enum(['paragraph', 'bullet']),
  text: bilingualTextSchema,
});

export const figureRefSchema = z.object({
  number: z.number(),
  caption: bilingualTextSchema,
  /** 资料来源 line under the figure. */
  sourceLine: bilingualTextSchema,
  /** 注: line where the report prints one. */
  note: z.nullable(bilingualTextSchema),
});

export const frontierItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['technology', 'product']),
  /** Item number within its section as printed (1., 2., …). */
  number: z.number(),
  /** Only where the text gives a day; most items say 最近 (recently) and have none. */
  date: z.nullable(isoDateSchema),
  title: bilingualTextSchema,
  blocks: z.array(frontierBlockSchema),
  figures: z.array(figureRefSchema),
  companies: z.array(securityCodeSchema),
  source: provenanceSchema,
  notes: notesSchema,
});
export type FrontierItem = z.infer<typeof frontierItemSchema>;

export const benchmarkValueSchema = z.object({
  /** Cell text as printed: "58.55", "56*", "-", "32k". */
  printed: displayTextSchema,
  /** Numeric value for charting; null for "-" and for non-numeric cells. */
  value: z.nullable(z.number()),
  /** The report flags these values with an asterisk. */
  starred: z.boolean(),
});

export const benchmarkTableSchema = z.object({
  figure: z.number(),
  caption: bilingualTextSchema,
  /** Column headers as printed, e.g. "Llama 3.2 (Meta) 1.2B". */
  models: z.array(displayTextSchema),
  /** Context length row, as printed. */
  contextLength: z.array(displayTextSchema),
  metrics: z.array(
    z.object({
      label: displayTextSchema,
      values: z.array(benchmarkValueSchema),
    }),
  ),
  sourceLine: bilingualTextSchema,
  notes: notesSchema,
});
export type BenchmarkTable = z.infer<typeof benchmarkTableSchema>;

export const pricingRowSchema = z.object({
  model: displayTextSchema,
  api: displayTextSchema,
  /** As printed, e.g. "$0.1 / M tokens (input and output)". */
  pricing: displayTextSchema,
  licenses: z.array(displayTextSchema),
});

export const frontierDatasetSchema = z.object({
  ...datasetHead('frontier'),
  items: z.array(frontierItemSchema),
  benchmarks: z.array(benchmarkTableSchema),
  pricing: z.object({
    figure: z.number(),
    caption: bilingualTextSchema,
    rows: z.array(pricingRowSchema),
    sourceLine: bilingualTextSchema,
    notes: notesSchema,
  }),
});
export type FrontierDataset = z.infer<typeof frontierDatasetSchema>;
