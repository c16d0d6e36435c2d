// The fault suite: every dataset under every failure, plus offline, hostile strings, URL garbage
// and corrupt preferences. Each case is one fault; the suite prints "N of M faults survived".
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { BASE_URL, breakDataset, launch, openPage, routes } from './harness.mjs';

/** Where each dataset is shown, and its localised name in the error title (en). */
const datasets = [
  { name: 'report', route: '/', label: 'Report' },
  { name: 'indices', route: '/', label: 'Indices' },
  { name: 'sectors', route: '/sectors', label: 'Sub-industries' },
  { name: 'funds', route: '/funds', label: 'Funds' },
  { name: 'companies', route: '/companies', label: 'Companies' },
  { name: 'news', route: '/timeline', label: 'AI news' },
  { name: 'frontier', route: '/timeline', label: 'Frontier items' },
];
const headings = {
  '/': 'Overview',
  '/sectors': 'Sectors',
  '/funds': 'Funds',
  '/companies': 'Companies',
  '/timeline': 'AI timeline',
};
const faults = [
  { fault: 500, reason: 'HTTP 500' },
  { fault: 404, reason: 'HTTP 404' },
  { fault: 'not-json', reason: 'not valid JSON' },
  { fault: 'wrong-shape', reason: 'does not have the expected shape' },
  { fault: 'empty', reason: 'has no rows' },
];

let browser;
const results = [];
/** Runs one fault case and records whether the app survived it. */
async function survive(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
  } catch (error) {
    results.push({ name, ok: false });
    throw error;
  }
}

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  const survived = results.filter((r) => r.ok).length;
  console.log(`\n${survived} of ${results.length} faults survived`);
  for (const r of results.filter((x) => !x.ok)) console.log(`  did not survive: ${r.name}`);
});

/** The dataset's panel shows the localised error and a retry; the rest of the app works; retry recovers. */
async function expectErrorAndRecovery(page, { route, label }, reason, restore) {
  const alert = page
    .getByRole('alert')
    .filter({ hasText: `Could not load “${label}”` })
    .first();
  await alert.waitFor({ timeout: 20000 });
  await alert.getByText(reason).waitFor();
  // The shell and another route still work.
  await page.getByRole('heading', { level: 1, name: headings[route] }).waitFor();
  const other = route === '/funds' ? '/sectors' : '/funds';
  await page.locator(`.site-nav a[href="${other}"]`).click();
  await page.getByRole('heading', { level: 1, name: headings[other] }).waitFor();
  await page.goBack();
  await alert.waitFor({ timeout: 20000 });
  restore();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: `Could not load “${label}”` })
    .first()
    .waitFor({ state: 'detached', timeout: 20000 });
}

describe('dataset faults', () => {
  for (const dataset of datasets) {
    for (const { fault, reason } of faults) {
      it(`${dataset.name}: ${fault}`, () =>
        survive(`${dataset.name} ${fault}`, async () => {
          const { context, page } = await openPage(browser, {
            locale: 'en-US',
            ignoreConsole: [/.*/],
          });
          const broken = await breakDataset(page, dataset.name, fault);
          await page.goto(`${BASE_URL}${dataset.route}`);
          await expectErrorAndRecovery(page, dataset, reason, broken.restore);
          await context.close();
        }));
    }
  }

  it('every dataset: no answer within the client timeout', async () => {
    // All at once: each waits for the 8 s timeout.
    await Promise.all(
      datasets.map((dataset) =>
        survive(`${dataset.name} no answer`, async () => {
          const { context, page } = await openPage(browser, {
            locale: 'en-US',
            ignoreConsole: [/.*/],
          });
          const broken = await breakDataset(page, dataset.name, 'hang');
          await page.goto(`${BASE_URL}${dataset.route}`);
          await expectErrorAndRecovery(page, dataset, 'did not arrive in time', broken.restore);
          await context.close();
        }),
      ),
    );
  });
});

describe('other faults', () => {
  it('offline: a clear message, and data already loaded stays on screen', () =>
    survive('offline', async () => {
      const { context, page } = await openPage(browser, { locale: 'en-US', ignoreConsole: [/.*/] });
      await page.goto(`${BASE_URL}/`);
      await page.getByText('AI index (884201.WI)').waitFor();
      await context.setOffline(true);
      await page.getByRole('status').filter({ hasText: 'You are offline' }).waitFor();
      // A page never opened before says plainly that it needs the network…
      await page.locator('.site-nav a[href="/funds"]').click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'You are offline' })
        .first()
        .waitFor({ timeout: 20000 });
      // …and the overview still shows what it loaded.
      await page.locator('.site-nav a[href="/"]').click();
      await page.getByText('AI index (884201.WI)').waitFor();
      await context.setOffline(false);
      await context.close();
    }));

  it('hostile strings in every text field render as text', () =>
    survive('hostile strings', async () => {
      const { context, page } = await openPage(browser, { locale: 'en-US' });
      const hostile = '<img src=x onerror="window.__xss=1">';
      await page.route('**/data/2024-10/*.json', async (route) => {
        const response = await route.fetch();
        const json = await response.json();
        const poison = (value) => {
          if (Array.isArray(value)) return value.map(poison);
          if (value && typeof value === 'object') {
            if (typeof value.zh === 'string' && typeof value.en === 'string') {
              return { ...value, zh: `${hostile}${value.zh}`, en: `${hostile}${value.en}` };
            }
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v)]));
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
        await page.goto(`${BASE_URL}${route}`);
        await page.getByRole('heading', { level: 1, name: headings[route] }).waitFor();
        await page.waitForLoadState('networkidle');
        await page.getByText(hostile).first().waitFor();
        assert.equal(
          await page.locator('img[src="x"]').count(),
          0,
          `no injected <img> on ${route}`,
        );
        assert.equal(await page.evaluate(() => window.__xss), undefined);
      }
      assert.equal(dialogs, 0);
      await context.close();
    }));

  it('garbage in every URL parameter falls back to defaults', () =>
    survive('URL garbage', async () => {
      const { context, page, problems } = await openPage(browser, { locale: 'en-US' });
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
        await page.goto(`${BASE_URL}${route}?${params}&min3m=abc&max6m=1e999&from=2024-13-45`);
        await page.getByRole('heading', { level: 1, name: headings[route] }).waitFor();
        await page.waitForLoadState('networkidle');
        assert.equal(await page.getByRole('alert').count(), 0, `no error panel on ${route}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    }));

  it('corrupt localStorage resets preferences without an error', () =>
    survive('corrupt preferences', async () => {
      const { context, page, problems } = await openPage(browser, { locale: 'en-US' });
      await page.addInitScript(() => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(
            'ai-dashboard.preferences',
            '{"state":{"language":"klingon","theme":42},"version":1',
          );
          sessionStorage.setItem('seeded', '1');
        }
      });
      await page.goto(`${BASE_URL}/`);
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.deepEqual(problems, []);
      await context.close();
    }));
});
