import { forwardRef, useMemo, type CSSProperties, type ReactElement, type Ref } from 'react';
import {
  ClientSideRowModelModule,
  colorSchemeDark,
  colorSchemeLight,
  CellApiModule,
  CellStyleModule,
  ColumnApiModule,
  CsvExportModule,
  ExternalFilterModule,
  LocaleModule,
  ModuleRegistry,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  themeQuartz,
  TooltipModule,
  ValidationModule,
  type GridApi,
  type GridOptions,
} from 'ag-grid-community';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';

import { useLanguage } from '../stores/preferences-store';
import type { GridContext } from './grid-column-types';
import { GridPreview, type GridPreviewInput } from './grid-preview';
import { takeFocusedCell, useGridsAwake } from './grid-wake';
import { useMarketColours } from './use-market-colours';
import { useResolvedTheme } from './use-theme';

// Register exactly what the grids use; the all-in-one community bundle would add ~90 KB gzip.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  // api.getCellValue: the Excel export reads each cell's value as the grid computes it.
  CellApiModule,
  CellStyleModule,
  ColumnApiModule,
  CsvExportModule,
  ExternalFilterModule,
  LocaleModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  TooltipModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

const lightTheme = themeQuartz.withPart(colorSchemeLight).withParams({
  fontSize: 14,
  headerFontWeight: 600,
  wrapperBorderRadius: 6,
});
const darkTheme = themeQuartz.withPart(colorSchemeDark).withParams({
  fontSize: 14,
  headerFontWeight: 600,
  wrapperBorderRadius: 6,
});

export type DataGridProps<T> = AgGridReactProps<T> & {
  /** Accessible name of the grid. */
  label: string;
  height?: number | string;
  /**
   * Opts in to showing the first screen as a plain table until the visitor's first intent
   * (grid-wake.ts): what the grid would show, in its order, with its ticks. Needs `columnTypes`
   * and a `context` ({@link GridContext}).
   */
  preview?: GridPreviewInput<T>;
};

const localeTexts: Record<'zh' | 'en', GridOptions['localeText']> = {
  zh: {
    noRowsToShow: '没有符合条件的记录',
    loadingOoo: '加载中…',
    // Screen-reader text of the row checkboxes, which AG Grid otherwise reads in English.
    ariaRowSelect: '按空格键选择此行',
    ariaRowDeselect: '按空格键取消选择此行',
    ariaRowToggleSelection: '按空格键切换此行的选择',
    ariaRowSelectAll: '按空格键全选',
    ariaRowSelectionDisabled: '此行不可选择',
    ariaRowIndex: '行号',
  },
  en: { noRowsToShow: 'No rows match', loadingOoo: 'Loading…' },
};

/**
 * Focus that woke the grids inside this grid's preview (a screen reader or script focusing a
 * preview cell's star) goes to the same cell of the grid, and to its button, instead of being lost
 * with the preview.
 */
function restoreFocus<T>(api: GridApi<T>, label: string): void {
  const cell = takeFocusedCell(label);
  const rowIndex = cell ? api.getRowNode(cell.rowId)?.rowIndex : null;
  if (!cell || rowIndex === null || rowIndex === undefined) return;
  api.ensureIndexVisible(rowIndex);
  api.setFocusedCell(rowIndex, cell.colId);
  if (!cell.button) return;
  const focused = document.activeElement;
  if (focused instanceof HTMLElement) focused.querySelector('button')?.focus();
}

function DataGridInner<T>(
  { label, height = 420, preview, ...props }: DataGridProps<T>,
  ref: Ref<AgGridReact<T>>,
): ReactElement {
  const awake = useGridsAwake();
  const theme = useResolvedTheme();
  const colours = useMarketColours();
  const lang = useLanguage();
  const style = useMemo(
    () =>
      ({
        height,
        width: '100%',
        '--up': colours.up,
        '--down': colours.down,
        '--flat': colours.flat,
      }) as CSSProperties,
    [height, colours],
  );
  return (
    <section className="data-grid" aria-label={label} style={style}>
      {preview && !awake ? (
        <GridPreview<T>
          {...preview}
          label={label}
          columnDefs={props.columnDefs ?? []}
          columnTypes={props.columnTypes ?? {}}
          defaultColDef={props.defaultColDef}
          context={props.context as GridContext}
          getRowId={
            props.getRowId &&
            ((data) =>
              props.getRowId?.({ data } as Parameters<NonNullable<typeof props.getRowId>>[0]))
          }
        />
      ) : (
        <AgGridReact<T>
          ref={ref}
          theme={theme === 'dark' ? darkTheme : lightTheme}
          localeText={localeTexts[lang]}
          suppressDragLeaveHidesColumns
          enableCellTextSelection
          ensureDomOrder
          {...props}
          onFirstDataRendered={(event) => {
            restoreFocus(event.api, label);
            props.onFirstDataRendered?.(event);
          }}
        />
      )}
    </section>
  );
}

/** The one grid component: AG Grid with our theme, colours and the modules registered above. */
export const DataGrid = forwardRef(DataGridInner) as <T>(
  props: DataGridProps<T> & { ref?: Ref<AgGridReact<T>> },
) => ReactElement;
