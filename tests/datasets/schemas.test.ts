import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { companiesDatasetSchema } from '../../src/features/companies/companies-schema';
import { fundsDatasetSchema } from '../../src/features/funds/funds-schema';
import { indicesDatasetSchema } from '../../src/features/indices/indices-schema';
import { frontierDatasetSchema, newsDatasetSchema } from '../../src/features/news/news-schema';
import { reportDatasetSchema } from '../../src/features/report/report-schema';
import { sectorsDatasetSchema } from '../../src/features/sectors/sectors-schema';

const dir = resolve(__dirname, '../../public/data/2024-10');
const read = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(dir, `${name}.json`), 'utf8'));

const schemas = {
  report: reportDatasetSchema,
  indices: indicesDatasetSchema,
  sectors: sectorsDatasetSchema,
  funds: fundsDatasetSchema,
  companies: companiesDatasetSchema,
  news: newsDatasetSchema,
  frontier: frontierDatasetSchema,
} as const;

describe('every embedded dataset matches its schema', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(name, () => {
      const result = schema.safeParse(read(name));
      const issues = result.success
        ? []
        : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      expect(issues).toEqual([]);
    });
  }
});
