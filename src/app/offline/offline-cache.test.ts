// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';

import { answerFor, buildId, cacheName, networkFirst, type PrecacheEntry } from './offline-cache';

const manifest: PrecacheEntry[] = [
  { url: 'index.html', revision: 'a1' },
  { url: 'assets/index-abc.js', revision: null },
  { url: 'data/2024-10/funds.json', revision: 'f1' },
];
const scope = 'https://dash.example/';
const precached = new Set(manifest.map((entry) => new URL(entry.url, scope).href));
const get = (url: string, mode = 'cors') => ({ url, method: 'GET', mode });

describe('the cache of a build', () => {
  it('is named by edition and build, and any changed file makes a new one', () => {
    expect(cacheName('2024-10', manifest)).toBe(`ai-sector-dashboard-2024-10-${buildId(manifest)}`);
    expect(buildId(manifest)).toBe(buildId([...manifest]));
    const correctedDataset = manifest.map((entry) =>
      entry.url.endsWith('funds.json') ? { ...entry, revision: 'f2' } : entry,
    );
    expect(buildId(correctedDataset)).not.toBe(buildId(manifest));
    const newChunk = [...manifest, { url: 'assets/pptx-def.js', revision: null }];
    expect(buildId(newChunk)).not.toBe(buildId(manifest));
    expect(cacheName('2024-11', manifest)).not.toBe(cacheName('2024-10', manifest));
  });
});

describe('how the worker answers', () => {
  it('answers every page address with the shell, present mode and presenter view included', () => {
    for (const path of ['', 'funds?min3m=20', 'present/funds', 'presenter/funds', 'nope'])
      expect(answerFor(get(`${scope}${path}`, 'navigate'), scope, precached), path).toBe('shell');
  });

  it('reads datasets network first, and precached files from the cache', () => {
    expect(answerFor(get(`${scope}data/2024-10/funds.json`), scope, precached)).toBe('data');
    expect(answerFor(get(`${scope}data/glossary.json`), scope, precached)).toBe('data');
    expect(answerFor(get(`${scope}assets/index-abc.js`), scope, precached)).toBe('precached');
  });

  it('leaves everything else to the network', () => {
    const cases = [
      get(`${scope}assets/unknown.js`),
      { url: `${scope}assets/index-abc.js`, method: 'POST', mode: 'cors' },
      get('https://cdn.example/data/2024-10/funds.json'),
      // A dataset opened in the address bar shows the file, not the app.
      get(`${scope}data/2024-10/funds.json`, 'navigate'),
    ];
    for (const request of cases)
      expect(answerFor(request, scope, precached), request.url).toBe('network');
    expect(
      answerFor(get('https://dash.example/other-app/'), 'https://dash.example/app/', precached),
    ).toBe('network');
  });
});

describe('network first', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const fresh = new Response('fresh');
  const cached = new Response('cached');

  it('takes the network when it answers', async () => {
    const fromCache = vi.fn(async () => cached);
    expect(await networkFirst(async () => fresh, fromCache, 4000)).toBe(fresh);
    expect(fromCache).not.toHaveBeenCalled();
  });

  it('passes an HTTP error on rather than showing an older copy', async () => {
    const error = new Response('gone', { status: 404 });
    expect(
      await networkFirst(
        async () => error,
        async () => cached,
        4000,
      ),
    ).toBe(error);
  });

  it('falls back to the cached copy offline, and fails when there is none', async () => {
    const offline = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    };
    expect(await networkFirst(offline, async () => cached, 4000)).toBe(cached);
    await expect(networkFirst(offline, async () => undefined, 4000)).rejects.toThrow(
      'Failed to fetch',
    );
  });

  it('serves the cached copy when the network is too slow, else keeps waiting', async () => {
    vi.useFakeTimers();
    const never = () => new Promise<Response>(() => undefined);
    const slow = networkFirst(never, async () => cached, 4000);
    await vi.advanceTimersByTimeAsync(4000);
    expect(await slow).toBe(cached);

    let answer: (response: Response) => void = () => undefined;
    const late = networkFirst(
      () => new Promise<Response>((resolve) => (answer = resolve)),
      async () => undefined,
      4000,
    );
    await vi.advanceTimersByTimeAsync(4000);
    answer(fresh);
    expect(await late).toBe(fresh);
  });
});
