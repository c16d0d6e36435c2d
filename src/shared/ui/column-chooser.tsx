import { useState, type ReactElement } from 'react';

export interface ChooserColumn<K extends string = string> {
  id: K;
  label: string;
}

export interface ColumnChooserProps<K extends string = string> {
  /** The disclosure's text, given the hidden columns (it follows a click at once). */
  summary: (hidden: readonly K[]) => string;
  /** Class of the summary (a page may show it as a button). */
  summaryClassName?: string;
  /** Names the group of boxes (which columns are always shown, say). */
  legend: string;
  /** The columns a person may hide, in the grid's order. */
  columns: readonly ChooserColumn<K>[];
  hidden: readonly K[];
  onChange: (hidden: K[]) => void;
}

/** Show / hide a grid's columns: a disclosure with one checkbox per column. */
export function ColumnChooser<K extends string = string>({
  summary,
  summaryClassName,
  legend,
  columns,
  hidden,
  onChange,
}: ColumnChooserProps<K>): ReactElement {
  // The URL updates after the router's navigation settles: keep the boxes' state locally meanwhile
  // so a click shows at once, and follow the URL when it changes (reset, back button).
  const [local, setLocal] = useState<readonly K[]>(hidden);
  const [seen, setSeen] = useState(hidden);
  if (seen !== hidden && seen.join(',') !== hidden.join(',')) {
    setSeen(hidden);
    setLocal(hidden);
  }
  const toggle = (id: K, show: boolean): void => {
    const next = show ? local.filter((h) => h !== id) : [...local, id];
    setLocal(next);
    onChange(next);
  };
  return (
    <details className="column-chooser">
      <summary className={summaryClassName}>{summary(local)}</summary>
      <fieldset>
        <legend>{legend}</legend>
        {columns.map((column) => (
          <label key={column.id}>
            <input
              type="checkbox"
              checked={!local.includes(column.id)}
              onChange={(event) => toggle(column.id, event.target.checked)}
            />
            <span>{column.label}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
