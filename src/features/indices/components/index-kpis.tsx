import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate, formatMoneyYi, formatNumber, formatPercent } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { provenanceLabel } from '../../../shared/ui/bilingual';
import { KpiCard } from '../../../shared/ui/kpi-card';
import { SignedPercent } from '../../../shared/ui/signed-value';
import type { IndicesDataset } from '../indices-schema';

/** AI index close and the month's change, market cap and constituents, PE / PS TTM. */
export function IndexKpis({
  data,
  dataDate,
}: {
  data: IndicesDataset;
  /** The edition's data date: the month the change is labelled with. */
  dataDate: string;
}): ReactElement | null {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ai = data.indices.find((index) => index.id === 'ai');
  const { aiIndexProfile: profile, valuation } = data;
  return (
    <>
      {ai && ai.close !== null ? (
        <KpiCard
          label={t('overview.aiIndex')}
          value={formatNumber(ai.close, lang, { digits: 4 })}
          sub={
            <>
              {t('overview.changeSeries', { month: formatDate(dataDate, lang, 'month') })}{' '}
              <SignedPercent value={ai.octoberChangePct} digits={ai.octoberChangeDigits} />
            </>
          }
          unit={t('units.points')}
          source={provenanceLabel(ai.source, t)}
        />
      ) : null}
      <KpiCard
        label={t('overview.aiIndexCap')}
        value={formatMoneyYi(profile.marketCapYi, lang, 2)}
        sub={t('overview.constituents', {
          count: profile.constituents,
          weighting: profile.weighting[lang],
        })}
        unit={lang === 'zh' ? t('units.yi') : 'CNY'}
        source={provenanceLabel(profile.source, t)}
      />
      <KpiCard
        label={t('overview.valuation')}
        value={t('overview.valuationValue', {
          pe: `${formatNumber(valuation.peTtm, lang, { digits: 2 })}${t('units.times')}`,
          ps: `${formatNumber(valuation.psTtm, lang, { digits: 2 })}${t('units.times')}`,
        })}
        sub={t('overview.cagr', {
          revenue: formatPercent(valuation.revenueCagr3yPct, lang, 2),
          profit: formatPercent(valuation.netProfitCagr3yPct, lang, 2),
        })}
        unit={t('units.timesName')}
        source={provenanceLabel(valuation.source, t)}
      />
    </>
  );
}
