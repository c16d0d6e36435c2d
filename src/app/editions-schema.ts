import * as z from 'zod/mini';

import { bilingualTextSchema, isoDateSchema } from '../shared/lib/dataset-schema';

/** `editions.json` at the data root: every edition the data host serves, and the one to open. */
export const editionsSchema = z.object({
  editions: z.array(
    z.object({
      /** Folder name under the data root, e.g. "2024-10". */
      id: z.string().check(z.regex(/^[\w.-]+$/)),
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
