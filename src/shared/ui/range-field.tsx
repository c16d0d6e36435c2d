import { useId, useState, type ReactElement } from 'react';

import { parseNumber } from '../lib/url-params';

export interface NumberBounds {
  min: number | null;
  max: number | null;
}

/** Text with the number it means ("" → null; "20%" → 20; anything unparsable → undefined). */
function readBound(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/%$/, '');
  if (trimmed === '') return null;
  return parseNumber(trimmed) ?? undefined;
}

/**
 * One bound of a range, applied on every edit that makes a number (or clears it): the screeners
 * filter in a few milliseconds even at 20,000 funds, and applying at once is what the bench
 * measures. The text is kept locally so a half-typed "-" or "1." is not overwritten by the
 * address, and text that is not a number is flagged and never applied.
 */
function BoundInput({
  value,
  label,
  placeholder,
  onCommit,
  disabled,
  size,
}: {
  value: number | null;
  label: string;
  placeholder: string;
  onCommit: (value: number | null) => void;
  disabled?: boolean;
  size?: number;
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
      disabled={disabled}
      size={size}
      onChange={(event) => {
        setText(event.target.value);
        const bound = readBound(event.target.value);
        if (bound !== undefined && bound !== value) onCommit(bound);
      }}
    />
  );
}

export interface RangeFieldProps {
  /** Names the range (a fieldset's legend). */
  legend: string;
  range: NumberBounds;
  onChange: (range: NumberBounds) => void;
  /** Accessible names and placeholders of the two boxes. */
  labels: { min: string; max: string; minPlaceholder: string; maxPlaceholder: string };
  disabled?: boolean;
  /** Shown under the boxes and read with the group (why it is disabled, say). */
  hint?: string;
  /** Width of the boxes in characters, where the page's styles do not size them. */
  size?: number;
}

/** A minimum and a maximum for one figure of a screener. */
export function RangeField({
  legend,
  range,
  onChange,
  labels,
  disabled,
  hint,
  size,
}: RangeFieldProps): ReactElement {
  const hintId = useId();
  return (
    <fieldset disabled={disabled} aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      <div className="range">
        <BoundInput
          value={range.min}
          label={labels.min}
          placeholder={labels.minPlaceholder}
          onCommit={(min) => onChange({ ...range, min })}
          disabled={disabled}
          size={size}
        />
        <span aria-hidden="true">–</span>
        <BoundInput
          value={range.max}
          label={labels.max}
          placeholder={labels.maxPlaceholder}
          onCommit={(max) => onChange({ ...range, max })}
          disabled={disabled}
          size={size}
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
