import * as z from 'zod/mini';

import { isolateBidi } from './bidi';

/**
 * Building blocks shared by every dataset schema.
 *
 * Every human-readable string is a {@link bilingualTextSchema}: `zh` is the report's text as printed,
 * `en` is our translation (the UI marks it as one). Body text is plain paragraphs, never HTML.
 */
const nonEmpty = z.string().check(z.minLength(1));

/**
 * A string people read, as the file has it, except that right-to-left text or bidi controls come
 * out as one directional isolate (see bidi.ts): wherever the app shows it, in a sentence, a chart
 * description, a tooltip or a grid header, it cannot reorder what follows. The report's own text
 * has none, so it passes unchanged.
 */
export const displayTextSchema = z.string().check(z.overwrite(isolateBidi));
const nonEmptyDisplayText = z.string().check(z.minLength(1), z.overwrite(isolateBidi));

export const bilingualTextSchema = z.object({ zh: nonEmptyDisplayText, en: nonEmptyDisplayText });
export type BilingualText = z.infer<typeof bilingualTextSchema>;

/**
 * Where a row came from in the report. `section` uses the report's outline numbering as digits
 * ("2.3" = 二、(三)); "front" is the cover page, "back" the rating definitions and disclaimer.
 */
export const provenanceSchema = z.object({
  kind: z.enum(['table', 'figure', 'text']),
  /** 表/图 number when kind is table or figure, else null. */
  number: z.nullable(z.number()),
  section: nonEmpty,
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** A note on a printed value we keep as printed although it contradicts the report or looks misprinted. */
export const dataNoteSchema = z.object({
  /** The field the note is about (a key of the row), or null for the whole row. */
  field: z.nullable(z.string()),
  text: bilingualTextSchema,
});
export type DataNote = z.infer<typeof dataNoteSchema>;

export const notesSchema = z.array(dataNoteSchema);

/** ISO date, yyyy-mm-dd. */
export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Security codes as printed: 600100.SH, 002253.SZ, 001986.OF, TSLA.O, 0700.HK. */
export const securityCodeSchema = z.string().check(z.regex(/^[0-9A-Z]+\.(SH|SZ|OF|O|HK|WI|SI)$/));

/** Common head of every dataset file, so a file served under the wrong name is caught. */
export function datasetHead<const N extends string>(name: N) {
  return {
    dataset: z.literal(name),
    edition: nonEmpty,
  };
}
