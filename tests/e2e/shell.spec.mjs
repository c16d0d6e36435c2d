import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { BASE_URL, breakDataset, launch, openPage, routes } from './harness.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const headings = {
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

describe('shell', () => {
  for (const lang of ['zh', 'en']) {
    for (const route of routes) {
      it(`${route} renders in ${lang} inside the shell with data date and source, no console error`, async () => {
        const { context, page, problems } = await openPage(browser);
        await page.goto(`${BASE_URL}${route}?lang=${lang}`);
        await page.getByRole('navigation').first().waitFor();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        const h1 = (await page.getByRole('heading', { level: 1 }).first().textContent())?.trim();
        assert.equal(h1, headings[lang][route]);
        const bar = page.locator('.provenance-bar');
        await bar
          .getByText(lang === 'zh' ? '数据截至 2024年10月31日' : 'Data as of October 31, 2024')
          .waitFor();
        await bar
          .getByText(
            lang === 'zh' ? '中国银河证券研究院' : 'China Galaxy Securities Research Institute',
          )
          .first()
          .waitFor();
        assert.equal(
          await page.evaluate(() => document.documentElement.lang),
          lang === 'zh' ? 'zh-CN' : 'en',
        );
        await page.waitForLoadState('networkidle');
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  it('switching language changes visible text and keeps the route and query', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    await page.goto(`${BASE_URL}/funds?foo=1`);
    await page.getByRole('heading', { level: 1, name: '基金' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Funds' }).waitFor();
    const url = new URL(page.url());
    assert.equal(url.pathname, '/funds');
    assert.equal(url.searchParams.get('foo'), '1');
    // The choice is remembered on reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Funds' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('an unknown path shows the not-found page inside the shell', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    const response = await page.goto(`${BASE_URL}/no/such/page`);
    assert.ok(response);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('navigation').first().waitFor();
    await page.getByRole('link', { name: 'Back to the overview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await context.close();
  });

  it('a dataset answering 500 shows its error in its own panel, the retry recovers, other pages work', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US', ignoreConsole: [/500/] });
    const fault = await breakDataset(page, 'indices', 500);
    await page.goto(`${BASE_URL}/`);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load “Indices”' }).first();
    await alert.waitFor();
    await alert.getByText('HTTP 500').waitFor();
    // Panels fed by other datasets still render.
    await page.getByText('Industry 24Q3 revenue').waitFor();
    // Another route works while this dataset is broken.
    await page.getByRole('link', { name: 'Funds' }).click();
    await page.getByRole('heading', { level: 1, name: 'Funds' }).waitFor();
    await page.goBack();
    await alert.waitFor();
    fault.restore();
    await page.getByRole('button', { name: 'Retry' }).first().click();
    await page.getByText('AI index (884201.WI)').waitFor();
    assert.equal(await page.getByRole('alert').filter({ hasText: 'Indices' }).count(), 0);
    await context.close();
  });
});
