import { memo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatPercent, formatCount } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { RangeField } from '../../../shared/ui/range-field';
import { ToggleGroup } from '../../../shared/ui/toggle-group';
import {
  fundKinds,
  isPresetActive,
  presetIds,
  returnPeriods,
  shareClassFilters,
  togglePreset,
  type FundFilters,
} from '../fund-filters';
import { SearchField } from './fund-search-field';

export interface FundFilterBarProps {
  filters: FundFilters;
  collapse: boolean;
  /** The top-quartile threshold and how many funds it was computed from, for the explanation. */
  topQuartile: { threshold: number | null; count: number };
  onFiltersChange: (filters: FundFilters) => void;
  onCollapseChange: (collapse: boolean) => void;
  onReset: () => void;
}

/** Every screening control; each change goes straight to the address. */
export const FundFilterBar = memo(function FundFilterBar({
  filters,
  collapse,
  topQuartile,
  onFiltersChange,
  onCollapseChange,
  onReset,
}: FundFilterBarProps): ReactElement {
  const { t } = useTranslation(['funds', 'translation']);
  const lang = useLanguage();
  const set = (patch: Partial<FundFilters>): void => onFiltersChange({ ...filters, ...patch });
  const rangeLabels = (what: string) => ({
    min: t('filters.minLabel', { what }),
    max: t('filters.maxLabel', { what }),
    minPlaceholder: t('filters.min'),
    maxPlaceholder: t('filters.max'),
  });
  const classLabel = {
    all: 'filters.classAll',
    A: 'filters.classA',
    C: 'filters.classC',
  } as const;

  return (
    <div className="fund-filters">
      <div className="toolbar">
        <SearchField value={filters.query} onCommit={(query) => set({ query })} />
        <fieldset>
          <legend>{t('filters.shareClass')}</legend>
          <div className="segmented">
            {shareClassFilters.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="fund-share-class"
                  value={value}
                  checked={filters.shareClass === value}
                  onChange={() => set({ shareClass: value })}
                />
                <span>{t(classLabel[value])}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <ToggleGroup
          legend={t('filters.kind')}
          options={fundKinds}
          pressed={(kind) => filters.kinds.includes(kind)}
          label={(kind) => t(`kinds.${kind}`)}
          onToggle={(kind) =>
            set({
              kinds: filters.kinds.includes(kind)
                ? filters.kinds.filter((k) => k !== kind)
                : [...filters.kinds, kind],
            })
          }
        />
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={collapse}
            onChange={(event) => onCollapseChange(event.target.checked)}
          />
          <span>{t('filters.collapse')}</span>
        </label>
      </div>

      <div className="toolbar">
        {returnPeriods.map((period) => {
          const legend = t('filters.returnRange', { period: t(`periods.${period}`) });
          return (
            <RangeField
              key={period}
              legend={legend}
              labels={rangeLabels(legend)}
              range={filters.returns[period]}
              onChange={(range) => set({ returns: { ...filters.returns, [period]: range } })}
            />
          );
        })}
        <RangeField
          legend={t('filters.sizeRange')}
          labels={rangeLabels(t('filters.sizeRange'))}
          range={filters.size}
          onChange={(size) => set({ size })}
        />
      </div>

      <div className="toolbar fund-presets">
        <ToggleGroup
          legend={t('filters.presets')}
          options={presetIds}
          pressed={(id) => isPresetActive(id, filters)}
          label={(id) => t(`presets.${id}`)}
          onToggle={(id) => onFiltersChange(togglePreset(id, filters))}
        />
        <button type="button" className="button" onClick={onReset}>
          {t('filters.reset')}
        </button>
        <p className="filter-hint">
          {filters.topQuartile1m
            ? topQuartile.threshold === null
              ? t('filters.topQuartileNone')
              : t('filters.topQuartileNote', {
                  threshold: formatPercent(topQuartile.threshold, lang, 2),
                  funds: formatCount(topQuartile.count, lang),
                })
            : t('filters.inclusive')}
        </p>
      </div>
    </div>
  );
});
