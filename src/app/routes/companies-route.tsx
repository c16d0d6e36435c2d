import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

export function CompaniesRoute(): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('companies.title')}</h1>
    </div>
  );
}
