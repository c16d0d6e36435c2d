import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../tests/test-utils';
import { SortableTable, type SortableColumn } from './sortable-table';

interface Row {
  name: { zh: string; en: string };
  change: number | null;
}

const rows: Row[] = [
  { name: { zh: '万家', en: 'Wanjia' }, change: 3 },
  { name: { zh: '东方', en: 'Orient' }, change: null },
  { name: { zh: '华夏', en: 'China AMC' }, change: -2 },
  { name: { zh: '博时', en: 'Bosera' }, change: 8 },
];

function renderTable(language: 'zh' | 'en') {
  const columns: SortableColumn<Row>[] = [
    {
      key: 'name',
      header: 'Name',
      sortValue: (row) => row.name[language],
      render: (row) => row.name[language],
    },
    {
      key: 'change',
      header: 'Change',
      sortValue: (row) => row.change,
      render: (row) => (row.change === null ? '—' : String(row.change)),
      numeric: true,
    },
  ];
  return renderWithProviders(
    <SortableTable caption="Funds" columns={columns} rows={rows} rowKey={(row) => row.name.en} />,
    { language },
  );
}

/** The first cell of each body row, top to bottom. */
const firstColumn = (): string[] =>
  within(screen.getByRole('table', { name: 'Funds' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');

describe('SortableTable', () => {
  it('sorts Chinese names in pinyin order', async () => {
    const user = userEvent.setup();
    renderTable('zh');
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    // wàn, huá, dōng, bó
    expect(firstColumn()).toEqual(['万家', '华夏', '东方', '博时']);
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(firstColumn()).toEqual(['博时', '东方', '华夏', '万家']);
  });

  it('sorts English names alphabetically', async () => {
    const user = userEvent.setup();
    renderTable('en');
    await user.click(screen.getByRole('button', { name: /Name/ }));
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(firstColumn()).toEqual(['Bosera', 'China AMC', 'Orient', 'Wanjia']);
  });

  it('keeps blanks last in both directions', async () => {
    const user = userEvent.setup();
    renderTable('en');
    await user.click(screen.getByRole('button', { name: /Change/ }));
    expect(firstColumn()).toEqual(['Bosera', 'Wanjia', 'China AMC', 'Orient']);
    await user.click(screen.getByRole('button', { name: /Change/ }));
    expect(firstColumn()).toEqual(['China AMC', 'Wanjia', 'Bosera', 'Orient']);
  });
});
