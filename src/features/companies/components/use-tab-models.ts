import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColDef } from 'ag-grid-community';

import type { DataNote } from '../../../shared/lib/dataset-schema';
import { useLanguage } from '../../../shared/stores/preferences-store';
import type {
  AShareCompany,
  ColumnNote,
  CompaniesDataset,
  Forecast,
  OverseasCompany,
} from '../companies-schema';
import {
  columnNotesAsDataNotes,
  groupNotes,
  screenAShare,
  screenForecasts,
  screenOverseas,
  tableColumnNotes,
} from '../screen';
import { defaultView, type CompaniesView } from '../view-state';
import { aShareColumns, forecastColumns, overseasColumns } from './grid-columns';

/** One tab's grid: the rows the filters pass, of how many, its columns, notes and source. */
export interface TabModel<T extends { code: string; name: { zh: string; en: string } }> {
  rows: T[];
  total: number;
  columns: ColDef<T>[];
  notes: DataNote[];
  source: CompaniesDataset['aShare'][number]['source'] | undefined;
  /** Notes on whole columns of this table (the Excel export's sources sheet lists them). */
  columnNotes: readonly ColumnNote[];
}

export type AnyTabModel = TabModel<AShareCompany> | TabModel<OverseasCompany> | TabModel<Forecast>;

/** The three tabs' grids for the view (the charts use the A-share and overseas rows too). */
export function useTabModels(data: CompaniesDataset, view: CompaniesView) {
  const { t } = useTranslation(['companies', 'translation']);
  const lang = useLanguage();
  // Columns only change with language, sort and hidden columns (not with every filter keystroke).
  const sortKey = view.sort ? `${view.sort.column}.${view.sort.direction}` : '';
  const hiddenKey = view.hidden.join(',');
  const columnView = useMemo(
    () => ({ ...defaultView(view.tab), sort: view.sort, hidden: view.hidden }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value, not identity
    [view.tab, sortKey, hiddenKey],
  );

  const aShare = useMemo<TabModel<AShareCompany>>(() => {
    const rows = screenAShare(data.aShare, view);
    const columnNotes = tableColumnNotes(data.columnNotes, 4);
    return {
      rows,
      total: data.aShare.length,
      columns: aShareColumns({ lang, t, view: columnView, columnNotes }, data.tableFourColumns),
      notes: [...columnNotesAsDataNotes(columnNotes), ...groupNotes(rows)],
      source: data.aShare[0]?.source,
      columnNotes,
    };
  }, [data, view, lang, t, columnView]);
  const overseas = useMemo<TabModel<OverseasCompany>>(() => {
    const rows = screenOverseas(data.overseas, view);
    const columnNotes = tableColumnNotes(data.columnNotes, 5);
    return {
      rows,
      total: data.overseas.length,
      columns: overseasColumns({ lang, t, view: columnView, columnNotes }),
      notes: [...columnNotesAsDataNotes(columnNotes), ...groupNotes(rows)],
      source: data.overseas[0]?.source,
      columnNotes,
    };
  }, [data, view, lang, t, columnView]);
  const forecasts = useMemo<TabModel<Forecast>>(() => {
    const rows = screenForecasts(data.forecasts, view);
    return {
      rows,
      total: data.forecasts.length,
      columns: forecastColumns({ lang, t, view: columnView }),
      notes: groupNotes(rows),
      source: data.forecasts[0]?.source,
      columnNotes: [],
    };
  }, [data, view, lang, t, columnView]);

  const current: AnyTabModel =
    view.tab === 'a-share' ? aShare : view.tab === 'overseas' ? overseas : forecasts;
  return { aShare, overseas, forecasts, current };
}

export type TabModels = ReturnType<typeof useTabModels>;
