import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../../shared/stores/preferences-store';
import { QUADRANTS, quadrantOf } from '../quadrants';
import type { SubIndustry } from '../sectors-schema';
import { useScatterLabels } from './use-scatter-labels';

/**
 * The scatter's four quadrants as page text, always shown beside the chart or table: every
 * sub-industry by name with its revenue direction and profit status in words, so the names are
 * readable, searchable and selectable, not only canvas labels.
 */
export function QuadrantGroups({ rows }: { rows: readonly SubIndustry[] }): ReactElement {
  const { t } = useTranslation(['sectors', 'translation']);
  const lang = useLanguage();
  const labels = useScatterLabels();
  return (
    <section className="quadrant-groups" aria-labelledby="quadrant-groups-title">
      <h3 id="quadrant-groups-title">{t('groups.heading')}</h3>
      <div className="quadrant-groups-list">
        {QUADRANTS.map((quadrant) => {
          const members = rows.filter((row) => quadrantOf(row) === quadrant);
          return (
            <div key={quadrant} className="quadrant-group" data-quadrant={quadrant}>
              <h4>
                {t('filter.option', { name: labels.quadrant[quadrant], count: members.length })}
              </h4>
              <ul>
                {members.map((row) => (
                  <li key={row.id}>
                    <span className="sectors-name">{row.name[lang]}</span>{' '}
                    <span className="quadrant-group-words">
                      {t('groups.item', {
                        revenue: labels.revenueDirection[row.revenueDirection],
                        profit: labels.profitStatus[row.profitStatus],
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
