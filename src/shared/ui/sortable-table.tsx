import { useMemo, useState, type ReactElement, type ReactNode } from 'react';

import { localeOf, type Lang } from '../lib/format';
import { useLanguage } from '../stores/preferences-store';

/**
 * The app's one sort order, for these tables and for the grids (grid-sort.ts): blanks (null /
 * undefined) last in both directions, text by the language's collation. It lives in this module,
 * not a file of its own, because a module shared by the tables and the grids would become a chunk
 * of its own and a file in every route's preload list (`/`'s included); here it loads with the
 * table.
 */

const collators = new Map<Lang, Intl.Collator>();

/**
 * The language's collation, created once per language: pinyin order for Chinese names
 * (zh-CN), numbers inside names compared as numbers ("Fund 9" before "Fund 10").
 */
export function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(localeOf(lang), { numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

export type SortKey = number | string;

const byValue = (a: SortKey, b: SortKey): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders two non-blank keys: text by the language's collation, numbers by value. */
export function keyOrder(lang: Lang): (a: SortKey, b: SortKey) => number {
  const collator = collatorFor(lang);
  return (a, b) =>
    typeof a === 'string' && typeof b === 'string' ? collator.compare(a, b) : byValue(a, b);
}

/**
 * Compares two keys with blanks last. `compare` orders two non-blank keys (by default `<`, which
 * suits numbers and codes; pass a collator's compare for names).
 *
 * `descending` is for callers that negate the result for a descending sort (AG Grid's comparators,
 * `sort((a, b) => -compare(a, b))`): the blank case is pre-negated so blanks still land last.
 */
export function compareNullsLast<K = SortKey>(
  a: K | null | undefined,
  b: K | null | undefined,
  descending = false,
  compare: (a: K, b: K) => number = byValue as (a: K, b: K) => number,
): number {
  const aBlank = a === null || a === undefined;
  const bBlank = b === null || b === undefined;
  if (aBlank || bBlank) {
    if (aBlank && bBlank) return 0;
    const blankLast = aBlank ? 1 : -1;
    return descending ? -blankLast : blankLast;
  }
  return compare(a, b);
}

export interface SortableColumn<T> {
  key: string;
  header: string;
  /** Value used for sorting; null sorts last. */
  sortValue: (row: T) => number | string | null;
  render: (row: T) => ReactNode;
  numeric?: boolean;
}

export interface SortableTableProps<T> {
  caption: string;
  columns: readonly SortableColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  initialSort?: { key: string; direction: 'asc' | 'desc' };
  /** Makes the first cell a button that activates the row. */
  onActivate?: (row: T) => void;
  activateLabel?: (row: T) => string;
}

/**
 * A small, dependency-free sortable table for compact lists (top 10 and the like), so pages that
 * only need a dozen rows do not download the full grid. Sort state is announced via aria-sort.
 */
export function SortableTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  onActivate,
  activateLabel,
}: SortableTableProps<T>): ReactElement {
  const [sort, setSort] = useState(initialSort ?? null);
  const lang = useLanguage();
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const column = columns.find((c) => c.key === sort.key);
    if (!column) return rows;
    const descending = sort.direction === 'desc';
    // Names by the language's collation (pinyin order in Chinese), numbers by value.
    const compare = keyOrder(lang);
    return [...rows].sort(
      (a, b) =>
        (descending ? -1 : 1) *
        compareNullsLast(column.sortValue(a), column.sortValue(b), descending, compare),
    );
  }, [rows, columns, sort, lang]);

  const toggle = (key: string): void =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'desc' ? 'asc' : 'desc' }
        : { key, direction: 'desc' },
    );

  return (
    <div className="table-scroll">
      <table className="simple">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={
                    active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'
                  }
                >
                  <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                    {column.header}
                    <span aria-hidden="true">
                      {active ? (sort.direction === 'asc' ? ' ↑' : ' ↓') : ' ↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) => (
                <td key={column.key} className={column.numeric ? 'num' : undefined}>
                  {index === 0 && onActivate ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onActivate(row)}
                      aria-label={activateLabel?.(row)}
                    >
                      {column.render(row)}
                    </button>
                  ) : (
                    column.render(row)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
