import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import {
  formatCount,
  formatMoneyYi,
  formatNumber,
  formatPercent,
} from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { SourceTag } from '../../../shared/ui/bilingual';
import type { IndicesDataset } from '../indices-schema';

/** Board split and valuation of the AI index (§2.2, §2.3), as a compact text table. */
export function IndexProfile({ data }: { data: IndicesDataset }): ReactElement {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { aiIndexProfile: profile, valuation } = data;
  return (
    <div className="grid-2">
      <div>
        <h3>{t('overview.boards')}</h3>
        <table className="simple">
          <tbody>
            {profile.boards.map((board) => (
              <tr key={board.board.zh}>
                <th scope="row">{board.board[lang]}</th>
                <td className="num">
                  {t('units.stocks', {
                    count: board.count,
                    formatted: formatCount(board.count, lang),
                  })}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('overview.aiIndexCap')}</th>
              <td className="num">{formatMoneyYi(profile.marketCapYi, lang, 2)}</td>
            </tr>
          </tbody>
        </table>
        <SourceTag source={profile.source} />
      </div>
      <div>
        <h3>{t('overview.valuation')}</h3>
        <table className="simple">
          <tbody>
            <tr>
              <th scope="row">PE (TTM)</th>
              <td className="num">
                {formatNumber(valuation.peTtm, lang, { digits: 2 })}
                {t('units.times')}
              </td>
            </tr>
            <tr>
              <th scope="row">PS (TTM)</th>
              <td className="num">
                {formatNumber(valuation.psTtm, lang, { digits: 2 })}
                {t('units.times')}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('overview.revenueCagr')}</th>
              <td className="num">{formatPercent(valuation.revenueCagr3yPct, lang, 2)}</td>
            </tr>
            <tr>
              <th scope="row">{t('overview.profitCagr')}</th>
              <td className="num">{formatPercent(valuation.netProfitCagr3yPct, lang, 2)}</td>
            </tr>
          </tbody>
        </table>
        <SourceTag source={valuation.source} />
      </div>
    </div>
  );
}
