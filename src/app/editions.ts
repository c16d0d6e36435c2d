import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { fetchDataset } from '../shared/lib/api-client';
import { bilingualTextSchema, isoDateSchema } from '../shared/lib/dataset-schema';

export const editionsSchema = z.object({
  editions: z.array(
    z.object({
      id: z.string(),
      dataAsOf: isoDateSchema,
      publishedOn: isoDateSchema,
      title: bilingualTextSchema,
      publisher: bilingualTextSchema,
      datasets: z.array(z.string()),
    }),
  ),
  latest: z.string(),
});
export type Editions = z.infer<typeof editionsSchema>;

/** editions.json: which editions exist and, for the shell, each one's data date and source. */
export const editionsQueryOptions = queryOptions({
  queryKey: ['editions'] as const,
  queryFn: ({ signal }) => fetchDataset('editions', 'editions.json', editionsSchema, { signal }),
  staleTime: Infinity,
});
