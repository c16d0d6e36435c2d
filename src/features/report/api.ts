import { defineDataset } from '../../shared/lib/dataset-query';
import { reportDatasetSchema } from './report-schema';

export const reportDataset = defineDataset('report', reportDatasetSchema, (d) => ({
  highlights: d.highlights,
}));
export const reportQueryOptions = reportDataset.options;
