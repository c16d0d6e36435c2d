import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Show/hide columns; the code and name columns are not offered (always shown). */
export function ColumnChooser({
  columns,
  hidden,
  onChange,
}: {
  columns: readonly { id: string; label: string }[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  // The URL updates after the router's navigation settles: keep the boxes' state locally meanwhile
  // so a click shows at once, and follow the URL when it changes (reset, back button).
  const [local, setLocal] = useState<readonly string[]>(hidden);
  const [seen, setSeen] = useState(hidden);
  if (seen !== hidden && seen.join(',') !== hidden.join(',')) {
    setSeen(hidden);
    setLocal(hidden);
  }
  const toggle = (id: string, show: boolean): void => {
    const next = show ? local.filter((h) => h !== id) : [...local, id];
    setLocal(next);
    onChange(next);
  };
  return (
    <details className="column-chooser">
      <summary className="button button-small">
        {t('columns')}
        {local.length > 0 ? ` (${columns.length - local.length}/${columns.length})` : ''}
      </summary>
      <fieldset>
        <legend>{t('columnsHint')}</legend>
        {columns.map((column) => (
          <label key={column.id}>
            <input
              type="checkbox"
              checked={!local.includes(column.id)}
              onChange={(event) => toggle(column.id, event.target.checked)}
            />
            {column.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
