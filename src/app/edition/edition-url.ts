/**
 * `?edition=<id>`, the one URL parameter every page shares, read and written by the shell.
 *
 * Not through nuqs (src/shared/lib/use-url-state.ts), which every page-level parameter uses: the
 * shell and `/` run outside nuqs' adapter, and nuqs' loader and serializer alone add about 6 KiB
 * gzip to `/`, whose script budget is full. Pages under the adapter leave the parameter alone
 * when they write theirs (nuqs keeps the keys it does not own).
 */

/**
 * The edition asked for in a search string or URL ("?edition=2024-10&lang=en"), or null. Any
 * value is returned (capped at 64 characters, longer than any id), so that one no edition has,
 * garbage included, opens the latest edition with a notice naming what was asked for.
 */
export function readEditionParam(search: string | URL): string | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search.searchParams;
  const value = params.get('edition');
  return value ? value.slice(0, 64) : null;
}

/** `to` (a path, with or without a query) with `?edition=` set to `edition`, or removed for null. */
export function withEdition(to: string, edition: string | null): string {
  const [path = '', query = ''] = to.split('?', 2);
  const params = new URLSearchParams(query);
  if (edition === null) params.delete('edition');
  else params.set('edition', edition);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
