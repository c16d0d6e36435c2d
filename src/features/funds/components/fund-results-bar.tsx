import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatCount } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { ColumnChooser } from '../../../shared/ui/column-chooser';
import { fundColumnLabel } from '../fund-grid-labels';
import { columnKeys, hideableColumns, MAX_SELECTED, type ColumnKey } from '../fund-view-state';

export interface FundResultsBarProps {
  /** The edition's data day as labels write it (the price column's name). */
  day: string;
  collapse: boolean;
  /** Rows shown and the total (funds when collapsed, share classes otherwise). */
  shown: number;
  total: number;
  /** Share classes that pass the filters. */
  classes: number;
  selectedCount: number;
  onClearSelection: () => void;
  hidden: readonly ColumnKey[];
  onHiddenChange: (hidden: ColumnKey[]) => void;
  onExport: () => void;
  /** The Excel export button (it needs the grid and the rows' notes, which the screener has). */
  excelExport: ReactNode;
}

/** Above the grid: how many funds show, the selection, the column chooser and the CSV and Excel exports. */
export function FundResultsBar({
  collapse,
  shown,
  total,
  classes,
  selectedCount,
  onClearSelection,
  hidden,
  onHiddenChange,
  onExport,
  day,
  excelExport,
}: FundResultsBarProps): ReactElement {
  const { t } = useTranslation(['funds', 'translation']);
  const lang = useLanguage();
  return (
    <div className="fund-results-bar">
      <p className="count-line" role="status">
        {t(collapse ? 'countCollapsed' : 'count', {
          shown: formatCount(shown, lang),
          total: formatCount(total, lang),
          classes: formatCount(classes, lang),
        })}
      </p>
      <div className="fund-results-tools">
        <span className="selection-count">
          {t('selection.count', { count: selectedCount, max: MAX_SELECTED })}
        </span>
        {selectedCount > 0 ? (
          <button type="button" className="button button-small" onClick={onClearSelection}>
            {t('selection.clear')}
          </button>
        ) : null}
        <ColumnChooser<ColumnKey>
          summary={(hiddenNow) =>
            t('columns.summary', {
              shown: columnKeys.length - hiddenNow.length,
              total: columnKeys.length,
            })
          }
          legend={t('columns.title')}
          columns={hideableColumns.map((key) => ({ id: key, label: fundColumnLabel(key, t, day) }))}
          hidden={hidden}
          onChange={onHiddenChange}
        />
        <button type="button" className="button" onClick={onExport}>
          {t('exportCsv')}
        </button>
        {excelExport}
      </div>
    </div>
  );
}
