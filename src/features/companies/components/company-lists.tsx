import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../../shared/stores/preferences-store';
import { SourceTag, TranslationMark } from '../../../shared/ui/bilingual';
import type { CompaniesDataset } from '../companies-schema';
import type { CompanyTab } from '../view-state';

/**
 * The cover page's 重点关注 and section 六's 建议关注 lists. A company whose printed code is in
 * one of the page's tables is a button that opens it there; the others are plain names.
 */
export function CompanyLists({
  lists,
  tabOf,
  onShow,
}: {
  lists: CompaniesDataset['lists'];
  /** Which tab holds a code (表4 first, then the forecasts table), or null. */
  tabOf: (code: string) => CompanyTab | null;
  onShow: (tab: CompanyTab, code: string) => void;
}): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  const lang = useLanguage();
  return (
    <div className="grid-2">
      {lists.map((list) => (
        <section
          key={list.title.zh}
          className="company-list"
          aria-labelledby={`list-${list.source.section}`}
        >
          <h3 id={`list-${list.source.section}`}>
            {list.title[lang]}
            <TranslationMark />
          </h3>
          <ul className="chips">
            {list.companies.map((company) => {
              const tab = company.code ? tabOf(company.code) : null;
              const text = company.code
                ? `${company.name[lang]} ${company.code}`
                : company.name[lang];
              return (
                <li key={company.name.zh}>
                  {tab && company.code ? (
                    <button
                      type="button"
                      className="chip"
                      title={t('lists.inTable', {
                        name: company.name[lang],
                        tab: t(`tabs.${tab}`),
                      })}
                      onClick={() => company.code && onShow(tab, company.code)}
                    >
                      {text}
                    </button>
                  ) : (
                    <span className="chip chip-static">{text}</span>
                  )}
                </li>
              );
            })}
          </ul>
          <SourceTag source={list.source} />
        </section>
      ))}
    </div>
  );
}
