import { defineDataset } from '../../shared/lib/dataset-query';
import { sectorsDatasetSchema } from './sectors-schema';

export const sectorsDataset = defineDataset('sectors', sectorsDatasetSchema, (d) => ({
  subIndustries: d.subIndustries,
}));
export const sectorsQueryOptions = sectorsDataset.options;
