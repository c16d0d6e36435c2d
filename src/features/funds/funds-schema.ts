import * as z from 'zod/mini';

import {
  bilingualTextSchema,
  datasetHead,
  notesSchema,
  provenanceSchema,
  securityCodeSchema,
} from '../../shared/lib/dataset-schema';

/** One row of 表3 (AI-theme funds), as printed, plus fields we derive from the printed name. */
export const fundSchema = z.object({
  code: securityCodeSchema,
  name: bilingualTextSchema,
  /** 基金类型 as printed (契约型开放式 for every row). */
  type: bilingualTextSchema,
  /** 基金规模, 亿元. */
  sizeYi: z.number(),
  /** 10月31 收盘价 (元). */
  price: z.number(),
  /** 近1/3/6月回报 (%); a blank cell stays null. */
  return1m: z.nullable(z.number()),
  return3m: z.nullable(z.number()),
  return6m: z.nullable(z.number()),
  /** Derived from the name's trailing A / C; null when the name has neither. */
  shareClass: z.nullable(z.enum(['A', 'C'])),
  /** Derived: the same key for the A and C classes of one fund. */
  fundKey: z.string().check(z.minLength(1)),
  /** Derived from the name: ETF, ETF feeder (联接), index (中证… without ETF), active. */
  kind: z.enum(['etf', 'etf-feeder', 'index', 'active']),
  source: provenanceSchema,
  notes: notesSchema,
});
export type Fund = z.infer<typeof fundSchema>;

export const fundsDatasetSchema = z.object({
  ...datasetHead('funds'),
  /** 资料来源 line under the table. */
  sourceLine: bilingualTextSchema,
  funds: z.array(fundSchema),
});
export type FundsDataset = z.infer<typeof fundsDatasetSchema>;
