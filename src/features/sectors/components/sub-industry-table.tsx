import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../../shared/stores/preferences-store';
import { useProvenanceLabel, TranslationMark } from '../../../shared/ui/bilingual';
import { SortableTable, type SortableColumn } from '../../../shared/ui/sortable-table';
import { figureText } from '../growth-scatter-option';
import {
  PROFIT_STATUS_ORDER,
  profitHalf,
  QUADRANTS,
  quadrantOf,
  REVENUE_DIRECTION_ORDER,
} from '../quadrants';
import type { SubIndustry } from '../sectors-schema';
import { useScatterLabels } from './use-scatter-labels';

/**
 * The scatter's 25 rows as a sortable table: the same directions, statuses and quadrants, plus the
 * report's own words (the chart's tooltip, here reachable by keyboard).
 */
export function SubIndustryTable({ rows }: { rows: readonly SubIndustry[] }): ReactElement {
  const { t } = useTranslation(['sectors', 'translation']);
  const provenance = useProvenanceLabel();
  const lang = useLanguage();
  const labels = useScatterLabels();
  const columns: SortableColumn<SubIndustry>[] = [
    {
      key: 'order',
      header: t('grid.order'),
      numeric: true,
      sortValue: (r) => r.order,
      render: (r) => r.order,
    },
    {
      key: 'name',
      header: t('grid.name'),
      sortValue: (r) => r.name[lang],
      render: (r) => <span className="sectors-name">{r.name[lang]}</span>,
    },
    {
      key: 'revenue',
      header: t('grid.revenue'),
      sortValue: (r) =>
        REVENUE_DIRECTION_ORDER.indexOf(r.revenueDirection) * 1000 +
        (r.revenueFigure?.valuePct ?? 0),
      render: (r) => {
        const figure = figureText(r, lang, labels.moreThan);
        return (
          <span className={r.revenueDirection === 'up' ? 'up' : 'flat'}>
            <span aria-hidden="true">{r.revenueDirection === 'up' ? '▲ ' : '– '}</span>
            {labels.revenueDirection[r.revenueDirection]}
            {figure ? <strong className="num"> {figure}</strong> : null}
          </span>
        );
      },
    },
    {
      key: 'profit',
      header: t('grid.profit'),
      sortValue: (r) => PROFIT_STATUS_ORDER.indexOf(r.profitStatus),
      render: (r) => {
        const up = profitHalf(r.profitStatus) === 'up';
        return (
          <span className={up ? 'up' : 'down'}>
            <span aria-hidden="true">{up ? '▲ ' : '▼ '}</span>
            {labels.profitStatus[r.profitStatus]}
          </span>
        );
      },
    },
    {
      key: 'quadrant',
      header: t('grid.quadrant'),
      sortValue: (r) => QUADRANTS.indexOf(quadrantOf(r)),
      render: (r) => labels.quadrant[quadrantOf(r)],
    },
    {
      key: 'words',
      header: t('grid.words'),
      sortValue: (r) => r.quotes.length,
      render: (r) => (
        <details className="sectors-words">
          <summary>{t('grid.showWords', { count: r.quotes.length })}</summary>
          <ul>
            {r.quotes.map((quote, index) => (
              <li key={index}>
                “{quote[lang]}”<TranslationMark />
              </li>
            ))}
          </ul>
        </details>
      ),
    },
    {
      key: 'source',
      header: t('grid.source'),
      sortValue: (r) => provenance(r.source),
      render: (r) => <span className="source-tag">{provenance(r.source)}</span>,
    },
  ];
  return (
    <SortableTable
      caption={t('grid.caption')}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      initialSort={{ key: 'order', direction: 'asc' }}
    />
  );
}
