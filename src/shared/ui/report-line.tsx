import { createContext, useContext } from 'react';

import type { Lang } from '../lib/format';
import { useLanguage } from '../stores/preferences-store';

/** The data date and the report's source line, as the page header shows them. */
export interface ReportLine {
  dataDate: string;
  source: string;
}

/**
 * The report line in both languages, provided once by the app (from the edition it shows), so
 * exports can name their data date and report without a feature reading the app's editions.
 */
export const ReportLineContext = createContext<Record<Lang, ReportLine> | null>(null);

/** The report line in the current language (null outside the app, e.g. in isolated tests). */
export function useReportLine(): ReportLine | null {
  const lang = useLanguage();
  return useContext(ReportLineContext)?.[lang] ?? null;
}
