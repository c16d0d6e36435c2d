/**
 * The offline service worker. vite-plugin-pwa builds it (injectManifest, see vite.config.ts),
 * listing what to precache into `self.__WB_MANIFEST`: the shell, every built JS and CSS file
 * (lazily loaded chunks included), the icons and web manifest, and the embedded edition's
 * datasets with the glossary. The page registers it after its load event (register-service-
 * worker.ts), so precaching never competes with the first paint.
 *
 * A new build installs beside the running one and waits. The page offers a reload
 * (update-prompt.tsx); the new worker takes over only when the user accepts, never by itself, so a
 * presentation is never reloaded under the presenter.
 */
import editionsJson from '../../../public/data/editions.json';
import {
  answerFor,
  CACHE_PREFIX,
  cacheName,
  networkFirst,
  SKIP_WAITING,
  type Answer,
  type PrecacheEntry,
} from './offline-cache';

// Worker globals that the DOM typings this project compiles with do not declare.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly __WB_MANIFEST: PrecacheEntry[];
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}
declare const self: WorkerScope;

const manifest = self.__WB_MANIFEST;
const scope = self.registration.scope;
// Named by the edition this build precaches (editions.json's `latest` at build time).
const CACHE = cacheName(editionsJson.latest, manifest);
const precached = new Set(manifest.map((entry) => new URL(entry.url, scope).href));
const SHELL = new URL('index.html', scope).href;
/** A dataset slower than this comes from the copy precached with this build. */
const DATA_NETWORK_TIMEOUT_MS = 4000;

/** A file this worker's predecessors already hold (hashed names only: same name, same bytes). */
async function fromOlderCaches(href: string): Promise<Response | undefined> {
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
    const hit = await (await caches.open(name)).match(href);
    if (hit) return hit;
  }
  return undefined;
}

/** A navigation cannot be answered with a redirected response: keep the body, drop the history. */
async function withoutRedirect(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

/** Every file of this build into its own cache. One failure fails the install (retried later). */
async function precache(): Promise<void> {
  // A failed install deletes its cache, so one that exists is complete: a worker whose own code
  // changed but whose files did not has nothing to download (and must not delete it on failure).
  if (await caches.has(CACHE)) return;
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(
      manifest.map(async ({ url, revision }) => {
        const href = new URL(url, scope).href;
        const reused = revision === null ? await fromOlderCaches(href) : undefined;
        // 'reload': never store the browser's HTTP-cached copy of index.html or a dataset.
        const response = reused ?? (await fetch(href, { cache: 'reload' }));
        if (!response.ok) throw new Error(`precache ${href}: HTTP ${response.status}`);
        await cache.put(href, await withoutRedirect(response));
      }),
    );
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

async function respond(answer: Exclude<Answer, 'network'>, request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  if (answer === 'data') {
    return networkFirst(
      () => fetch(request),
      () => cache.match(request.url),
      DATA_NETWORK_TIMEOUT_MS,
    );
  }
  // Every route, /present/… and /presenter/… included, is the one index.html.
  return (await cache.match(answer === 'shell' ? SHELL : request.url)) ?? fetch(request);
}

self.addEventListener('install', (event) => event.waitUntil(precache()));

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
          .map((name) => caches.delete(name)),
      );
      // The first visit's page works offline from here on, without a reload. (On an update, the
      // open pages are this worker's already: they asked for it.)
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const answer = answerFor(event.request, scope, precached);
  if (answer !== 'network') event.respondWith(respond(answer, event.request));
});

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === SKIP_WAITING) void self.skipWaiting();
});
