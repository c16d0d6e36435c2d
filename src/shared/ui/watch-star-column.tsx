import { useEffect, type ReactElement } from 'react';
import type { ColDef, Column, GridApi, ICellRendererParams } from 'ag-grid-community';

import type { Lang } from '../lib/format';
import {
  isWatched,
  toggleWatched,
  useWatchlistStore,
  type WatchKind,
} from '../stores/watchlist-store';
import { gridContextOf, type GridContext } from './grid-column-types';

/**
 * The star at the start of a grid row: puts the row's fund or company into the active watchlist
 * (自选) or takes it out. A real toggle button (`aria-pressed`) named after the row ("Watch 万家人工
 * 智能混合A"), so it is reachable with Tab and announced by screen readers; Enter or Space on the
 * focused cell toggles it too, and never reaches the grid (where Space would tick the row).
 */
export const WATCH_COLUMN_ID = 'watch';

/** What the star reads from the grid context, in the current language (the feature's strings). */
export interface WatchLabels {
  /** The column's header ("自选" / "Watch"). */
  header: string;
  /** The button's name for one row, e.g. "Watch {{name}}". */
  star: (name: string) => string;
  /** The list created by the first star when there is none yet. */
  defaultList: string;
}
export type WatchGridContext = GridContext & { watch?: WatchLabels };

interface WatchSpec<R> {
  kind: WatchKind;
  codes: (row: R) => readonly string[];
  name: (row: R, lang: Lang) => string;
}

type StarParams<R> = ICellRendererParams<R> & WatchSpec<R>;

function toggle<R>(params: StarParams<R>): void {
  if (!params.data) return;
  const context = gridContextOf<WatchGridContext>(params);
  toggleWatched(params.kind, params.codes(params.data), context.watch?.defaultList ?? '★');
}

function WatchStar<R>(params: StarParams<R>): ReactElement | null {
  const watched = useWatchlistStore((s) => {
    const active = s.entries.find((list) => list.id === s.selected) ?? s.entries[0];
    return params.data ? isWatched(active, params.kind, params.codes(params.data)) : false;
  });
  // A grid's preview table (grid-preview.tsx) draws the star without a grid cell.
  const cell = params.eGridCell as HTMLElement | undefined;
  useEffect(() => {
    if (!cell) return;
    // Keyboard users move through the grid cell by cell: Enter or Space on this cell toggles.
    const onKey = (event: KeyboardEvent): void => {
      if (event.target !== cell || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      toggle(params);
    };
    cell.addEventListener('keydown', onKey);
    return () => cell.removeEventListener('keydown', onKey);
  }, [cell, params]);
  if (!params.data) return null;
  const context = gridContextOf<WatchGridContext>(params);
  const name = params.name(params.data, context.lang);
  const label = context.watch ? context.watch.star(name) : name;
  return (
    <button
      type="button"
      className="watch-star"
      aria-pressed={watched}
      aria-label={label}
      title={label}
      onClick={() => toggle(params)}
    >
      <span aria-hidden="true">{watched ? '★' : '☆'}</span>
    </button>
  );
}

/** The star column of a grid whose rows are `kind` (pinned first, never sorted or exported). */
export function watchColumn<R>(spec: WatchSpec<R>, extra: Partial<ColDef<R>> = {}): ColDef<R> {
  return {
    colId: WATCH_COLUMN_ID,
    headerValueGetter: (p) => gridContextOf<WatchGridContext>(p).watch?.header ?? '',
    cellRenderer: WatchStar,
    cellRendererParams: spec,
    cellClass: 'watch-cell',
    width: 72,
    minWidth: 72,
    maxWidth: 72,
    sortable: false,
    resizable: false,
    suppressMovable: true,
    // The grid must not act on keys meant for the star (Space would tick the row).
    suppressKeyboardEvent: (p) => p.event.key === ' ' || p.event.key === 'Enter',
    ...extra,
  };
}

/** The columns a CSV export writes: every displayed column but the star. */
export function exportedColumns(api: GridApi): Column[] {
  return api.getAllDisplayedColumns().filter((column) => column.getColId() !== WATCH_COLUMN_ID);
}
