import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UrlUpdateEvent } from 'nuqs/adapters/testing';
import { useState, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../tests/test-utils';
import type { FundsViewState } from './fund-view-state';
import { useFundsView } from './use-funds-view';

function Harness(): ReactElement {
  const { state, update, reset } = useFundsView();
  // Counts the identities the filters object has had (memoised children depend on it).
  const [filters, setFilters] = useState<{ seen: FundsViewState['filters']; count: number }>({
    seen: state.filters,
    count: 1,
  });
  if (filters.seen !== state.filters) setFilters({ seen: state.filters, count: filters.count + 1 });
  return (
    <>
      <output aria-label="view">
        {JSON.stringify({
          sort: state.sort,
          selected: state.selected,
          min3m: state.filters.returns.r3m.min,
          kinds: state.filters.kinds,
          collapse: state.collapse,
        })}
      </output>
      <output aria-label="filter identities">{filters.count}</output>
      <button
        type="button"
        onClick={() => {
          // Two updates from one event (a grid click sorts and selects): both must land.
          update((s) => ({ ...s, sort: { column: 'r1m', direction: 'desc' } }));
          update((s) => ({ ...s, selected: [...s.selected, '159819.OF'] }));
        }}
      >
        Sort and select
      </button>
      <button
        type="button"
        onClick={() =>
          update((s) => ({
            ...s,
            filters: { ...s.filters, kinds: ['index', 'etf'], query: '  人工智能 ' },
          }))
        }
      >
        Index and ETF
      </button>
      <button type="button" onClick={reset}>
        Reset
      </button>
    </>
  );
}

function setUp(path: string) {
  const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
  renderWithProviders(<Harness />, { path, onUrlUpdate });
  return { onUrlUpdate };
}

const viewOf = (): Record<string, unknown> =>
  JSON.parse(screen.getByLabelText('view').textContent ?? '{}') as Record<string, unknown>;

describe('useFundsView', () => {
  it('applies two updates of one event together, in one address update', async () => {
    const user = userEvent.setup();
    const { onUrlUpdate } = setUp('/funds?lang=en&min3m=20&sel=006281.OF');
    expect(viewOf()).toMatchObject({ min3m: 20, selected: ['006281.OF'], sort: null });
    await user.click(screen.getByRole('button', { name: 'Sort and select' }));
    expect(viewOf()).toMatchObject({
      sort: { column: 'r1m', direction: 'desc' },
      selected: ['006281.OF', '159819.OF'],
      min3m: 20,
    });
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalledTimes(1));
    expect(onUrlUpdate.mock.lastCall?.[0].queryString).toBe(
      '?lang=en&min3m=20&sel=006281.OF,159819.OF&sort=r1m.desc',
    );
    // Sorting and selecting left the filters object as it was.
    expect(screen.getByLabelText('filter identities')).toHaveTextContent('1');
  });

  it('writes canonical, trimmed values and reads them back as written', async () => {
    const user = userEvent.setup();
    const { onUrlUpdate } = setUp('/funds');
    await user.click(screen.getByRole('button', { name: 'Index and ETF' }));
    expect(viewOf()).toMatchObject({ kinds: ['etf', 'index'] });
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalledTimes(1));
    const { searchParams } = onUrlUpdate.mock.lastCall![0];
    expect(searchParams.toString()).toBe('q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD&kind=etf%2Cindex');
  });

  it('reset removes only the funds parameters', async () => {
    const user = userEvent.setup();
    const { onUrlUpdate } = setUp('/funds?lang=zh&foo=bar&one=1&min3m=20&sort=r1mC.desc&kind=etf');
    expect(viewOf()).toMatchObject({ collapse: true, kinds: ['etf'] });
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalledTimes(1));
    expect(onUrlUpdate.mock.lastCall?.[0].queryString).toBe('?lang=zh&foo=bar');
    expect(viewOf()).toEqual({ sort: null, selected: [], min3m: null, kinds: [], collapse: false });
  });
});
