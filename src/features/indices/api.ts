import { defineDataset } from '../../shared/lib/dataset-query';
import { indicesDatasetSchema } from './indices-schema';

export const indicesDataset = defineDataset('indices', indicesDatasetSchema, (d) => ({
  indices: d.indices,
  top10: d.top10,
  bottom10: d.bottom10,
}));
export const indicesQueryOptions = indicesDataset.options;
