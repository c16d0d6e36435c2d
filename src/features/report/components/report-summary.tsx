import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../../shared/stores/preferences-store';
import { DataNotes, TranslationMark } from '../../../shared/ui/bilingual';
import { KpiCard } from '../../../shared/ui/kpi-card';
import type { ReportDataset } from '../report-schema';

export function RatingKpi({ data }: { data: ReportDataset }): ReactElement {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <KpiCard
      label={t('overview.rating')}
      value={data.rating.rating[lang]}
      sub={data.rating.action[lang]}
      unit={data.industry[lang]}
      source={t('provenance.front')}
    />
  );
}

/** Investment suggestions (cover and §6) and risk warnings (§7), as printed. */
export function SuggestionsAndRisks({ data }: { data: ReportDataset }): ReactElement {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <div className="grid-2">
      <div className="prose">
        <h3>
          {t('overview.suggestions')}
          <TranslationMark />
        </h3>
        {data.suggestions.map((s) => (
          <p key={s.section}>
            <span className="source-tag">
              {s.section === 'front'
                ? t('provenance.front')
                : t('provenance.section', { section: s.section })}
            </span>{' '}
            {s.text[lang]}
          </p>
        ))}
      </div>
      <div>
        <h3>
          {t('overview.risks')}
          <TranslationMark />
        </h3>
        <ul className="plain-list">
          {data.risks.map((risk) => (
            <li key={risk.zh}>{risk[lang]}</li>
          ))}
        </ul>
        <span className="source-tag">{t('provenance.section', { section: '7' })}</span>
      </div>
      <DataNotes notes={data.notes.filter((n) => n.field === 'suggestions')} />
    </div>
  );
}

/** Cover-page highlights: bold lead and body. */
export function ReportHighlights({ data }: { data: ReportDataset }): ReactElement {
  const lang = useLanguage();
  return (
    <div className="prose">
      {data.highlights.map((h) => (
        <p key={h.lead.zh}>
          <strong>{h.lead[lang]}</strong> {h.body[lang]}
        </p>
      ))}
      <DataNotes notes={data.notes.filter((n) => n.field === 'highlights' || n.field === null)} />
    </div>
  );
}
