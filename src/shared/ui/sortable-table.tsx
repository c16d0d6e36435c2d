import { useMemo, useState, type ReactElement, type ReactNode } from 'react';

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
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const column = columns.find((c) => c.key === sort.key);
    if (!column) return rows;
    const factor = sort.direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = column.sortValue(a);
      const y = column.sortValue(b);
      if (x === null) return y === null ? 0 : 1;
      if (y === null) return -1;
      return (x < y ? -1 : x > y ? 1 : 0) * factor;
    });
  }, [rows, columns, sort]);

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
