import type * as z from 'zod/mini';

import { companiesDatasetSchema } from '../features/companies/companies-schema';
import { fundsDatasetSchema } from '../features/funds/funds-schema';
import { indicesDatasetSchema } from '../features/indices/indices-schema';
import { frontierDatasetSchema, newsDatasetSchema } from '../features/news/news-schema';
import { reportDatasetSchema } from '../features/report/report-schema';
import { sectorsDatasetSchema } from '../features/sectors/sectors-schema';

/**
 * Every dataset an edition can list, with the zod schema the app validates it with. The data
 * checker (`npm run data:check`) uses the same map, so a file that passes the checker is a file
 * the app accepts.
 */
export const datasetSchemas = {
  report: reportDatasetSchema,
  indices: indicesDatasetSchema,
  sectors: sectorsDatasetSchema,
  funds: fundsDatasetSchema,
  companies: companiesDatasetSchema,
  news: newsDatasetSchema,
  frontier: frontierDatasetSchema,
} as const satisfies Record<string, z.ZodMiniType>;

export type DatasetName = keyof typeof datasetSchemas;

export const datasetNames = Object.keys(datasetSchemas) as DatasetName[];

export const isDatasetName = (name: string): name is DatasetName => name in datasetSchemas;
