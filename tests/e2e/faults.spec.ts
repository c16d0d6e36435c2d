// The fault suite: every dataset under every failure, plus offline, hostile strings, URL garbage
// and corrupt preferences. Each case is one fault, run as a step "survive: <fault>"; the faults
// reporter (faults-reporter.ts) prints "N of M faults survived" at the end of the run.
import type { Page } from '@playwright/test';

import { FAULT_STEP } from './faults-reporter';
import { expect, test } from './fixtures';
import { breakDataset, routes, type AppRoute, type Fault } from './helpers';

/** Runs one fault case as a step the faults reporter counts. */
const survive = (name: string, body: () => Promise<void>) =>
  test.step(`${FAULT_STEP}${name}`, body);

/** Where each dataset is shown, and its localised name in the error title (en). */
const datasets: { name: string; route: AppRoute; label: string }[] = [
  { name: 'report', route: '/', label: 'Report' },
  { name: 'indices', route: '/', label: 'Indices' },
  { name: 'sectors', route: '/sectors', label: 'Sub-industries' },
  { name: 'funds', route: '/funds', label: 'Funds' },
  { name: 'companies', route: '/companies', label: 'Companies' },
  { name: 'news', route: '/timeline', label: 'AI news' },
  { name: 'frontier', route: '/timeline', label: 'Frontier items' },
];
const headings: Record<AppRoute, string> = {
  '/': 'Overview',
  '/sectors': 'Sectors',
  '/funds': 'Funds',
  '/companies': 'Companies',
  '/timeline': 'AI timeline',
};
const faults: { fault: Fault; reason: string }[] = [
  { fault: 500, reason: 'HTTP 500' },
  { fault: 404, reason: 'HTTP 404' },
  { fault: 'not-json', reason: 'not valid JSON' },
  { fault: 'wrong-shape', reason: 'does not have the expected shape' },
  { fault: 'empty', reason: 'has no rows' },
];

/** The console error chromium itself logs for a failed response: expected under these faults. */
const failedResponse = /Failed to load resource: the server responded with a status of (404|500)/;

/** A link of the main navigation, by the page's name. */
const navLink = (page: Page, route: AppRoute) =>
  page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', {
    name: headings[route],
    exact: true,
  });

/**
 * How long an error may take to show. The client gives up on a dataset after 8 s and retries a
 * timeout once, so "no answer" shows its error 17 s or more after the first request, and a busy
 * machine adds its share. The limit is generous: an error that never shows still fails the test.
 */
const ERROR_SHOWS_WITHIN = 60_000;

/** The dataset's panel shows the localised error and a retry; the rest of the app works; retry recovers. */
async function expectErrorAndRecovery(
  page: Page,
  { route, label }: { route: AppRoute; label: string },
  reason: string,
  restore: () => void,
) {
  const alert = page
    .getByRole('alert')
    .filter({ hasText: `Could not load “${label}”` })
    .first();
  await expect(alert).toBeVisible({ timeout: ERROR_SHOWS_WITHIN });
  await expect(alert.getByText(reason)).toBeVisible();
  // The shell and another route still work.
  await expect(page.getByRole('heading', { level: 1, name: headings[route] })).toBeVisible();
  const other = route === '/funds' ? '/sectors' : '/funds';
  await navLink(page, other).click();
  await expect(page.getByRole('heading', { level: 1, name: headings[other] })).toBeVisible();
  await page.goBack();
  await expect(alert).toBeVisible({ timeout: ERROR_SHOWS_WITHIN });
  restore();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: `Could not load “${label}”` }),
  ).toHaveCount(0, { timeout: ERROR_SHOWS_WITHIN });
}

test.describe('dataset faults', () => {
  test.use({ locale: 'en-US', allowedBrowserErrors: [failedResponse] });

  for (const dataset of datasets) {
    for (const { fault, reason } of faults) {
      test(`${dataset.name}: ${fault}`, async ({ page }) => {
        await survive(`${dataset.name} ${fault}`, async () => {
          const broken = await breakDataset(page, dataset.name, fault);
          await page.goto(dataset.route);
          await expectErrorAndRecovery(page, dataset, reason, broken.restore);
        });
      });
    }
  }

  // One test a dataset, like the other faults. Run all at once (seven apps in one worker), they
  // slowed every request of that worker, which all pass through its request interception, past the
  // client's own timeout: datasets that were not broken timed out too.
  for (const dataset of datasets) {
    test(`${dataset.name}: no answer within the client timeout`, async ({ page }) => {
      await survive(`${dataset.name} no answer`, async () => {
        const broken = await breakDataset(page, dataset.name, 'hang');
        await page.goto(dataset.route);
        await expectErrorAndRecovery(page, dataset, 'did not arrive in time', broken.restore);
      });
    });
  }
});

test.describe('other faults', () => {
  test.use({ locale: 'en-US' });

  test('offline: a clear message, and data already loaded stays on screen', async ({
    page,
    context,
    browserErrors,
  }) => {
    // Requests fail while offline, and chromium logs each of them.
    browserErrors.allow(/net::ERR_INTERNET_DISCONNECTED/);
    await survive('offline', async () => {
      await page.goto('/');
      await expect(page.getByText('AI index (884201.WI)')).toBeVisible();
      await context.setOffline(true);
      await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
      // A page never opened before says plainly that it needs the network…
      await navLink(page, '/funds').click();
      await expect(
        page.getByRole('alert').filter({ hasText: 'You are offline' }).first(),
      ).toBeVisible({ timeout: ERROR_SHOWS_WITHIN });
      // …and the overview still shows what it loaded.
      await navLink(page, '/').click();
      await expect(page.getByText('AI index (884201.WI)')).toBeVisible();
      await context.setOffline(false);
    });
  });

  test('hostile strings in every text field render as text', async ({ page }) => {
    await survive('hostile strings', async () => {
      const hostile = '<img src=x onerror="window.__xss=1">';
      await page.route('**/data/2024-10/*.json', async (route) => {
        const response = await route.fetch();
        const json: unknown = await response.json();
        const poison = (value: unknown): unknown => {
          if (Array.isArray(value)) return value.map(poison);
          if (value && typeof value === 'object') {
            const o = value as Record<string, unknown>;
            if (typeof o.zh === 'string' && typeof o.en === 'string') {
              return { ...o, zh: `${hostile}${o.zh}`, en: `${hostile}${o.en}` };
            }
            return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, poison(v)]));
          }
          return value;
        };
        await route.fulfill({ response, json: poison(json) });
      });
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      for (const route of routes) {
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1, name: headings[route] })).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expect(page.getByText(hostile).first()).toBeVisible();
        await expect(page.locator('img[src="x"]'), `no injected <img> on ${route}`).toHaveCount(0);
        expect(
          await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
        ).toBeUndefined();
      }
      expect(dialogs).toBe(0);
    });
  });

  test('garbage in every URL parameter falls back to defaults', async ({ page }) => {
    await survive('URL garbage', async () => {
      const garbage = encodeURIComponent('"><script>alert(1)</script>%%%');
      const params = [
        'lang',
        'tab',
        'q',
        'sel',
        'sort',
        'dir',
        'cols',
        'view',
        'quadrant',
        'cat',
        'from',
        'to',
        'order',
        'min1m',
        'max3m',
        'class',
        'kind',
        'collapse',
        'open',
        'preset',
      ]
        .map((p) => `${p}=${garbage}`)
        .join('&');
      for (const route of routes) {
        await page.goto(`${route}?${params}&min3m=abc&max6m=1e999&from=2024-13-45`);
        await expect(page.getByRole('heading', { level: 1, name: headings[route] })).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expect(page.getByRole('alert'), `no error panel on ${route}`).toHaveCount(0);
      }
    });
  });

  test('corrupt localStorage resets preferences without an error', async ({ page }) => {
    await survive('corrupt preferences', async () => {
      await page.addInitScript(() => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(
            'ai-dashboard.preferences',
            '{"state":{"language":"klingon","theme":42},"version":1',
          );
          sessionStorage.setItem('seeded', '1');
        }
      });
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  });
});
