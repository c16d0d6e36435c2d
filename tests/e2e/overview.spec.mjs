import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { BASE_URL, launch, openPage } from './harness.mjs';

const indices = JSON.parse(
  readFileSync(new URL('../../public/data/2024-10/indices.json', import.meta.url), 'utf8'),
);
const companies = JSON.parse(
  readFileSync(new URL('../../public/data/2024-10/companies.json', import.meta.url), 'utf8'),
);
const tableFour = new Set(companies.aShare.map((c) => c.code));

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('overview', () => {
  it('shows the KPI figures as printed, in zh and en', async () => {
    for (const [lang, expected] of [
      [
        'zh',
        [
          '3,148.31亿元',
          '+5.88%',
          '94.43亿元',
          '+7.16%',
          '7,686.4296',
          '+14.0889%',
          '16,947.87亿元',
          '87.29倍',
          '3.85倍',
          '推荐',
        ],
      ],
      [
        'en',
        [
          'CNY 314.831bn',
          '+5.88%',
          'CNY 9.443bn',
          '+7.16%',
          '7,686.4296',
          '+14.0889%',
          'CNY 1,694.787bn',
          'Recommend',
        ],
      ],
    ]) {
      const { context, page, problems } = await openPage(browser);
      await page.goto(`${BASE_URL}/?lang=${lang}`);
      const kpis = page.locator('.kpis');
      for (const text of expected) await kpis.getByText(text, { exact: false }).first().waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it('draws the index return chart with the five printed changes and exports a PNG', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US', acceptDownloads: true });
    await page.goto(`${BASE_URL}/`);
    const figure = page.locator('figure[aria-label="October index returns"]');
    await figure.waitFor();
    await page.waitForFunction(
      () => document.querySelector('figure[aria-label="October index returns"]')?.echartsInstance,
    );
    const values = await figure.evaluate((el) =>
      el.echartsInstance.getOption().series[0].data.map((d) => d.value),
    );
    assert.deepEqual(
      values,
      indices.indices.map((i) => i.octoberChangePct),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'index-returns-2024-10-31.png');
    await context.close();
  });

  it('a top-10 stock that is in 表4 opens its Companies row; one that is not opens a detail panel', async () => {
    const inFour = indices.top10.find((row) => tableFour.has(row.code));
    const notInFour = indices.top10.find((row) => !tableFour.has(row.code));
    assert.ok(inFour && notInFour);
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await page.goto(`${BASE_URL}/`);
    // The top/bottom 10 load when they come near the viewport.
    await page.getByRole('heading', { name: '10月成分股涨幅前十' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: `查看 ${notInFour.name.zh} 详情` }).click();
    const dialog = page.getByRole('dialog', { name: `${notInFour.name.zh}（${notInFour.code}）` });
    await dialog.waitFor();
    await dialog.getByText('该股票不在表4').waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: `在公司页查看 ${inFour.name.zh}` }).click();
    await page.waitForURL((url) => url.pathname === '/companies');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('tab'), 'a-share');
    assert.equal(url.searchParams.get('sel'), inFour.code);
    await context.close();
  });

  it('a click on a bar of the bottom-10 chart goes through the same path', async () => {
    const target = indices.bottom10.find((row) => tableFour.has(row.code));
    assert.ok(target, 'a bottom-10 stock in 表4');
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${BASE_URL}/`);
    const label = 'Bottom 10 constituents in October';
    await page.getByRole('heading', { name: label }).scrollIntoViewIfNeeded();
    const figure = page.locator(`figure[aria-label="${label}"]`);
    await figure.waitFor();
    await page.waitForFunction(
      (l) => document.querySelector(`figure[aria-label="${l}"]`)?.echartsInstance,
      label,
    );
    await figure.scrollIntoViewIfNeeded();
    // Let the layout settle (both panels render their charts as they appear) before aiming.
    await page.waitForTimeout(600);
    const point = await figure.evaluate((el, code) => {
      const chart = el.echartsInstance;
      const data = chart.getOption().series[0].data;
      const index = data.findIndex((d) => d.code === code);
      return chart.convertToPixel({ seriesIndex: 0 }, [data[index].value / 2, index]);
    }, target.code);
    const box = await figure.locator('canvas').first().boundingBox();
    await page.mouse.click(box.x + point[0], box.y + point[1]);
    await page.waitForURL(
      (url) => url.pathname === '/companies' && url.searchParams.get('sel') === target.code,
    );
    await context.close();
  });
});
