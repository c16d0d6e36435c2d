import { queryOptions } from '@tanstack/react-query';

import { fetchDataset } from '../../shared/lib/api-client';
import { editionsSchema } from '../editions-schema';

/**
 * editions.json from the data host, read at run time: a new edition published there shows
 * without a rebuild (the copy embedded at build time only paints the first frame).
 */
export const editionsQueryOptions = queryOptions({
  queryKey: ['editions'],
  queryFn: ({ signal }) => fetchDataset('editions', 'editions.json', editionsSchema, { signal }),
  // Read once per visit: an edition published while a page is open shows on the next visit.
  staleTime: Infinity,
});
