import { useId, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { parseNumber } from '../../../shared/lib/url-params';
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

/**
 * A number input bound to one URL bound. While typing, the text is kept locally ("-", "1.") and
 * written to the URL as soon as it is a number (or empty); a change from outside (reset, back
 * button) replaces the text.
 */
function BoundInput({
  value,
  onCommit,
  label,
  placeholder,
  disabled,
}: {
  value: number | null;
  onCommit: (value: number | null) => void;
  label: string;
  placeholder: string;
  disabled?: boolean;
}): ReactElement {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (parseNumber(text) !== value) setText(value === null ? '' : String(value));
  }
  return (
    <input
      type="text"
      inputMode="decimal"
      aria-label={label}
      placeholder={placeholder}
      value={text}
      disabled={disabled}
      size={7}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const parsed = parseNumber(next);
        if (next.trim() === '' || parsed !== null) onCommit(parsed);
      }}
    />
  );
}

function RangeFieldset({
  legend,
  range,
  onChange,
  disabled,
  hint,
}: {
  legend: string;
  range: NumberRange;
  onChange: (range: NumberRange) => void;
  disabled?: boolean;
  hint?: string;
}): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  const hintId = useId();
  return (
    <fieldset disabled={disabled} aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      <div className="range">
        <BoundInput
          value={range.min}
          label={t('rangeMin', { what: legend })}
          placeholder={t('min')}
          onCommit={(min) => onChange({ ...range, min })}
          disabled={disabled}
        />
        <span aria-hidden="true">–</span>
        <BoundInput
          value={range.max}
          label={t('rangeMax', { what: legend })}
          placeholder={t('max')}
          onCommit={(max) => onChange({ ...range, max })}
          disabled={disabled}
        />
      </div>
      {hint ? (
        <small id={hintId} className="range-hint">
          {hint}
        </small>
      ) : null}
    </fieldset>
  );
}

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
          <RangeFieldset
            key={key}
            legend={legendOf(key)}
            range={view.ranges[key]}
            onChange={setRange(key)}
            disabled={disabled}
            hint={disabled ? t('capNeedsCurrency') : undefined}
          />
        );
      })}
    </form>
  );
}
