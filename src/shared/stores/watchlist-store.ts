import * as z from 'zod/mini';

import { securityCodeSchema } from '../lib/dataset-schema';
import {
  createCollectionStore,
  entryIdSchema,
  entryNameSchema,
  newEntryId,
  type CollectionSpec,
} from '../lib/persisted-collection';

/**
 * Watchlists (自选): named lists of funds (share-class codes of 表3) and companies (security
 * codes of 表4 / 表5 / the forecasts), starred from the grids. Shared because the funds and
 * companies grids star into them and the /watchlist page shows them; features do not import each
 * other.
 */
export const MAX_WATCHLISTS = 20;
export const MAX_WATCHED = 300;
export const watchKinds = ['funds', 'companies'] as const;
export type WatchKind = (typeof watchKinds)[number];

const codeList = z.array(securityCodeSchema).check(
  z.maxLength(MAX_WATCHED),
  z.refine((codes) => new Set(codes).size === codes.length),
);

const watchlistSchema = z.object({
  id: entryIdSchema,
  name: entryNameSchema,
  funds: codeList,
  companies: codeList,
});
export type Watchlist = z.infer<typeof watchlistSchema>;

export const watchlistSpec: CollectionSpec<Watchlist> = {
  key: 'ai-dashboard.watchlists',
  format: 'ai-dashboard.watchlists',
  version: 1,
  entry: watchlistSchema,
  maxEntries: MAX_WATCHLISTS,
  // Version 1 is the first: nothing older was ever written, so entries are validated as they are.
  migrate: (entries) => [...entries],
};

export const useWatchlistStore = createCollectionStore(watchlistSpec);

export const useWatchlists = (): Watchlist[] => useWatchlistStore((s) => s.entries);
export const useActiveWatchlistId = (): string | null => useWatchlistStore((s) => s.selected);

/** A new, empty list. */
export function newWatchlist(name: string): Watchlist {
  return { id: newEntryId(), name, funds: [], companies: [] };
}

/** Whether every one of `codes` is in `list` (a fund with A and C classes is starred as one). */
export function isWatched(list: Watchlist | undefined, kind: WatchKind, codes: readonly string[]) {
  return list !== undefined && codes.length > 0 && codes.every((code) => list[kind].includes(code));
}

/**
 * `codes` put into the active list, or taken out when all of them are in it already. Without a
 * list, one named `defaultName` is created for them. False when the list is full.
 */
export function toggleWatched(kind: WatchKind, codes: readonly string[], defaultName: string) {
  const { entries, selected, actions } = useWatchlistStore.getState();
  const active = entries.find((list) => list.id === selected) ?? entries[0];
  const list = active ?? newWatchlist(defaultName);
  const next = isWatched(list, kind, codes)
    ? list[kind].filter((code) => !codes.includes(code))
    : [...list[kind], ...codes.filter((code) => !list[kind].includes(code))];
  if (next.length > MAX_WATCHED) return false;
  const changed = { ...list, [kind]: next };
  actions.entriesChanged(
    active ? entries.map((entry) => (entry.id === list.id ? changed : entry)) : [changed],
  );
  if (!active) actions.entrySelected(changed.id);
  return true;
}
