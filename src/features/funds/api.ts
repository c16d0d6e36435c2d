import { defineDataset } from '../../shared/lib/dataset-query';
import { fundsDatasetSchema } from './funds-schema';

export const fundsDataset = defineDataset('funds', fundsDatasetSchema, (d) => ({ funds: d.funds }));
export const fundsQueryOptions = fundsDataset.options;
