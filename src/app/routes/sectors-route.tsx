import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

export function SectorsRoute(): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('sectors.title')}</h1>
    </div>
  );
}
