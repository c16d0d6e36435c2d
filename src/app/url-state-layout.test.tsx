import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createBrowserRouter, RouterProvider, useLocation, useNavigate } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { useTimelineView } from '../features/news/use-timeline-view';
import { useSectorsView } from '../features/sectors/use-sectors-view';
import { UrlStateLayout } from './url-state-layout';

/** The timeline's view next to what React Router and the address say. */
function Page(): ReactElement {
  const [view, update] = useTimelineView();
  const [sectors, setSectors] = useSectorsView();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output aria-label="view">
        {view.from ?? '…'} – {view.to ?? '…'} · {sectors.quadrant}
      </output>
      <output aria-label="router search">{location.search}</output>
      <output aria-label="router state">{JSON.stringify(location.state)}</output>
      <button
        type="button"
        onClick={() => {
          update({ from: '2024-09-28' });
          update({ to: '2024-09-30' });
          setSectors({ quadrant: 'up-down' });
        }}
      >
        Three changes
      </button>
      <button
        type="button"
        onClick={() => void navigate('/timeline?lang=zh&cat=policy', { state: { from: '/' } })}
      >
        Follow a link
      </button>
      <button type="button" onClick={() => update({ order: 'asc' })}>
        Oldest first
      </button>
    </>
  );
}

function renderAt(url: string) {
  window.history.replaceState(null, '', url);
  const router = createBrowserRouter([
    { Component: UrlStateLayout, children: [{ path: 'timeline', Component: Page }] },
  ]);
  render(<RouterProvider router={router} />);
  return router;
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe("nuqs' React Router adapter (the app's URL state)", () => {
  it('lands every change of one event in the address and in the router, in one replace', async () => {
    const user = userEvent.setup();
    const router = renderAt('/timeline?lang=en');
    const before = window.history.length;
    await user.click(screen.getByRole('button', { name: 'Three changes' }));
    expect(screen.getByLabelText('view')).toHaveTextContent('2024-09-28 – 2024-09-30 · up-down');
    const expected = '?lang=en&from=2024-09-28&to=2024-09-30&quadrant=up-down';
    // Not shallow: React Router's location follows (the deck and the language switch read it).
    await waitFor(() => expect(screen.getByLabelText('router search')).toHaveTextContent(expected));
    expect(window.location.search).toBe(expected);
    expect(router.state.location.search).toBe(expected);
    expect(window.history.length).toBe(before);
  });

  it('follows router navigations and keeps their state through its own updates', async () => {
    const user = userEvent.setup();
    renderAt('/timeline?lang=en&from=2024-10-31&to=2024-10-01');
    expect(screen.getByLabelText('view')).toHaveTextContent('2024-10-01 – 2024-10-31 · all');
    await user.click(screen.getByRole('button', { name: 'Follow a link' }));
    await waitFor(() => expect(screen.getByLabelText('view')).toHaveTextContent('… – … · all'));
    await user.click(screen.getByRole('button', { name: 'Oldest first' }));
    await waitFor(() =>
      expect(screen.getByLabelText('router search')).toHaveTextContent(
        '?lang=zh&cat=policy&order=asc',
      ),
    );
    expect(screen.getByLabelText('router state')).toHaveTextContent('{"from":"/"}');
  });
});
