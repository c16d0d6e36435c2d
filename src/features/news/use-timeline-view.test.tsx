import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UrlUpdateEvent } from 'nuqs/adapters/testing';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../tests/test-utils';
import { useTimelineView } from './use-timeline-view';

/** Shows the view and sets a range the way two quick edits (or one handler) would. */
function Harness(): ReactElement {
  const [view, update] = useTimelineView();
  return (
    <>
      <p role="status">
        {view.from ?? '…'} – {view.to ?? '…'} · {view.order} · {view.categories.join(',')}
      </p>
      <button
        type="button"
        onClick={() => {
          // Two setters in one tick: before nuqs, the second started from the old address.
          update({ from: '2024-09-28' });
          update({ to: '2024-09-30' });
        }}
      >
        September
      </button>
      <button type="button" onClick={() => update({ order: 'asc', categories: ['policy'] })}>
        Oldest policy first
      </button>
      <button type="button" onClick={() => update({ order: 'desc', categories: [] })}>
        Defaults
      </button>
    </>
  );
}

function setUp(path = '/timeline?lang=en') {
  const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
  renderWithProviders(<Harness />, { path, onUrlUpdate });
  const last = (): string => onUrlUpdate.mock.lastCall?.[0].queryString ?? '';
  return { onUrlUpdate, last };
}

describe('useTimelineView', () => {
  it('keeps both of two updates fired in one tick, in one address update', async () => {
    const user = userEvent.setup();
    const { onUrlUpdate, last } = setUp();
    await user.click(screen.getByRole('button', { name: 'September' }));
    expect(screen.getByRole('status')).toHaveTextContent('2024-09-28 – 2024-09-30');
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalledTimes(1));
    expect(last()).toBe('?lang=en&from=2024-09-28&to=2024-09-30');
    expect(onUrlUpdate.mock.lastCall?.[0].options.history).toBe('replace');
  });

  it('writes two parameters of one change together and leaves defaults out', async () => {
    const user = userEvent.setup();
    const { onUrlUpdate, last } = setUp('/timeline?lang=en&from=2024-10-31&to=2024-10-01');
    // An old link with a reversed range reads as the range meant.
    expect(screen.getByRole('status')).toHaveTextContent('2024-10-01 – 2024-10-31 · desc');
    await user.click(screen.getByRole('button', { name: 'Oldest policy first' }));
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalledTimes(1));
    expect(last()).toBe('?lang=en&from=2024-10-31&to=2024-10-01&cat=policy&order=asc');
    expect(screen.getByRole('status')).toHaveTextContent('asc · policy');
    await user.click(screen.getByRole('button', { name: 'Defaults' }));
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalledTimes(2));
    expect(last()).toBe('?lang=en&from=2024-10-31&to=2024-10-01');
  });
});
