import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';

import { ErrorPanel } from './error-panel';

export interface QueryPanelProps<T> {
  query: UseQueryResult<T>;
  /** Localised dataset name for the error message. */
  what: string;
  children: (data: T) => ReactNode;
  /** Space to reserve while loading, so the layout does not jump. */
  minHeight?: number;
}

/**
 * Renders one dataset's panel: a placeholder while loading, the localised error with retry when it
 * failed, otherwise its content. Data already loaded stays on screen when a refetch fails (offline).
 */
export function QueryPanel<T>({
  query,
  what,
  children,
  minHeight = 120,
}: QueryPanelProps<T>): ReactElement {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    return (
      <ErrorPanel
        what={what}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return (
    <div className="loading-panel" style={{ minHeight }} aria-busy="true">
      {t('app.loading')}
    </div>
  );
}
