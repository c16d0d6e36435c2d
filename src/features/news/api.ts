import { defineDataset } from '../../shared/lib/dataset-query';
import { frontierDatasetSchema, newsDatasetSchema } from './news-schema';

export const newsDataset = defineDataset('news', newsDatasetSchema, (d) => ({ items: d.items }));
export const newsQueryOptions = newsDataset.options;

export const frontierDataset = defineDataset('frontier', frontierDatasetSchema, (d) => ({
  items: d.items,
}));
export const frontierQueryOptions = frontierDataset.options;
