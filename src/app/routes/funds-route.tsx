import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

export function FundsRoute(): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('funds.title')}</h1>
    </div>
  );
}
