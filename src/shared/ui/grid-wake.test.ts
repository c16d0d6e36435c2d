import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { resetGridWakeForTests, takeFocusedCell, useGridsAwake, whenGridReady } from './grid-wake';

afterEach(() => resetGridWakeForTests());

describe('grid wake (first intent)', () => {
  it('stays asleep until the first intent, then wakes every grid for good', () => {
    const first = renderHook(() => useGridsAwake());
    const second = renderHook(() => useGridsAwake());
    expect(first.result.current).toBe(false);
    // Scrolling alone is not intent: the app scrolls by itself.
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    expect(first.result.current).toBe(false);
    act(() => {
      document.body.dispatchEvent(new Event('pointermove', { bubbles: true }));
    });
    expect(first.result.current).toBe(true);
    expect(second.result.current).toBe(true);
    // A grid mounted later (another page) starts awake.
    expect(renderHook(() => useGridsAwake()).result.current).toBe(true);
  });

  it.each(['pointerdown', 'keydown', 'wheel', 'touchstart', 'focusin', 'click'])(
    '%s counts as intent',
    (type) => {
      const { result } = renderHook(() => useGridsAwake());
      expect(result.current).toBe(false);
      act(() => {
        document.body.dispatchEvent(new Event(type, { bubbles: true }));
      });
      expect(result.current).toBe(true);
    },
  );

  it('an action that needs the grid before any intent wakes it and gets the API once mounted', async () => {
    const { result } = renderHook(() => useGridsAwake());
    let api: { id: string } | null = null;
    let ready: Promise<{ id: string } | null> = Promise.resolve(null);
    act(() => {
      ready = whenGridReady(() => api);
    });
    // The call woke the grids; the API appears when the grid has mounted.
    expect(result.current).toBe(true);
    api = { id: 'grid' };
    await expect(ready).resolves.toEqual({ id: 'grid' });
  });

  it('gives the API at once when the grid is already there, and null when it never comes', async () => {
    await expect(whenGridReady(() => 'api')).resolves.toBe('api');
    await expect(whenGridReady(() => null, 30)).resolves.toBeNull();
  });

  it('remembers the preview cell that focus woke the grids in, once, for that grid only', () => {
    renderHook(() => useGridsAwake());
    document.body.innerHTML = `<table aria-label="Funds"><tbody><tr data-row-id="006281.OF">
      <td data-col-id="watch"><button type="button">Watch</button></td></tr></tbody></table>`;
    act(() => {
      document.querySelector('button')?.focus();
    });
    expect(takeFocusedCell('Companies')).toBeNull();
    expect(takeFocusedCell('Funds')).toEqual({ rowId: '006281.OF', colId: 'watch', button: true });
    expect(takeFocusedCell('Funds')).toBeNull();
  });
});
