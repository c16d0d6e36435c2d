import { memo, useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatPercent, formatCount } from '../../../shared/lib/format';
import { parseNumber } from '../../../shared/lib/url-params';
import { useLanguage } from '../../../shared/stores/preferences-store';
import {
  fundKinds,
  isPresetActive,
  presetIds,
  returnPeriods,
  shareClassFilters,
  togglePreset,
  type FundFilters,
  type NumberRange,
} from '../fund-filters';

/** Text search waits for a pause in typing: re-filtering 20,000 funds per keystroke is wasted work. */
const SEARCH_DEBOUNCE_MS = 200;

/** Text with the number it means ("" → null; anything unparsable → undefined, not committed). */
function readBound(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/%$/, '');
  if (trimmed === '') return null;
  return parseNumber(trimmed) ?? undefined;
}

/**
 * One bound of a range. Number bounds apply on every edit, without debounce: one filter pass is a
 * few milliseconds even at 20,000 funds, and applying at once is what the bench measures. The
 * text is kept locally so a half-typed "-" or "1." is not overwritten by the address.
 */
function BoundInput({
  value,
  label,
  placeholder,
  onCommit,
}: {
  value: number | null;
  label: string;
  placeholder: string;
  onCommit: (value: number | null) => void;
}): ReactElement {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [seen, setSeen] = useState(value);
  // Follow the address (reset, presets, back/forward) unless the text already means that value.
  if (seen !== value) {
    setSeen(value);
    if (readBound(text) !== value) setText(value === null ? '' : String(value));
  }
  const invalid = readBound(text) === undefined;
  return (
    <input
      type="text"
      inputMode="decimal"
      autoComplete="off"
      aria-label={label}
      aria-invalid={invalid || undefined}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const bound = readBound(event.target.value);
        if (bound !== undefined && bound !== value) onCommit(bound);
      }}
    />
  );
}

function RangeField({
  legend,
  range,
  onChange,
}: {
  legend: string;
  range: NumberRange;
  onChange: (range: NumberRange) => void;
}): ReactElement {
  const { t } = useTranslation(['funds', 'translation']);
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="range">
        <BoundInput
          value={range.min}
          label={t('filters.minLabel', { what: legend })}
          placeholder={t('filters.min')}
          onCommit={(min) => onChange({ ...range, min })}
        />
        <span aria-hidden="true">–</span>
        <BoundInput
          value={range.max}
          label={t('filters.maxLabel', { what: legend })}
          placeholder={t('filters.max')}
          onCommit={(max) => onChange({ ...range, max })}
        />
      </div>
    </fieldset>
  );
}

/** Quick search: debounced, and never mid-composition (pinyin input sends Latin letters first). */
function SearchField({
  value,
  onCommit,
}: {
  value: string;
  onCommit: (query: string) => void;
}): ReactElement {
  const { t } = useTranslation(['funds', 'translation']);
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  if (seen !== value) {
    setSeen(value);
    if (text.trim() !== value) setText(value);
  }
  useEffect(() => () => clearTimeout(timer.current), []);
  const schedule = (next: string): void => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (next.trim() !== value) onCommit(next.trim());
    }, SEARCH_DEBOUNCE_MS);
  };
  return (
    <label className="search-field">
      <span>{t('filters.search')}</span>
      <input
        type="search"
        value={text}
        maxLength={100}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(event) => {
          setText(event.target.value);
          if (!composing.current) schedule(event.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          schedule(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !composing.current) {
            clearTimeout(timer.current);
            onCommit(event.currentTarget.value.trim());
          }
        }}
      />
    </label>
  );
}

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
        <fieldset>
          <legend>{t('filters.kind')}</legend>
          <div className="chips">
            {fundKinds.map((kind) => {
              const on = filters.kinds.includes(kind);
              return (
                <button
                  key={kind}
                  type="button"
                  className="chip"
                  aria-pressed={on}
                  onClick={() =>
                    set({
                      kinds: on
                        ? filters.kinds.filter((k) => k !== kind)
                        : [...filters.kinds, kind],
                    })
                  }
                >
                  {t(`kinds.${kind}`)}
                </button>
              );
            })}
          </div>
        </fieldset>
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
        {returnPeriods.map((period) => (
          <RangeField
            key={period}
            legend={t('filters.returnRange', { period: t(`periods.${period}`) })}
            range={filters.returns[period]}
            onChange={(range) => set({ returns: { ...filters.returns, [period]: range } })}
          />
        ))}
        <RangeField
          legend={t('filters.sizeRange')}
          range={filters.size}
          onChange={(size) => set({ size })}
        />
      </div>

      <div className="toolbar fund-presets">
        <fieldset>
          <legend>{t('filters.presets')}</legend>
          <div className="chips">
            {presetIds.map((id) => (
              <button
                key={id}
                type="button"
                className="chip"
                aria-pressed={isPresetActive(id, filters)}
                onClick={() => onFiltersChange(togglePreset(id, filters))}
              >
                {t(`presets.${id}`)}
              </button>
            ))}
          </div>
        </fieldset>
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
