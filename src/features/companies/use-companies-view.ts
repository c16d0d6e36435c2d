import { useCallback, useMemo } from 'react';

import { useUrlState } from '../../shared/lib/use-url-state';
import {
  companiesUrlParsers,
  companiesViewFromUrl,
  companiesViewToUrl,
  type CompaniesView,
} from './view-state';

export type ViewUpdate = (change: (view: CompaniesView) => CompaniesView) => void;

/**
 * The page's view state, read from and written to the URL (replace). Updates are functions of
 * the current view so quick successive changes never overwrite each other.
 */
export function useCompaniesView(): [CompaniesView, ViewUpdate] {
  const [values, setValues] = useUrlState(companiesUrlParsers);
  const view = useMemo(() => companiesViewFromUrl(values), [values]);
  const update = useCallback<ViewUpdate>(
    (change) => setValues((current) => companiesViewToUrl(change(companiesViewFromUrl(current)))),
    [setValues],
  );
  return [view, update];
}
