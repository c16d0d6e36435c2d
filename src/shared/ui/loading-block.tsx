import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Stands in for content that is still loading (a chart's code, a page), keeping its space. */
export function LoadingBlock({ minHeight = 120 }: { minHeight?: number | string }): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="loading-panel" style={{ minHeight }} aria-busy="true">
      {t('app.loading')}
    </div>
  );
}
