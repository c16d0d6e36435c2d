import * as z from 'zod/mini';

import editionsJson from '../../public/data/editions.json';
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

/**
 * The editions.json this build shipped with, validated. The shell shows it until the fetched copy
 * answers, so the data date and source paint with the first frame (see boot-shell.ts). Kept free
 * of browser-only imports: vite.config.ts reads it at build time.
 */
export const embeddedEditions: Editions = editionsSchema.parse(editionsJson);
