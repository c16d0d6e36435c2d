import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { parseCompaniesView, writeCompaniesView, type CompaniesView } from './view-state';

export type ViewUpdate = (change: (view: CompaniesView) => CompaniesView) => void;

/**
 * The page's view state, read from and written to the URL (replace, no scroll reset). Updates
 * are functions of the current view so quick successive changes never overwrite each other.
 */
export function useCompaniesView(): [CompaniesView, ViewUpdate] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseCompaniesView(params), [params]);
  const update = useCallback<ViewUpdate>(
    (change) => {
      setParams((current) => writeCompaniesView(change(parseCompaniesView(current)), current), {
        replace: true,
        preventScrollReset: true,
      });
    },
    [setParams],
  );
  return [view, update];
}
