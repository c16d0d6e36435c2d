/**
 * The one way the app touches localStorage. Browsers refuse storage in many ordinary situations:
 * a full quota (`QuotaExceededError`), Safari's and Firefox's private modes, storage blocked by
 * site settings (then even reading `window.localStorage` throws `SecurityError`). None of these may
 * break the page: reads answer null, writes answer false, nothing throws, and whoever wrote can
 * tell the user that the change holds for this session only.
 *
 * Writes that failed are remembered per key until a later write to the same key succeeds, so a
 * notice can say so (see `use-storage-refused.ts`).
 */
type Listener = () => void;

const refused = new Set<string>();
const listeners = new Set<Listener>();
let snapshot: readonly string[] = [];

function changed(): void {
  snapshot = [...refused];
  for (const listener of listeners) listener();
}

function markRefused(key: string, isRefused: boolean): void {
  if (refused.has(key) === isRefused) return;
  if (isRefused) refused.add(key);
  else refused.delete(key);
  changed();
}

/** The browser's localStorage, or undefined where there is none or it may not be touched. */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The stored string, or null when there is none or storage cannot be read. */
export function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value`; false (and the key marked refused) when the browser refuses. */
export function writeStored(key: string, value: string): boolean {
  const target = storage();
  let ok = false;
  if (target) {
    try {
      target.setItem(key, value);
      ok = true;
    } catch {
      ok = false;
    }
  }
  markRefused(key, !ok);
  return ok;
}

/** Removes `key`; false when storage cannot be reached (then there is nothing we could remove). */
export function removeStored(key: string): boolean {
  const target = storage();
  if (!target) return false;
  try {
    target.removeItem(key);
    markRefused(key, false);
    return true;
  } catch {
    return false;
  }
}

/** The same adapter in the shape zustand's `createJSONStorage` wants. */
export const guardedStateStorage = {
  getItem: readStored,
  setItem: (key: string, value: string): void => {
    writeStored(key, value);
  },
  removeItem: (key: string): void => {
    removeStored(key);
  },
};

/** Calls `listener` whenever the set of refused keys changes; returns the unsubscribe. */
export function subscribeRefusals(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The keys whose last write was refused (a new array after each change, for useSyncExternalStore). */
export function refusedKeys(): readonly string[] {
  return snapshot;
}
