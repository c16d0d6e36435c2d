/**
 * The decisions of the offline service worker (service-worker.ts), kept free of worker globals so
 * unit tests can run them: which cache a build uses, how each request is answered, and the
 * network-first read of datasets.
 */

/** One precached file, as vite-plugin-pwa's injectManifest writes it into the worker. */
export interface PrecacheEntry {
  /** Relative to the site's base: "index.html", "assets/…", "data/2024-10/funds.json". */
  url: string;
  /** Content hash; null for files whose name already carries one (assets/). */
  revision: string | null;
}

/** Every cache this app creates starts with this, so a new build deletes only its own old ones. */
export const CACHE_PREFIX = 'ai-sector-dashboard-';

/** The message the update prompt sends the waiting worker when the presenter chooses to reload. */
export const SKIP_WAITING = 'SKIP_WAITING';

/**
 * A short fingerprint of the precache list (FNV-1a over names and revisions). Any changed file,
 * shell or dataset, changes it, so each build gets a cache of its own.
 */
export function buildId(entries: readonly PrecacheEntry[]): string {
  let hash = 0x811c9dc5;
  for (const { url, revision } of entries) {
    for (const char of `${url}\n${revision ?? ''}\n`) {
      hash ^= char.codePointAt(0) ?? 0;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(36);
}

/**
 * The cache of one build of one edition. A new edition or a new build never reads another one's
 * files: a dataset corrected in place, or a new edition, is never answered from an old cache.
 */
export function cacheName(edition: string, entries: readonly PrecacheEntry[]): string {
  return `${CACHE_PREFIX}${edition}-${buildId(entries)}`;
}

/** How the worker answers a request. */
export type Answer =
  /** A page address (any route, present mode included): the precached index.html. */
  | 'shell'
  /** A dataset: the network while it answers, else the copy precached with this build. */
  | 'data'
  /** A precached file (code, styles, icons, manifest): from the cache. */
  | 'precached'
  /** Anything else: the network, untouched. */
  | 'network';

export interface RequestFacts {
  url: string;
  method: string;
  mode: string;
}

/**
 * Decides how to answer `request` under the worker's `scope` (the site's base URL). Datasets live
 * under `<scope>data/`; `precached` holds the absolute URLs of this build's precache.
 */
export function answerFor(
  request: RequestFacts,
  scope: string,
  precached: ReadonlySet<string>,
): Answer {
  if (request.method !== 'GET') return 'network';
  const url = new URL(request.url);
  const base = new URL(scope);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return 'network';
  const isData = url.pathname.startsWith(`${base.pathname}data/`);
  // Opening a JSON file in the address bar shows the file, not the app.
  if (request.mode === 'navigate') return isData ? 'network' : 'shell';
  if (isData) return 'data';
  url.hash = '';
  return precached.has(url.href) ? 'precached' : 'network';
}

/**
 * The network's answer when it gives one within `timeoutMs`; otherwise (offline, or a venue's
 * Wi-Fi too slow to be useful) the cached copy, if there is one. An HTTP error from the server is
 * passed on as is: the app reports it, rather than quietly showing something older.
 */
export async function networkFirst(
  fromNetwork: () => Promise<Response>,
  fromCache: () => Promise<Response | undefined>,
  timeoutMs: number,
): Promise<Response> {
  const network = fromNetwork();
  // When the cached copy wins the race, a later network failure has nobody left to tell.
  network.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), timeoutMs);
  });
  try {
    const first = await Promise.race([network, slow]);
    if (first !== 'slow') return first;
    const cached = await fromCache();
    return cached ?? (await network);
  } catch (error) {
    const cached = await fromCache();
    if (cached) return cached;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
