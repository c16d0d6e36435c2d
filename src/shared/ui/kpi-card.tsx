import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { MaskedValue, useMasked } from './mask-context';

export interface KpiCardProps {
  label: string;
  value: ReactNode;
  /** Secondary line, e.g. the yoy change. */
  sub?: ReactNode;
  /** Unit and source table, always shown. */
  unit: string;
  source: ReactNode;
}

/** A headline figure with its unit and where it came from. Text only, so it paints before any chart code. */
export function KpiCard({ label, value, sub, unit, source }: KpiCardProps): ReactElement {
  const { t } = useTranslation();
  const masked = useMasked();
  return (
    <article className="kpi">
      <h3 className="kpi-label">{label}</h3>
      <p className="kpi-value">{masked ? <MaskedValue label={t('app.hiddenValue')} /> : value}</p>
      {sub ? <p className="kpi-sub">{sub}</p> : null}
      <p className="kpi-foot">
        {unit} · {source}
      </p>
    </article>
  );
}
