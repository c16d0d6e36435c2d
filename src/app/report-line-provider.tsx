import type { ReactElement, ReactNode } from 'react';

import type { Lang } from '../shared/lib/format';
import { ReportLineContext, type ReportLine } from '../shared/ui/report-line';
import { provenanceText } from './boot-shell';
import { embeddedEditions } from './editions-embedded';

const lineOf = (lang: Lang): ReportLine => {
  const text = provenanceText(embeddedEditions, lang);
  return { dataDate: text?.dataDate ?? '', source: text?.source ?? '' };
};

let lines: Record<Lang, ReportLine> | null = null;

/**
 * Gives a page's exports the data date and source line the header shows. Used by the pages with
 * exports (not the shell), so `/` does not carry the embedded editions.
 */
export function ReportLineProvider({ children }: { children: ReactNode }): ReactElement {
  lines ??= { zh: lineOf('zh'), en: lineOf('en') };
  return <ReportLineContext.Provider value={lines}>{children}</ReportLineContext.Provider>;
}
