import { useSyncExternalStore } from 'react';

import { refusedKeys, subscribeRefusals } from '../lib/safe-storage';

/** True while the browser refuses to store `key` (full quota, private mode, storage blocked). */
export function useStorageRefused(key: string): boolean {
  return useSyncExternalStore(subscribeRefusals, refusedKeys, refusedKeys).includes(key);
}
