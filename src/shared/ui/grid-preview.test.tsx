import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ColDef, ColGroupDef } from 'ag-grid-community';

import { columnSource, gridColumnTypes, type GridContext } from './grid-column-types';
import { GridPreview, MAX_ROWS, type GridPreviewInput } from './grid-preview';

// Synthetic rows (test data, not from the report).
interface Row {
  id: string;
  name: { zh: string; en: string };
  change: number | null;
  a: number | null;
  c: number | null;
}
const rows: Row[] = [
  { id: 'r1', name: { zh: '甲', en: 'Alpha' }, change: 1.5, a: 2, c: 3 },
  { id: 'r2', name: { zh: '乙', en: 'Beta' }, change: null, a: 4, c: null },
  { id: 'r3', name: { zh: '丙', en: 'Gamma' }, change: -2.25, a: 6, c: 7 },
];

const context: GridContext & { header: string } = { lang: 'en', blank: 'notGiven', header: 'Name' };
const columns: (ColDef<Row> | ColGroupDef<Row>)[] = [
  {
    colId: 'name',
    type: 'collatedText',
    headerValueGetter: (p) => (p.context as typeof context).header,
    ...columnSource<Row>((row, { lang }) => row.name[lang]),
  },
  {
    colId: 'change',
    headerName: 'Change',
    type: 'signedPercent',
    ...columnSource<Row>('change'),
    // Adds to the type's rise / fall rules (AG Grid merges them), as the companies grid does.
    cellClassRules: { 'has-note': (p) => p.data?.id === 'r3' },
  },
  { colId: 'hidden', headerName: 'Hidden', hide: true, field: 'a' },
  {
    groupId: 'pair',
    headerName: '1M',
    children: [
      {
        colId: 'a',
        headerName: 'A',
        type: 'decimal',
        ...columnSource<Row>('a', { digits: 2 }),
        colSpan: (p) => (p.data?.c === null ? 2 : 1),
      },
      { colId: 'c', headerName: 'C', type: 'decimal', ...columnSource<Row>('c', { digits: 2 }) },
    ],
  },
];

function renderPreview(
  input: Partial<GridPreviewInput<Row>> & { columnDefs?: typeof columns } = {},
) {
  render(
    <GridPreview<Row>
      label="Synthetic grid"
      rows={rows}
      columnDefs={columns}
      columnTypes={gridColumnTypes}
      context={context}
      getRowId={(row) => row.id}
      {...input}
    />,
  );
  return screen.getByRole('table', { name: 'Synthetic grid' });
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(2);
const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('GridPreview (a grid first screen as a plain table)', () => {
  it('draws headers, group headers and formatted cells from the column definitions', () => {
    const table = renderPreview({
      selection: { header: 'Compare', width: 96, isSelected: (row) => row.id === 'r3' },
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Compare', 'Name', 'Change', '1M', 'A', 'C']);
    expect(headers).not.toContain('Hidden');
    const [first, second, third] = bodyRows(table);
    // The column types format as the grid does: sign, arrow, two decimals; blanks as the em dash.
    expect(cellTexts(first as HTMLElement)).toEqual(['', 'Alpha', '▲ +1.50%', '2.00', '3.00']);
    // A cell spanning its pair (colSpan) leaves out the cell it covers.
    expect(cellTexts(second as HTMLElement)).toEqual(['', 'Beta', '—', '4.00']);
    expect(within(third as HTMLElement).getByRole('checkbox', { name: 'Compare' })).toBeChecked();
    expect(within(first as HTMLElement).getByRole('checkbox')).not.toBeChecked();
    // Rise / fall classes come from the type's cell class rules.
    expect(within(third as HTMLElement).getByText('▼ -2.25%')).toHaveClass('down', 'has-note');
    expect(within(first as HTMLElement).getByText('▲ +1.50%')).toHaveClass('up');
    expect(table).toHaveAttribute('aria-rowcount', String(rows.length + 2));
  });

  it('orders rows as the grid sorts them: by the column key, blanks last both ways', () => {
    const names = (sort: GridPreviewInput<Row>['sort']) => {
      const table = renderPreview({ sort });
      const result = bodyRows(table).map((row) => within(row).getAllByRole('cell')[0]?.textContent);
      document.body.innerHTML = '';
      return result;
    };
    expect(names({ colId: 'change', direction: 'desc' })).toEqual(['Alpha', 'Gamma', 'Beta']);
    expect(names({ colId: 'change', direction: 'asc' })).toEqual(['Gamma', 'Alpha', 'Beta']);
    expect(names(null)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('follows a sort set in the column definitions when no sort is given', () => {
    const sorted = columns.map((def) =>
      'colId' in def && def.colId === 'change' ? { ...def, sort: 'asc' as const } : def,
    );
    const table = renderPreview({ columnDefs: sorted });
    expect(bodyRows(table).map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Gamma',
      'Alpha',
      'Beta',
    ]);
  });

  it('marks the sorted header for screen readers', () => {
    const table = renderPreview({ sort: { colId: 'change', direction: 'asc' } });
    expect(within(table).getByRole('columnheader', { name: /Change/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('draws only the first screen of a long grid but announces every row', () => {
    const many = Array.from({ length: MAX_ROWS + 25 }, (_, index) => ({
      ...rows[0]!,
      id: `s${index}`,
    }));
    const table = renderPreview({ rows: many });
    expect(bodyRows(table)).toHaveLength(MAX_ROWS);
    expect(table).toHaveAttribute('aria-rowcount', String(many.length + 2));
  });
});
