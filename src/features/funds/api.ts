import { defineDataset } from '../../shared/lib/dataset-query';
import { fundsDatasetSchema } from './funds-schema';

/**
 * The fund grid is built, and benchmarked, for 20,000 funds (Morningstar- or 天天基金-sized
 * screens): about 7 MB of JSON in this schema, over the 2 MiB every other dataset is held to. A
 * funds file may be 12 MiB; anything larger is still refused before it is parsed.
 */
export const FUNDS_MAX_BYTES = 12 * 1024 * 1024;

export const fundsDataset = defineDataset(
  'funds',
  fundsDatasetSchema,
  (d) => ({ funds: d.funds }),
  { maxBytes: FUNDS_MAX_BYTES },
);
export const fundsQueryOptions = fundsDataset.options;
