import type { BilingualText } from '../lib/dataset-schema';
import { formatDate, type Lang } from '../lib/format';
import { defineStrings } from './define-strings';

/**
 * The data-date / source line in both languages. Not in the core namespace (which loads only the
 * language shown): index.html carries the line in both languages from the build, and every
 * export's footer is written in the export's language, whichever the page shows.
 */
export const provenanceStrings = defineStrings(
  {
    dataAsOf: '数据截至 {{date}}',
    source: '来源：{{publisher}}《{{title}}》，{{date}}发布',
    translationNote: '英文内容为对中文报告的翻译。',
  },
  {
    dataAsOf: 'Data as of {{date}}',
    source: 'Source: {{publisher}}, “{{title}}”, published {{date}}',
    translationNote: 'English text is our translation of the Chinese report.',
  },
);

/** What the line says of an edition (its entry in editions.json). */
export interface ProvenanceSource {
  dataAsOf: string;
  publishedOn: string;
  title: BilingualText;
  publisher: BilingualText;
}

function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

/** The provenance line's parts in one language: the static copy in index.html, the shell, exports. */
export function provenanceText(
  edition: ProvenanceSource,
  lang: Lang,
): { dataDate: string; source: string; translation: string | null } {
  const strings = provenanceStrings[lang];
  return {
    dataDate: interpolate(strings.dataAsOf, { date: formatDate(edition.dataAsOf, lang) }),
    source: interpolate(strings.source, {
      publisher: edition.publisher[lang],
      title: edition.title[lang],
      date: formatDate(edition.publishedOn, lang),
    }),
    translation: lang === 'en' ? strings.translationNote : null,
  };
}
