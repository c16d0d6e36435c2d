import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UrlUpdateEvent } from 'nuqs/adapters/testing';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../tests/test-utils';
import { useCompaniesView } from './use-companies-view';
import { defaultView } from './view-state';

function Harness(): ReactElement {
  const [view, update] = useCompaniesView();
  return (
    <>
      <output aria-label="view">
        {JSON.stringify({
          tab: view.tab,
          pe: view.ranges.pe,
          ytd: view.ranges.ytd,
          sort: view.sort,
          selected: view.selected,
        })}
      </output>
      <button
        type="button"
        onClick={() => {
          // Two range edits in one tick (e.g. a preset): the second must not drop the first.
          update((v) => ({ ...v, ranges: { ...v.ranges, ytd: { min: 0, max: null } } }));
          update((v) => ({ ...v, ranges: { ...v.ranges, pe: { min: null, max: 50 } } }));
        }}
      >
        Cheap risers
      </button>
      <button type="button" onClick={() => update(() => defaultView('overseas'))}>
        Overseas
      </button>
      <button
        type="button"
        onClick={() => update((v) => ({ ...v, sort: { column: 'peTtm', direction: 'asc' } }))}
      >
        Sort by PE
      </button>
    </>
  );
}

function setUp(path: string) {
  const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
  renderWithProviders(<Harness />, { path, onUrlUpdate });
  return { onUrlUpdate, last: () => onUrlUpdate.mock.lastCall?.[0].queryString };
}

const viewOf = (): Record<string, unknown> =>
  JSON.parse(screen.getByLabelText('view').textContent ?? '{}') as Record<string, unknown>;

describe('useCompaniesView', () => {
  it('keeps both of two updates in one tick, in one address update', async () => {
    const user = userEvent.setup();
    const { onUrlUpdate, last } = setUp('/companies?lang=en');
    await user.click(screen.getByRole('button', { name: 'Cheap risers' }));
    expect(viewOf()).toMatchObject({ ytd: { min: 0, max: null }, pe: { min: null, max: 50 } });
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalledTimes(1));
    expect(last()).toBe('?lang=en&ytdmin=0&pemax=50');
  });

  it('writes an ascending sort with its direction, as before', async () => {
    const user = userEvent.setup();
    const { onUrlUpdate, last } = setUp('/companies');
    await user.click(screen.getByRole('button', { name: 'Sort by PE' }));
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalledTimes(1));
    expect(last()).toBe('?sort=peTtm&dir=asc');
  });

  it('a tab switch clears what belongs to the old tab and keeps lang', async () => {
    const user = userEvent.setup();
    const { onUrlUpdate, last } = setUp(
      '/companies?tab=a-share&q=688256.SH&sel=688256.SH&lang=en&pemax=50&period=2023',
    );
    expect(viewOf()).toMatchObject({ tab: 'a-share', selected: '688256.SH' });
    await user.click(screen.getByRole('button', { name: 'Overseas' }));
    expect(viewOf()).toMatchObject({
      tab: 'overseas',
      selected: null,
      pe: { min: null, max: null },
    });
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalledTimes(1));
    expect(last()).toBe('?tab=overseas&lang=en');
  });
});
