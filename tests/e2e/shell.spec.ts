import { expect, test } from './fixtures';
import { breakDataset, pageUrl, routes, type AppRoute } from './helpers';

const headings: Record<'zh' | 'en', Record<AppRoute, string>> = {
  zh: {
    '/': '总览',
    '/sectors': '子行业',
    '/funds': '基金',
    '/companies': '公司',
    '/timeline': 'AI 动态',
  },
  en: {
    '/': 'Overview',
    '/sectors': 'Sectors',
    '/funds': 'Funds',
    '/companies': 'Companies',
    '/timeline': 'AI timeline',
  },
};

test.describe('shell', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const route of routes) {
      test(`${route} renders in ${lang} inside the shell with data date and source, no console error`, async ({
        page,
      }) => {
        await page.goto(`${route}?lang=${lang}`);
        await expect(page.getByRole('navigation').first()).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(
          headings[lang][route],
        );
        // The data-date / source line is a landmark without a name: found by its class.
        const bar = page.locator('.provenance-bar');
        await expect(
          bar.getByText(lang === 'zh' ? '数据截至 2024年10月31日' : 'Data as of October 31, 2024'),
        ).toBeVisible();
        await expect(
          bar
            .getByText(
              lang === 'zh' ? '中国银河证券研究院' : 'China Galaxy Securities Research Institute',
            )
            .first(),
        ).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
        // No console error once everything the page loads has loaded (checked by the fixture).
        await page.waitForLoadState('networkidle');
      });
    }
  }

  test('switching language changes visible text and keeps the route and query', async ({
    page,
  }) => {
    await page.goto('/funds?foo=1');
    await expect(page.getByRole('heading', { level: 1, name: '基金' })).toBeVisible();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Funds' })).toBeVisible();
    await expect.poll(() => pageUrl(page).pathname).toBe('/funds');
    await expect.poll(() => pageUrl(page).searchParams.get('foo')).toBe('1');
    // The choice is remembered on reload.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Funds' })).toBeVisible();
  });

  test.describe(() => {
    test.use({ locale: 'en-US' });

    test('an unknown path shows the not-found page inside the shell', async ({ page }) => {
      const response = await page.goto('/no/such/page');
      expect(response).not.toBeNull();
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('navigation').first()).toBeVisible();
      await page.getByRole('link', { name: 'Back to the overview' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    });

    test('a dataset answering 500 shows its error in its own panel, the retry recovers, other pages work', async ({
      page,
      browserErrors,
    }) => {
      browserErrors.allow(/status of 500/);
      const fault = await breakDataset(page, 'indices', 500);
      await page.goto('/');
      const alert = page.getByRole('alert').filter({ hasText: 'Could not load “Indices”' }).first();
      await expect(alert).toBeVisible();
      await expect(alert.getByText('HTTP 500')).toBeVisible();
      // Panels fed by other datasets still render.
      await expect(page.getByText('Industry 24Q3 revenue')).toBeVisible();
      // Another route works while this dataset is broken.
      await page.getByRole('link', { name: 'Funds' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Funds' })).toBeVisible();
      await page.goBack();
      await expect(alert).toBeVisible();
      fault.restore();
      await page.getByRole('button', { name: 'Retry' }).first().click();
      await expect(page.getByText('AI index (884201.WI)')).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'Indices' })).toHaveCount(0);
    });
  });
});
