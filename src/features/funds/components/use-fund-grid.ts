import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColDef, ColGroupDef } from 'ag-grid-community';

import { useLanguage } from '../../../shared/stores/preferences-store';
import { fundColumnDefs, groupColumnDefs, type FundGridContext } from '../fund-columns';
import { fundGridLabels } from '../fund-grid-labels';
import { MAX_SELECTED, type FundsViewState } from '../fund-view-state';
import type { FundRow } from './fund-row';

/**
 * The grid's column definitions and context. The definitions change only with the mode and the
 * visible columns; the language reaches headers and cells through the context.
 */
export function useFundGrid(
  state: Pick<FundsViewState, 'collapse' | 'hidden'>,
  /** The edition's data day as labels write it ("October 31" / "10月31日"). */
  day: string,
) {
  const { t } = useTranslation(['funds', 'translation']);
  const lang = useLanguage();
  const labels = useMemo(() => fundGridLabels(t, day), [t, day]);
  const context = useMemo<FundGridContext>(
    () => ({
      lang,
      blank: 'notGiven',
      labels,
      watch: {
        header: t('grid.watch'),
        star: (name) => t('grid.watchStar', { name }),
        defaultList: t('grid.watchDefaultList'),
      },
    }),
    [lang, labels, t],
  );
  const hiddenKey = state.hidden.join(',');
  const columnDefs = useMemo(
    () =>
      (state.collapse
        ? groupColumnDefs({ hidden: state.hidden })
        : fundColumnDefs({ hidden: state.hidden })) as (ColDef<FundRow> | ColGroupDef<FundRow>)[],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.collapse, hiddenKey],
  );
  const selectHeader = useMemo(
    () => ({
      name: t('grid.selectColumn'),
      tooltip: t('grid.selectTooltip', { max: MAX_SELECTED }),
    }),
    [t],
  );
  return { columnDefs, context, selectHeader };
}
