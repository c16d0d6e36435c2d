import * as z from 'zod/mini';

import {
  bilingualTextSchema,
  datasetHead,
  notesSchema,
  provenanceSchema,
  securityCodeSchema,
} from '../../shared/lib/dataset-schema';

/** An index's October figures. Closes are given only for 884201.WI and 801750.SI. */
export const indexSchema = z.object({
  /** Printed code where the report gives one (884201.WI, 801750.SI); null for the broad indices. */
  code: z.nullable(securityCodeSchema),
  id: z.enum(['ai', 'computer', 'sse-composite', 'csi-300', 'chinext']),
  name: bilingualTextSchema,
  close: z.nullable(z.number()),
  /** October change (%). */
  octoberChangePct: z.number(),
  /** Decimals the report prints for it (-1.70 has 2; JSON numbers drop the trailing zero). */
  octoberChangeDigits: z.number(),
  source: provenanceSchema,
  notes: notesSchema,
});
export type MarketIndex = z.infer<typeof indexSchema>;

/** 表1 / 表2 rows. */
export const constituentSchema = z.object({
  code: securityCodeSchema,
  name: bilingualTextSchema,
  octoberChangePct: z.number(),
  close: z.number(),
  /** 相对计算机: change relative to the computer index (percentage points as printed with %). */
  relativeToComputerPct: z.number(),
  source: provenanceSchema,
  notes: notesSchema,
});
export type Constituent = z.infer<typeof constituentSchema>;

export const indicesDatasetSchema = z.object({
  ...datasetHead('indices'),
  indices: z.array(indexSchema),
  /** The report's one-line reading of October (cover page). */
  reading: bilingualTextSchema,
  aiIndexProfile: z.object({
    /** 总市值, 亿元. */
    marketCapYi: z.number(),
    constituents: z.number(),
    weighting: bilingualTextSchema,
    boards: z.array(z.object({ board: bilingualTextSchema, count: z.number() })),
    source: provenanceSchema,
  }),
  valuation: z.object({
    revenueCagr3yPct: z.number(),
    netProfitCagr3yPct: z.number(),
    peTtm: z.number(),
    psTtm: z.number(),
    source: provenanceSchema,
  }),
  top10: z.array(constituentSchema),
  bottom10: z.array(constituentSchema),
  sourceLine: bilingualTextSchema,
});
export type IndicesDataset = z.infer<typeof indicesDatasetSchema>;
