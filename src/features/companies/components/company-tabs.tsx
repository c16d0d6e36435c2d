import { useRef, type KeyboardEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatCount } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { companyTabs, type CompanyTab } from '../view-state';

export const tabId = (tab: CompanyTab): string => `companies-tab-${tab}`;
export const panelId = 'companies-tabpanel';

/**
 * The page's tablist (WAI-ARIA tabs, automatic activation): one tab stop, arrow keys move and
 * activate, Home/End jump to the ends. The panel is rendered by the page with id `panelId`.
 */
export function CompanyTabs({
  tab,
  counts,
  onChange,
}: {
  tab: CompanyTab;
  counts: Record<CompanyTab, number>;
  onChange: (tab: CompanyTab) => void;
}): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  const lang = useLanguage();
  const refs = useRef<Partial<Record<CompanyTab, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const index = companyTabs.indexOf(tab);
    const last = companyTabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const next = companyTabs[target];
    if (!next) return;
    onChange(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label={t('tabsLabel')}>
      {companyTabs.map((id) => (
        <button
          key={id}
          ref={(node) => {
            refs.current[id] = node;
          }}
          type="button"
          role="tab"
          id={tabId(id)}
          aria-selected={id === tab}
          aria-controls={panelId}
          tabIndex={id === tab ? 0 : -1}
          onClick={() => onChange(id)}
          onKeyDown={onKeyDown}
        >
          {t(`tabs.${id}`)}{' '}
          <span className="tab-count">{t('tabCount', { n: formatCount(counts[id], lang) })}</span>
        </button>
      ))}
    </div>
  );
}
