import { QueryClient } from '@tanstack/react-query';

import { isDatasetError } from '../shared/lib/api-client';

/** Retry only what another attempt could fix (network, 5xx), once; a bad file stays bad. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          isDatasetError(error) && error.transient && failureCount < 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}
