import * as z from 'zod/mini';

import { bilingualTextSchema, securityCodeSchema } from './dataset-schema';

/**
 * The company-name glossary (`public/data/glossary.json`): one English name per company, used by
 * every dataset and UI string. Maintainers add a company here before a new edition names it.
 */
export const glossaryEntrySchema = z.object({
  /** The company's Chinese short name without listing suffixes (-U, -W, -UW, -SW). */
  zh: z.string().check(z.minLength(1)),
  /** Its one English name: the company's official English name where it has one. */
  en: z.string().check(z.minLength(1)),
  code: z.nullable(securityCodeSchema),
  /** Shorter Chinese forms the report's running text uses (百度 for 百度集团). */
  aliases: z.optional(z.array(z.string().check(z.minLength(1)))),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.object({
  about: bilingualTextSchema,
  companies: z.array(glossaryEntrySchema),
});
export type Glossary = z.infer<typeof glossarySchema>;

/** A zh/en pair found somewhere (a dataset field or a UI string), with where it was found. */
export interface BilingualPair {
  path: string;
  zh: string;
  en: string;
}

export interface GlossaryProblem {
  path: string;
  zhName: string;
  expectedEn: string;
  foundEn: string;
}

const LISTING_SUFFIX = /-(?:U|W|UW|SW)$/;

/**
 * Every pair whose Chinese side names a glossary company (by its name or an alias) while the
 * English side does not use that company's English name. Name fields (the whole `zh` is the
 * company, perhaps with a listing suffix) must be exactly the English name plus the same suffix.
 */
export function glossaryProblems(
  glossary: Glossary,
  pairs: readonly BilingualPair[],
): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  for (const pair of pairs) {
    for (const entry of glossary.companies) {
      const forms = [entry.zh, ...(entry.aliases ?? [])];
      const named = forms.find((form) => pair.zh.includes(form));
      if (named === undefined) continue;
      const suffix = LISTING_SUFFIX.exec(pair.zh)?.[0] ?? '';
      const isNameField = forms.some((form) => pair.zh === form + suffix);
      const ok = isNameField ? pair.en === entry.en + suffix : pair.en.includes(entry.en);
      if (!ok) {
        problems.push({ path: pair.path, zhName: named, expectedEn: entry.en, foundEn: pair.en });
      }
    }
  }
  return problems;
}

/** The same English name for two companies, or the same Chinese name twice, is a glossary error. */
export function glossaryDuplicates(glossary: Glossary): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const entry of glossary.companies) {
    for (const key of [
      `zh:${entry.zh}`,
      `en:${entry.en}`,
      ...(entry.code ? [`code:${entry.code}`] : []),
    ]) {
      const previous = seen.get(key);
      if (previous !== undefined) out.push(`${key} is used by ${previous} and ${entry.zh}`);
      else seen.set(key, entry.zh);
    }
  }
  return out;
}
