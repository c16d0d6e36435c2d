import * as z from 'zod/mini';

import {
  bilingualTextSchema,
  displayTextSchema,
  datasetHead,
  notesSchema,
  provenanceSchema,
  securityCodeSchema,
} from '../../shared/lib/dataset-schema';

/** 表4: A-share AI companies. Percentages are in %, market cap in 亿元. */
export const aShareCompanySchema = z.object({
  code: securityCodeSchema,
  name: bilingualTextSchema,
  revenueGrowth2023: z.number(),
  netProfitGrowth2023: z.number(),
  revenueGrowthH1_2024: z.number(),
  netProfitGrowthH1_2024: z.number(),
  /** 总市值, 亿元. */
  marketCapYi: z.number(),
  peTtm: z.number(),
  psTtm: z.number(),
  monthChangePct: z.number(),
  ytdChangePct: z.number(),
  source: provenanceSchema,
  notes: notesSchema,
});
export type AShareCompany = z.infer<typeof aShareCompanySchema>;

/** 表5: overseas-listed AI companies. Money in 亿 of `currency` (the table says 原始币种 for market cap). */
export const overseasCompanySchema = z.object({
  code: securityCodeSchema,
  name: bilingualTextSchema,
  currency: z.enum(['USD', 'HKD', 'CNY']),
  h1Revenue: z.number(),
  h1RevenueYoy: z.number(),
  h1NetProfit: z.number(),
  netProfitGrowth1y: z.number(),
  /** 总市值 (原始币种, 亿元): 亿 units of `currency`. */
  marketCap: z.number(),
  /** "-" in the table becomes null. */
  peTtm: z.nullable(z.number()),
  psTtm: z.number(),
  monthChangePct: z.number(),
  ytdChangePct: z.number(),
  source: provenanceSchema,
  notes: notesSchema,
});
export type OverseasCompany = z.infer<typeof overseasCompanySchema>;

const yearTriple = z.object({
  a2023: z.nullable(z.number()),
  e2024: z.nullable(z.number()),
  e2025: z.nullable(z.number()),
});

/** Cover page: 重点公司盈利预测与估值. "-" becomes null. */
export const forecastSchema = z.object({
  code: securityCodeSchema,
  name: bilingualTextSchema,
  eps: yearTriple,
  pe: yearTriple,
  /** 投资评级; null where the table prints "-". */
  rating: z.nullable(bilingualTextSchema),
  source: provenanceSchema,
  notes: notesSchema,
});
export type Forecast = z.infer<typeof forecastSchema>;

/** A company named in a recommendation list. The code is set only where the report prints it somewhere. */
export const namedCompanySchema = z.object({
  name: bilingualTextSchema,
  code: z.nullable(securityCodeSchema),
});

export const companyListSchema = z.object({
  title: bilingualTextSchema,
  source: provenanceSchema,
  companies: z.array(namedCompanySchema),
});

/** Our reading of 表4's garbled growth headers, documented in the dataset itself. */
export const columnReadingSchema = z.object({
  field: z.string(),
  printedHeader: displayTextSchema,
  reading: bilingualTextSchema,
});

/**
 * A data note on a whole column: said once, at the column (header tooltip and the notes under the
 * grid), instead of repeated on every row.
 */
export const columnNoteSchema = z.object({
  table: z.number(),
  fields: z.array(z.string()),
  text: bilingualTextSchema,
});
export type ColumnNote = z.infer<typeof columnNoteSchema>;

export const companiesDatasetSchema = z.object({
  ...datasetHead('companies'),
  tableFourColumns: z.object({
    explanation: bilingualTextSchema,
    columns: z.array(columnReadingSchema),
  }),
  columnNotes: z.array(columnNoteSchema),
  aShare: z.array(aShareCompanySchema),
  overseas: z.array(overseasCompanySchema),
  forecasts: z.array(forecastSchema),
  /** Cover page 重点关注 and section 六 建议关注 lists. */
  lists: z.array(companyListSchema),
  sourceLine: bilingualTextSchema,
});
export type CompaniesDataset = z.infer<typeof companiesDatasetSchema>;
