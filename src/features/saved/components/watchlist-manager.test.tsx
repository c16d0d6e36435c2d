import { act } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../../tests/test-utils';
import { useWatchlistStore } from '../../../shared/stores/watchlist-store';
import type { FundReturns } from '../watchlist-summary';
import { WatchlistManager } from './watchlist-manager';

const funds = new Map<string, FundReturns>([
  ['001986.OF', { code: '001986.OF', returns: { r1m: 8.34, r3m: 21.12, r6m: 19.12 } }],
  ['005729.OF', { code: '005729.OF', returns: { r1m: 1.67, r3m: 15.09, r6m: null } }],
]);

beforeEach(() => {
  act(() =>
    useWatchlistStore.setState({
      entries: [
        { id: 'l1', name: 'Core', funds: ['001986.OF', '005729.OF'], companies: ['NVDA.O'] },
      ],
      selected: 'l1',
      dropped: 0,
    }),
  );
});

describe('WatchlistManager', () => {
  it('summarises each list with averages labelled as computed, and how many funds each covers', async () => {
    renderWithProviders(<WatchlistManager funds={funds} />, { language: 'en' });
    const [line] = within(
      await screen.findByRole('list', { name: 'Lists at a glance' }),
    ).getAllByRole('listitem');
    expect(line).toHaveTextContent('Core: 2 funds, 1 company');
    // (8.34 + 1.67) / 2 = 5.005 → +5.01%; (21.12 + 15.09) / 2 = 18.105 → +18.11% (app's rounding).
    expect(line).toHaveTextContent(
      '1M +5.01%; 3M +18.11%; 6M +19.12% (1 of 2 funds have a figure)',
    );
    expect(
      screen.getByText(/Computed by this dashboard from the returns printed in Table 3/),
    ).toBeInTheDocument();
  });

  it('creates a list and makes it current; renames and deletes the current list', async () => {
    const user = userEvent.setup();
    renderWithProviders(<WatchlistManager funds={null} />);
    await user.type(await screen.findByLabelText('新列表名称'), '芯片');
    await user.click(screen.getByRole('button', { name: '新建列表' }));
    expect(screen.getByLabelText('当前列表')).toHaveDisplayValue('芯片');

    await user.click(screen.getByRole('button', { name: '重命名列表“芯片”' }));
    const field = screen.getByLabelText('新名称');
    await user.clear(field);
    await user.type(field, '半导体');
    await user.click(screen.getByRole('button', { name: '保存名称' }));
    expect(screen.getByLabelText('当前列表')).toHaveDisplayValue('半导体');

    await user.click(screen.getByRole('button', { name: '删除列表“半导体”' }));
    expect(screen.getByLabelText('当前列表')).toHaveDisplayValue('Core');
    expect(useWatchlistStore.getState().entries.map((list) => list.name)).toEqual(['Core']);
  });
});
