// Offline use: after one visit with the network on, the service worker has precached the shell,
// every built chunk and the edition's datasets, and the whole app works with the network off.
// The only spec with service workers allowed (fixtures block them everywhere else).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { keyHandlerBound, slideKeysReady } from './helpers';

test.use({ serviceWorkers: 'allow', locale: 'en-US' });

const dist = fileURLToPath(new URL(`../../${process.env.E2E_DIST || 'dist'}/`, import.meta.url));

/** Resolves once a service worker controls the page (it claims it as soon as it has activated). */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const cachedNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'You are offline; showing the edition cached' });

test('after one visit, every route, present mode and the datasets work offline', async ({
  page,
  context,
  browserErrors,
}) => {
  await page.goto('/');
  await expect(page.getByText('AI index (884201.WI)')).toBeVisible();
  await controlledByServiceWorker(page);
  await context.setOffline(true);

  // The worker has no network either: a dataset address it never cached fails…
  browserErrors.allow(/net::ERR_FAILED \(.*\?probe=1/);
  const probe = (url: string) =>
    page.evaluate(
      (address) =>
        fetch(address).then(
          (r) => r.status,
          () => 'failed',
        ),
      url,
    );
  expect(await probe('/data/2024-10/funds.json?probe=1')).toBe('failed');
  // …so everything below comes from what the first visit cached.
  expect(await probe('/data/2024-10/funds.json')).toBe(200);

  await page.reload();
  await expect(page.getByText('AI index (884201.WI)')).toBeVisible();
  await expect(cachedNotice(page)).toBeVisible();

  // A page never opened online, loaded from the address bar: shell, code and data from the cache.
  await page.goto('/funds');
  await expect(heading(page, 'Funds')).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^(\d+) of \1 funds/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^(\d+) of \1 funds/);

  // Present mode, reloaded offline.
  await page.goto('/present/funds');
  await expect(page.getByText(/(\d+) of \1 funds/).first()).toBeVisible();
  await page.reload();
  await expect(page.getByText(/(\d+) of \1 funds/).first()).toBeVisible();

  // Pages never opened, reached through the app's own navigation (their chunks from the cache).
  await page.goto('/sectors');
  await expect(heading(page, 'Sectors')).toBeVisible();
  for (const [link, title] of [
    ['Companies', 'Companies'],
    ['AI timeline', 'AI timeline'],
  ] as const) {
    await page.getByRole('navigation').getByRole('link', { name: link }).click();
    await expect(heading(page, title)).toBeVisible();
    await expect(cachedNotice(page)).toBeVisible();
  }
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Any other address (the presenter view's /presenter/<slide> included) gets the app itself,
  // which routes it, rather than the browser's offline error page.
  const response = await page.goto('/presenter/funds');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('navigation').first()).toBeVisible();
  await context.setOffline(false);
});

test('a new version is offered, never forced: it waits out present mode, reloads on request', async ({
  page,
}) => {
  await page.goto('/funds?min3m=20');
  await expect(heading(page, 'Funds')).toBeVisible();
  await controlledByServiceWorker(page);
  // Marks this document: a reload would lose it.
  await page.evaluate(() => Object.assign(window, { e2eSameDocument: true }));
  const sameDocument = () =>
    page.evaluate(() => 'e2eSameDocument' in window).catch(() => 'navigating');

  // A new version appears: the same worker under another script URL, which the browser installs
  // beside the running one, exactly as it does a new deploy's.
  await page.evaluate(() => navigator.serviceWorker.register('/service-worker.js?next'));
  const prompt = page.getByRole('region', { name: 'New version' });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('status')).toHaveText(/A new version of the dashboard/);

  // Presenting: the prompt stays off the slides, and nothing reloads.
  await keyHandlerBound(page, 'p');
  await page.locator('body').press('p');
  await expect(page).toHaveURL(/\/present\/funds\?/);
  await slideKeysReady(page);
  await expect(prompt).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(heading(page, 'Funds')).toBeVisible();
  await expect(prompt).toBeVisible();
  expect(await sameDocument()).toBe(true);

  // Reload on request: the new version takes over and the address, filter included, stays.
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(sameDocument).toBe(false);
  await expect(page).toHaveURL(/\/funds\?min3m=20$/);
  await expect(heading(page, 'Funds')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''))
    .toMatch(/service-worker\.js\?next$/);
});

test('the precache holds every built file, lazily loaded chunks included', async ({ page }) => {
  await page.goto('/');
  await controlledByServiceWorker(page);
  const cached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('ai-sector-dashboard-'));
    const urls: string[] = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys())
        urls.push(new URL(request.url).pathname);
    }
    return { names, urls };
  });
  // One cache, named by edition and build.
  expect(cached.names).toHaveLength(1);
  expect(cached.names[0]).toMatch(/^ai-sector-dashboard-2024-10-[0-9a-z]+$/);
  const built = readdirSync(`${dist}assets`)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => `/assets/${file}`);
  expect(built.length).toBeGreaterThan(20);
  expect(cached.urls).toEqual(expect.arrayContaining(built));
  const datasets = readdirSync(`${dist}data/2024-10`).map((file) => `/data/2024-10/${file}`);
  expect(cached.urls).toEqual(
    expect.arrayContaining([
      '/index.html',
      ...datasets,
      '/data/glossary.json',
      '/manifest.webmanifest',
      '/icons/icon-192.png',
    ]),
  );
});

test('the web app manifest makes the app installable', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
  expect(manifest.name).toContain('AI Sector Dashboard');
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons) {
    const response = await request.get(`/${icon.src}`);
    expect(response.ok(), icon.src).toBe(true);
  }
});
