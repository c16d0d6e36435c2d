import { useMemo, type ReactElement, type ReactNode } from 'react';

import type { Lang } from '../shared/lib/format';
import { ReportLineContext, type ReportLine } from '../shared/ui/report-line';
import { provenanceText } from '../shared/i18n/provenance-line';
import { useEdition } from './edition/edition-context';

/**
 * Gives a page's exports the data date and source line the header shows, from the edition shown.
 * Used by the pages with exports (inside the shell's edition gate).
 */
export function ReportLineProvider({ children }: { children: ReactNode }): ReactElement {
  const { edition } = useEdition();
  const lines = useMemo(() => {
    const lineOf = (lang: Lang): ReportLine => {
      const text = provenanceText(edition, lang);
      return { dataDate: text.dataDate, source: text.source };
    };
    return { zh: lineOf('zh'), en: lineOf('en') };
  }, [edition]);
  return <ReportLineContext.Provider value={lines}>{children}</ReportLineContext.Provider>;
}
