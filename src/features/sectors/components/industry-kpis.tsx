import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatMoneyYi } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { provenanceLabel } from '../../../shared/ui/bilingual';
import { KpiCard } from '../../../shared/ui/kpi-card';
import { SignedPercent } from '../../../shared/ui/signed-value';
import type { SectorsDataset } from '../sectors-schema';

/**
 * Industry revenue and net profit attributable to parent of the dataset's period (24Q3 in the
 * October 2024 report), each with yoy (§1.1).
 */
export function IndustryKpis({ data }: { data: SectorsDataset }): ReactElement {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { industry, period } = data;
  const unit = lang === 'zh' ? t('units.yi') : 'CNY';
  const source = provenanceLabel(industry.source, t);
  return (
    <>
      <KpiCard
        label={t('overview.industryRevenue', { period })}
        value={formatMoneyYi(industry.q3RevenueYi, lang, 2)}
        sub={
          <>
            {t('overview.yoyLabel')} <SignedPercent value={industry.q3RevenueYoyPct} digits={2} />
          </>
        }
        unit={unit}
        source={source}
      />
      <KpiCard
        label={t('overview.industryProfit', { period })}
        value={formatMoneyYi(industry.q3NetProfitYi, lang, 2)}
        sub={
          <>
            {t('overview.yoyLabel')} <SignedPercent value={industry.q3NetProfitYoyPct} digits={2} />
          </>
        }
        unit={unit}
        source={source}
      />
    </>
  );
}
