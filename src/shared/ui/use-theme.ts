import { useSyncExternalStore } from 'react';

import { useThemeChoice } from '../stores/preferences-store';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}
const systemIsDark = (): boolean =>
  typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(query).matches;

export type ResolvedTheme = 'light' | 'dark';

/** The theme in force: the user's choice, or the OS setting when the choice is `system`. */
export function useResolvedTheme(): ResolvedTheme {
  const choice = useThemeChoice();
  const dark = useSyncExternalStore(subscribe, systemIsDark, () => false);
  if (choice === 'system') return dark ? 'dark' : 'light';
  return choice;
}
