import * as z from 'zod/mini';

import {
  createCollectionStore,
  entryIdSchema,
  entryNameSchema,
  newEntryId,
  type CollectionSpec,
} from '../../shared/lib/persisted-collection';

/**
 * Saved screens: a named view of /funds or /companies. A screen is the page's query string as
 * its address would carry it (filters, presets, columns, sort, tab, A/C collapse), so the address
 * stays the one canonical, shareable form: applying a screen writes it back to the address, where
 * the page's own parsers read it (a parameter that no longer means anything falls back to its
 * default, as in a shared link).
 */
export const screenPages = ['funds', 'companies'] as const;
export type ScreenPage = (typeof screenPages)[number];

export const MAX_SCREENS = 50;
/** Longer than any real view's query (all funds filters set is under 300 characters). */
export const MAX_QUERY_LENGTH = 2000;

const screenSchema = z.object({
  id: entryIdSchema,
  name: entryNameSchema,
  page: z.enum(screenPages),
  // A query string without "?": printable ASCII only (the address percent-encodes the rest).
  query: z.string().check(z.maxLength(MAX_QUERY_LENGTH), z.regex(/^[\x21-\x7E]*$/)),
  // An ISO instant as toISOString writes it (a plain regex: zod's ISO module would ride along in
  // the framework chunk every page loads, `/` included).
  savedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/)),
});
export type SavedScreen = z.infer<typeof screenSchema>;

export const screensSpec: CollectionSpec<SavedScreen> = {
  key: 'ai-dashboard.saved-screens',
  format: 'ai-dashboard.saved-screens',
  version: 1,
  entry: screenSchema,
  maxEntries: MAX_SCREENS,
  // Version 1 is the first: nothing older was ever written, so entries are validated as they are.
  migrate: (entries) => [...entries],
};

export const useScreensStore = createCollectionStore(screensSpec);

/** The address's query in the form a screen keeps (percent-encoded, no "?"). */
export function storedQuery(query: string): string {
  return new URLSearchParams(query.replace(/^\?/, '')).toString();
}

/** `screens` with a new screen of `page` at the end; null when the limit is reached. */
export function withScreenSaved(
  screens: readonly SavedScreen[],
  page: ScreenPage,
  name: string,
  query: string,
  now: Date = new Date(),
): SavedScreen[] | null {
  if (screens.length >= MAX_SCREENS) return null;
  return [
    ...screens,
    { id: newEntryId(), name, page, query: storedQuery(query), savedAt: now.toISOString() },
  ];
}
