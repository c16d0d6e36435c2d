import companiesJson from '../../../public/data/2024-10/companies.json';
import frontierJson from '../../../public/data/2024-10/frontier.json';
import fundsJson from '../../../public/data/2024-10/funds.json';
import indicesJson from '../../../public/data/2024-10/indices.json';
import newsJson from '../../../public/data/2024-10/news.json';
import reportJson from '../../../public/data/2024-10/report.json';
import sectorsJson from '../../../public/data/2024-10/sectors.json';
import { companiesDatasetSchema } from '../../features/companies/companies-schema';
import { fundsDatasetSchema } from '../../features/funds/funds-schema';
import { indicesDatasetSchema } from '../../features/indices/indices-schema';
import { frontierDatasetSchema, newsDatasetSchema } from '../../features/news/news-schema';
import { reportDatasetSchema } from '../../features/report/report-schema';
import { sectorsDatasetSchema } from '../../features/sectors/sectors-schema';
import type { DeckData } from './pptx-deck-spec';

/** The embedded edition's datasets, parsed as the app parses them: for the deck's unit tests. */
export const deckData: DeckData = {
  indices: indicesDatasetSchema.parse(indicesJson),
  sectors: sectorsDatasetSchema.parse(sectorsJson),
  funds: fundsDatasetSchema.parse(fundsJson),
  companies: companiesDatasetSchema.parse(companiesJson),
  news: newsDatasetSchema.parse(newsJson),
  frontier: frontierDatasetSchema.parse(frontierJson),
  report: reportDatasetSchema.parse(reportJson),
};
