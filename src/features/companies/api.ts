import { defineDataset } from '../../shared/lib/dataset-query';
import { companiesDatasetSchema } from './companies-schema';

export const companiesDataset = defineDataset('companies', companiesDatasetSchema, (d) => ({
  aShare: d.aShare,
  overseas: d.overseas,
  forecasts: d.forecasts,
}));
export const companiesQueryOptions = companiesDataset.options;
