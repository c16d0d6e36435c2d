import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

export function TimelineRoute(): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('timeline.title')}</h1>
    </div>
  );
}
