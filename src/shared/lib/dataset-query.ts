import { queryOptions } from '@tanstack/react-query';
import type * as z from 'zod/mini';

import { fetchDataset, requireRows } from './api-client';

/**
 * Defines how one dataset is loaded: its query keys (generic to specific) and the query options
 * that both the route loader (prefetch) and the components use, so there is one source of truth.
 * `requiredLists` names the lists a view cannot do without; an empty one is reported as an error.
 * The edition is part of every key: two editions of a dataset are two cache entries, never one.
 * `maxBytes` replaces the default size limit (DATA_MAX_BYTES) for a dataset built to grow larger.
 */
export function defineDataset<const N extends string, S extends z.ZodMiniType>(
  name: N,
  schema: S,
  requiredLists: (data: z.infer<S>) => Record<string, readonly unknown[]>,
  { maxBytes }: { maxBytes?: number } = {},
) {
  const keys = {
    all: [name] as const,
    dataset: (edition: string) => [name, 'dataset', edition] as const,
  };
  const options = (edition: string) =>
    queryOptions({
      queryKey: keys.dataset(edition),
      queryFn: async ({ signal }): Promise<z.infer<S>> => {
        const data = await fetchDataset(name, `${edition}/${name}.json`, schema, {
          signal,
          ...(maxBytes === undefined ? {} : { maxBytes }),
        });
        for (const [list, rows] of Object.entries(requiredLists(data)))
          requireRows(name, rows, list);
        return data;
      },
      // An edition is fixed once published: once loaded, it never goes stale.
      staleTime: Infinity,
    });
  return { name, keys, options };
}
