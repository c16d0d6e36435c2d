import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { QUADRANT_FILTERS, quadrantOf, type QuadrantFilter } from '../quadrants';
import type { SubIndustry } from '../sectors-schema';
import { useScatterLabels } from './use-scatter-labels';

/** Quadrant buttons (toggle, aria-pressed): filter the scatter's points and the table's rows. */
export function QuadrantFilterButtons({
  rows,
  value,
  onChange,
}: {
  rows: readonly SubIndustry[];
  value: QuadrantFilter;
  onChange: (value: QuadrantFilter) => void;
}): ReactElement {
  const { t } = useTranslation(['sectors', 'translation']);
  const labels = useScatterLabels();
  return (
    <div className="chips" role="group" aria-label={t('filter.label')}>
      {QUADRANT_FILTERS.map((filter) => {
        const count =
          filter === 'all' ? rows.length : rows.filter((row) => quadrantOf(row) === filter).length;
        const name = filter === 'all' ? t('filter.all') : labels.quadrant[filter];
        return (
          <button
            key={filter}
            type="button"
            className="chip"
            aria-pressed={value === filter}
            data-quadrant={filter}
            onClick={() => onChange(value === filter && filter !== 'all' ? 'all' : filter)}
          >
            {t('filter.option', { name, count })}
          </button>
        );
      })}
    </div>
  );
}
