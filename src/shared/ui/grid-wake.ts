import { useSyncExternalStore } from 'react';

/**
 * When a page's interactive grids come to life.
 *
 * Mounting AG Grid is one long synchronous task (its React rows and cells, measured at 100–300 ms
 * on this machine and several times that under a performance trace): the whole reason the funds
 * page scored 72 in Lighthouse while every other page scored 99–100. A grid that opts in
 * (`DataGrid`'s `preview`) therefore first shows its rows as a plain semantic table, painted from
 * the same column definitions, and becomes the AG Grid on the visitor's first sign of intent
 * anywhere on the page: pointer movement, a press, a key, the wheel, a touch, focus or a click
 * (a screen reader's virtual click). Listening starts with the first grid page's code; once
 * awake, grids stay awake until the page is reloaded, so later grid pages mount them directly.
 *
 * Scrolling alone is not intent (the app scrolls programmatically); a wheel or touch is. The
 * browser's user activation (`navigator.userActivation`) is not used: automation sets it (a
 * DevTools evaluation counts as a gesture), which would make what a test sees depend on timing.
 */
const INTENT_EVENTS = [
  'pointermove',
  'pointerdown',
  'keydown',
  'wheel',
  'touchstart',
  'focusin',
  'click',
] as const;

let awake = false;
let listening = false;
const subscribers = new Set<() => void>();

/** Where focus landed when focus was the intent (a preview cell's star, say); see takeFocusedCell. */
let focusedOnWake: Element | null = null;

function wake(event?: Event): void {
  if (awake) return;
  awake = true;
  focusedOnWake =
    event?.type === 'focusin' && event.target instanceof Element ? event.target : null;
  stopListening();
  for (const notify of subscribers) notify();
}

function stopListening(): void {
  if (!listening) return;
  listening = false;
  for (const type of INTENT_EVENTS) window.removeEventListener(type, wake, true);
}

/** Starts listening for the first intent (with the first grid that asks). */
function listenForGridIntent(): void {
  if (awake || listening || typeof window === 'undefined') return;
  listening = true;
  for (const type of INTENT_EVENTS) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  }
}

function subscribe(notify: () => void): () => void {
  listenForGridIntent();
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}

/** Whether the page's grids are interactive yet (true after the first intent). */
export function useGridsAwake(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => awake,
    () => false,
  );
}

/** A cell of a grid's preview table, as grid-preview.tsx marks it. */
export interface PreviewCell {
  rowId: string;
  colId: string;
  /** Whether focus was on a button in the cell (the watchlist star) rather than the cell. */
  button: boolean;
}

/**
 * The preview cell of grid `label` that had focus when focus woke the grids, once: the grid that
 * replaces the preview puts focus back on the same cell, so focus is not lost to the swap.
 */
export function takeFocusedCell(label: string): PreviewCell | null {
  const target = focusedOnWake;
  const cell = target?.closest<HTMLElement>('[data-col-id]');
  const row = target?.closest<HTMLElement>('[data-row-id]');
  const table = target?.closest('table');
  if (!target || !cell || !row || table?.getAttribute('aria-label') !== label) return null;
  focusedOnWake = null;
  return {
    rowId: row.dataset.rowId ?? '',
    colId: cell.dataset.colId ?? '',
    button: target.tagName === 'BUTTON',
  };
}

/** Back to the state of a freshly loaded page (tests only). */
export function resetGridWakeForTests(): void {
  stopListening();
  awake = false;
  focusedOnWake = null;
}

/**
 * A grid's API for an action that needs it (an export). A click can come before the grid has
 * mounted: the pointer's first movement and the click a moment later, or a screen reader's
 * virtual click. The grids are woken and the API read once per frame until it is there; null if
 * the grid has not appeared within `timeoutMs` (its dataset failed, say).
 */
export async function whenGridReady<A>(
  getApi: () => A | null | undefined,
  timeoutMs = 5000,
): Promise<A | null> {
  const ready = getApi();
  if (ready) return ready;
  wake();
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const api = getApi();
    if (api) return api;
  }
  return null;
}
