import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../../shared/stores/preferences-store';
import { TranslationMark } from '../../../shared/ui/bilingual';
import type { CompaniesDataset } from '../companies-schema';

/** 表4's misprinted growth headers, the printed text and our reading side by side. */
export function TableFourReading({
  reading,
}: {
  reading: CompaniesDataset['tableFourColumns'];
}): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  const lang = useLanguage();
  return (
    <aside className="data-notes column-reading" aria-labelledby="table-four-reading">
      <p className="data-notes-title" id="table-four-reading">
        {t('reading.title')}
        <TranslationMark />
      </p>
      <p>{reading.explanation[lang]}</p>
      <ol>
        {reading.columns.map((column, index) => (
          <li key={`${column.field}-${index}`}>
            <span className="printed-header">{column.printedHeader}</span> → {column.reading[lang]}
          </li>
        ))}
      </ol>
    </aside>
  );
}
