import type { ReactElement } from 'react';

export interface ToggleGroupProps<T extends string> {
  /** Names the group (a fieldset's legend). */
  legend: string;
  options: readonly T[];
  /** Whether an option is on: one of them (a choice) or any number (filters). */
  pressed: (option: T) => boolean;
  label: (option: T) => string;
  /** A press on an option; the caller decides what it turns on or off. */
  onToggle: (option: T) => void;
  /** Class of the fieldset. */
  className?: string;
}

/** A row of chips that stay pressed (aria-pressed), grouped and named by a fieldset's legend. */
export function ToggleGroup<T extends string>({
  legend,
  options,
  pressed,
  label,
  onToggle,
  className,
}: ToggleGroupProps<T>): ReactElement {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className="chip"
            aria-pressed={pressed(option)}
            onClick={() => onToggle(option)}
          >
            {label(option)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
