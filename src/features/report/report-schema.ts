import * as z from 'zod/mini';

import {
  bilingualTextSchema,
  displayTextSchema,
  datasetHead,
  isoDateSchema,
  notesSchema,
} from '../../shared/lib/dataset-schema';

const person = z.object({
  name: bilingualTextSchema,
  role: bilingualTextSchema,
  registration: z.nullable(displayTextSchema),
  email: displayTextSchema,
  phone: displayTextSchema,
  bio: z.nullable(bilingualTextSchema),
});

export const reportDatasetSchema = z.object({
  ...datasetHead('report'),
  title: bilingualTextSchema,
  industry: bilingualTextSchema,
  publisher: bilingualTextSchema,
  publishedOn: isoDateSchema,
  dataAsOf: isoDateSchema,
  /** Sector rating and whether it was kept (推荐 维持评级). */
  rating: z.object({ rating: bilingualTextSchema, action: bilingualTextSchema }),
  analysts: z.array(person),
  /** Cover-page bullets: bold lead and body. */
  highlights: z.array(z.object({ lead: bilingualTextSchema, body: bilingualTextSchema })),
  /** 建议关注 (cover page) and 六、投资建议, as printed (numbering included). */
  suggestions: z.array(z.object({ section: z.enum(['front', '6']), text: bilingualTextSchema })),
  risks: z.array(bilingualTextSchema),
  ratingDefinitions: z.array(
    z.object({
      scope: z.enum(['industry', 'company']),
      rating: bilingualTextSchema,
      definition: bilingualTextSchema,
    }),
  ),
  ratingBasis: bilingualTextSchema,
  disclaimer: bilingualTextSchema,
  notes: notesSchema,
});
export type ReportDataset = z.infer<typeof reportDatasetSchema>;
