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

function wake(): void {
  if (awake) return;
  awake = true;
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

/** Wakes the grids now: for code that needs a grid's API before any intent (and for tests). */
export const wakeGrids = wake;

/** Back to the state of a freshly loaded page (tests only). */
export function resetGridWakeForTests(): void {
  stopListening();
  awake = false;
}
