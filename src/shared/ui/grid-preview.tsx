import type { ComponentType, ReactElement, ReactNode } from 'react';
import type { ColDef, ColGroupDef, ColTypeDef } from 'ag-grid-community';

import type { GridContext } from './grid-column-types';
import { sortByColumn } from './grid-sort';

/**
 * The first screen of a grid as a plain semantic table, painted from the grid's own column
 * definitions: the same headers, formatted values, classes (rise / fall colours, blanks, notes),
 * column spans, sort order and ticked rows. It stands in for AG Grid until the first intent
 * (grid-wake.ts) and is never on the page at the same time, so screen readers meet one table.
 *
 * Only what the first screen shows is drawn (`MAX_ROWS`); `aria-rowcount` gives the whole count,
 * as the grid does.
 */
export const MAX_ROWS = 40;

export interface PreviewSort {
  colId: string;
  direction: 'asc' | 'desc';
}

export interface PreviewSelection<T> {
  /** Header of the checkbox column, as the grid shows it. */
  header: string;
  width: number;
  isSelected: (row: T) => boolean;
}

export interface GridPreviewInput<T> {
  /** The grid's rows as it shows them (after its external filter), in the report's order. */
  rows: readonly T[];
  /** The grid's sort, when it is applied through the API; by default the columns' own `sort`. */
  sort?: PreviewSort | null;
  /** The grid's checkbox column, when it has one. */
  selection?: PreviewSelection<T>;
}

interface GridPreviewProps<T> extends GridPreviewInput<T> {
  label: string;
  columnDefs: readonly (ColDef<T> | ColGroupDef<T>)[];
  columnTypes: Record<string, ColTypeDef<T>>;
  defaultColDef?: ColDef<T>;
  context: GridContext;
  /** The grid's row id (rows are keyed by position without one). */
  getRowId?: ((row: T) => string | undefined) | undefined;
}

interface Leaf<T> {
  id: string;
  colDef: ColDef<T>;
  group: { id: string; header: string } | null;
}

// AG Grid calls these callbacks with a fuller params object; the app's column toolkit reads only
// data, value, colDef and context (grid-column-types.ts), which is what the preview passes.
type Callback = (params: never) => unknown;
const call = (fn: unknown, params: object): unknown => (fn as Callback)(params as never);

function headerOf(def: ColDef | ColGroupDef, context: GridContext): string {
  const getter = def.headerValueGetter;
  if (typeof getter === 'function') return String(call(getter, { colDef: def, context }));
  if (typeof getter === 'string') return getter;
  return def.headerName ?? '';
}

/** The visible leaf columns with the column types merged in as AG Grid merges them. */
function leavesOf<T>(
  defs: readonly (ColDef<T> | ColGroupDef<T>)[],
  types: Record<string, ColTypeDef<T>>,
  defaultColDef: ColDef<T> | undefined,
  context: GridContext,
): Leaf<T>[] {
  return defs.flatMap((def, index): Leaf<T>[] => {
    if ('children' in def) {
      const group = { id: def.groupId ?? `group-${index}`, header: headerOf(def, context) };
      return leavesOf(def.children, types, defaultColDef, context).map((leaf) => ({
        ...leaf,
        group,
      }));
    }
    if (def.hide) return [];
    const named = def.type === undefined ? [] : Array.isArray(def.type) ? def.type : [def.type];
    const colDef = [defaultColDef, ...named.map((t) => types[t]), def].reduce<ColDef<T>>(
      (merged, next) => mergeDeep(merged, next ?? {}),
      {},
    );
    return [{ id: def.colId ?? String(def.field ?? index), colDef, group: null }];
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * AG Grid merges default column, column types and column definition deeply: a column's own
 * `cellClassRules` add to its type's rise / fall rules rather than replacing them.
 */
function mergeDeep<T extends object>(into: T, from: object): T {
  const merged = { ...into } as Record<string, unknown>;
  for (const [key, value] of Object.entries(from)) {
    const current = merged[key];
    merged[key] =
      isPlainObject(current) && isPlainObject(value) ? mergeDeep(current, value) : value;
  }
  return merged as T;
}

function readField(row: unknown, field: string): unknown {
  return field
    .split('.')
    .reduce<unknown>((value, part) => (value as Record<string, unknown> | null)?.[part], row);
}

interface Cell {
  text: ReactNode;
  className: string;
  span: number;
}

function cellOf<T>(row: T, { colDef }: Leaf<T>, context: GridContext): Cell {
  const value = colDef.field
    ? readField(row, colDef.field)
    : colDef.valueGetter
      ? call(colDef.valueGetter, { data: row, colDef, context })
      : undefined;
  const params = { data: row, value, colDef, context };
  const classes: string[] = [];
  const cellClass =
    typeof colDef.cellClass === 'function' ? call(colDef.cellClass, params) : colDef.cellClass;
  if (cellClass) classes.push(...(Array.isArray(cellClass) ? cellClass : [cellClass as string]));
  for (const [name, rule] of Object.entries(colDef.cellClassRules ?? {})) {
    if (typeof rule === 'function' && call(rule, params)) classes.push(name);
  }
  const span = colDef.colSpan ? Number(call(colDef.colSpan, params)) : 1;
  let text: ReactNode;
  if (colDef.cellRenderer && typeof colDef.cellRenderer !== 'string') {
    const Renderer = colDef.cellRenderer as ComponentType<Record<string, unknown>>;
    text = <Renderer {...(colDef.cellRendererParams as object)} {...params} />;
  } else if (colDef.valueFormatter && typeof colDef.valueFormatter === 'function') {
    text = String(call(colDef.valueFormatter, params));
  } else {
    text = value === null || value === undefined ? '' : String(value);
  }
  return { text, className: classes.join(' '), span: span > 1 ? span : 1 };
}

const DEFAULT_WIDTH = 200;
const widthOf = (colDef: ColDef): number =>
  colDef.flex ? (colDef.minWidth ?? DEFAULT_WIDTH) : (colDef.width ?? DEFAULT_WIDTH);

function HeaderCell<T>({
  leaf,
  context,
  sort,
  rowSpan,
}: {
  leaf: Leaf<T>;
  context: GridContext;
  sort: PreviewSort | null;
  rowSpan: number;
}): ReactElement {
  const direction = sort?.colId === leaf.id ? sort.direction : null;
  const classes = [
    typeof leaf.colDef.headerClass === 'string' ? leaf.colDef.headerClass : '',
    // Headers the grid wraps (autoHeaderHeight) wrap here too.
    leaf.colDef.wrapHeaderText ? 'wrap' : '',
  ].filter(Boolean);
  return (
    <th
      scope="col"
      rowSpan={rowSpan}
      className={classes.join(' ') || undefined}
      aria-sort={direction ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      {headerOf(leaf.colDef, context)}
      {direction ? <span aria-hidden="true">{direction === 'asc' ? ' ↑' : ' ↓'}</span> : null}
    </th>
  );
}

function GroupRow<T>({
  leaves,
  context,
  sort,
  selection,
}: {
  leaves: readonly Leaf<T>[];
  context: GridContext;
  sort: PreviewSort | null;
  selection: string | undefined;
}): ReactElement {
  const cells: ReactElement[] = [];
  for (let index = 0; index < leaves.length;) {
    const leaf = leaves[index] as Leaf<T>;
    const group = leaf.group;
    if (!group) {
      cells.push(
        <HeaderCell key={leaf.id} leaf={leaf} context={context} sort={sort} rowSpan={2} />,
      );
      index += 1;
      continue;
    }
    let span = 0;
    while (leaves[index + span]?.group?.id === group.id) span += 1;
    cells.push(
      <th key={group.id} scope="colgroup" colSpan={span}>
        {group.header}
      </th>,
    );
    index += span;
  }
  return (
    <tr>
      {selection !== undefined ? (
        <th scope="col" rowSpan={2}>
          {selection}
        </th>
      ) : null}
      {cells}
    </tr>
  );
}

function sortOfColumns<T>(leaves: readonly Leaf<T>[]): PreviewSort | null {
  const sorted = leaves.find((leaf) => leaf.colDef.sort);
  const sort = sorted?.colDef.sort;
  // AG Grid also takes a { type, direction } object here; the app's columns use the plain strings.
  const direction = typeof sort === 'object' && sort !== null ? sort.direction : sort;
  return sorted && (direction === 'asc' || direction === 'desc')
    ? { colId: sorted.id, direction }
    : null;
}

/** The preview table (see the module comment). */
export function GridPreview<T>({
  label,
  rows,
  sort: given,
  selection,
  columnDefs,
  columnTypes,
  defaultColDef,
  context,
  getRowId,
}: GridPreviewProps<T>): ReactElement {
  const leaves = leavesOf(columnDefs, columnTypes, defaultColDef, context);
  const grouped = leaves.some((leaf) => leaf.group);
  const ordered = rows.slice();
  const sort = given !== undefined ? given : sortOfColumns(leaves);
  if (sort) {
    const sorted = leaves.find((leaf) => leaf.id === sort.colId);
    sortByColumn(
      ordered,
      (row) => row,
      sorted?.colDef as ColDef,
      sort.direction === 'desc',
      context,
    );
  }
  const headerRows = grouped ? 2 : 1;
  // As wide as the grid's columns: a grid wider than its panel scrolls sideways, and so is cut here.
  const width = leaves.reduce((sum, leaf) => sum + widthOf(leaf.colDef), selection?.width ?? 0);
  return (
    <div className="grid-preview">
      <table
        aria-label={label}
        aria-rowcount={rows.length + headerRows}
        style={{ width: `max(100%, ${width}px)` }}
      >
        <colgroup>
          {selection ? <col style={{ width: selection.width }} /> : null}
          {leaves.map((leaf) => (
            <col
              key={leaf.id}
              style={leaf.colDef.flex ? undefined : { width: widthOf(leaf.colDef) }}
            />
          ))}
        </colgroup>
        <thead>
          {grouped ? (
            <GroupRow leaves={leaves} context={context} sort={sort} selection={selection?.header} />
          ) : null}
          <tr>
            {selection && !grouped ? <th scope="col">{selection.header}</th> : null}
            {leaves
              .filter((leaf) => !grouped || leaf.group)
              .map((leaf) => (
                <HeaderCell key={leaf.id} leaf={leaf} context={context} sort={sort} rowSpan={1} />
              ))}
          </tr>
        </thead>
        <tbody>
          {ordered.slice(0, MAX_ROWS).map((row, index) => (
            <PreviewRow<T>
              key={getRowId?.(row) ?? index}
              rowId={getRowId?.(row)}
              row={row}
              index={index + headerRows + 1}
              leaves={leaves}
              context={context}
              selection={selection}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PreviewRow<T>({
  rowId,
  row,
  index,
  leaves,
  context,
  selection,
}: {
  rowId: string | undefined;
  row: T;
  index: number;
  leaves: readonly Leaf<T>[];
  context: GridContext;
  selection: PreviewSelection<T> | undefined;
}): ReactElement {
  const cells: ReactElement[] = [];
  for (let column = 0; column < leaves.length;) {
    const leaf = leaves[column] as Leaf<T>;
    const { text, className, span } = cellOf(row, leaf, context);
    cells.push(
      <td
        key={leaf.id}
        data-col-id={leaf.id}
        colSpan={span > 1 ? span : undefined}
        className={className || undefined}
      >
        {text}
      </td>,
    );
    column += span;
  }
  return (
    <tr aria-rowindex={index} data-row-id={rowId}>
      {selection ? (
        <td>
          {/* The grid's checkbox, shown as it stands: a click wakes the grid (grid-wake.ts),
              where ticking works; this one cannot change. */}
          <input
            type="checkbox"
            checked={selection.isSelected(row)}
            aria-label={selection.header}
            tabIndex={-1}
            readOnly
            onClick={(event) => event.preventDefault()}
          />
        </td>
      ) : null}
      {cells}
    </tr>
  );
}
