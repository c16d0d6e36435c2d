import { useId, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { RangeField } from '../../../shared/ui/range-field';
import type { ViewUpdate } from '../use-companies-view';
import {
  capRangeApplies,
  currencyChoices,
  rangesByTab,
  type CompaniesView,
  type CurrencyChoice,
  type NumberRange,
  type RangeKey,
} from '../view-state';

/** Search, currency and range filters of the current tab. */
export function ScreeningToolbar({
  view,
  update,
}: {
  view: CompaniesView;
  update: ViewUpdate;
}): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  const searchId = useId();
  const [query, setQuery] = useState(view.query);
  const [seenQuery, setSeenQuery] = useState(view.query);
  if (seenQuery !== view.query) {
    setSeenQuery(view.query);
    if (query.trim() !== view.query) setQuery(view.query);
  }

  const setRange = (key: RangeKey) => (range: NumberRange) =>
    update((v) => ({ ...v, ranges: { ...v.ranges, [key]: range } }));

  const legendOf = (key: RangeKey): string => {
    if (key === 'cap') return view.tab === 'a-share' ? t('ranges.capCny') : t('ranges.capForeign');
    return t(`ranges.${key}`);
  };

  return (
    <form className="toolbar companies-toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={searchId}>
        <span>{t('search')}</span>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          onChange={(event) => {
            setQuery(event.target.value);
            const next = event.target.value;
            update((v) => ({ ...v, query: next.trim().slice(0, 60) }));
          }}
        />
      </label>
      {view.tab === 'overseas' ? (
        <label>
          <span>{t('currency')}</span>
          <select
            value={view.currency}
            onChange={(event) => {
              const currency = event.target.value as CurrencyChoice;
              update((v) => ({
                ...v,
                currency,
                // A cap range typed for one currency must not silently apply to another.
                ranges: { ...v.ranges, cap: { min: null, max: null } },
              }));
            }}
          >
            {currencyChoices.map((c) => (
              <option key={c} value={c}>
                {t(`currencies.${c}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {rangesByTab[view.tab].map((key) => {
        const disabled = key === 'cap' && !capRangeApplies(view.tab, view.currency);
        return (
          <RangeField
            key={key}
            legend={legendOf(key)}
            labels={{
              min: t('rangeMin', { what: legendOf(key) }),
              max: t('rangeMax', { what: legendOf(key) }),
              minPlaceholder: t('min'),
              maxPlaceholder: t('max'),
            }}
            range={view.ranges[key]}
            onChange={setRange(key)}
            disabled={disabled}
            hint={disabled ? t('capNeedsCurrency') : undefined}
            size={7}
          />
        );
      })}
    </form>
  );
}
