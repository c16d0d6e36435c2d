// Editions at run time, proven against the SYNTHETIC second edition of tests/fixtures (never in
// public/ or the build): the data host is played by route interception, which serves the fixture's
// editions.json and datasets in place of public/data.
import type { Page, Route } from '@playwright/test';

import { SYNTHETIC_EDITION, syntheticDataRoot } from '../fixtures/synthetic-edition';
import { expect, test } from './fixtures';
import { chartFigure, chartSettled, pageUrl, urlParam, type ChartElement } from './helpers';

type Files = Map<string, unknown>;

/** Serves `files` as the data host (`/data/<path>`); a path not in it answers 404. */
async function serveDataRoot(page: Page, files: Files): Promise<void> {
  await page.route('**/data/**', async (route: Route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/data\//, '');
    const json = files.get(path);
    if (json === undefined)
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'no such file' });
    return route.fulfill({ json });
  });
}

/** The synthetic data root with editions.json edited by `edit`. */
function withEditions(edit: (editions: { editions: { id: string }[]; latest: string }) => void) {
  const files = syntheticDataRoot();
  const editions = structuredClone(files.get('editions.json')) as Parameters<typeof edit>[0];
  edit(editions);
  files.set('editions.json', editions);
  return files;
}

const provenance = (page: Page) => page.locator('.provenance-bar');
const picker = (page: Page) => page.getByRole('combobox', { name: '数据版本' });

test.describe('editions', () => {
  test('one edition listed (the real data): no picker, the edition’s data date', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible();
    await expect(provenance(page).getByText('数据截至 2024年10月31日')).toBeVisible();
    await expect(page.getByRole('heading', { name: '10月指数涨跌幅' })).toBeVisible();
    await expect(picker(page)).toHaveCount(0);
  });

  test('opens latest by default; the picker sets ?edition=, which navigation and slides keep', async ({
    page,
  }) => {
    await serveDataRoot(page, syntheticDataRoot());
    await page.goto('/');
    // latest is the synthetic edition: its data date, its (labelled) title and its month words.
    await expect(provenance(page).getByText('数据截至 2024年11月30日')).toBeVisible();
    await expect(provenance(page).getByText(/合成测试版/)).toBeVisible();
    await expect(page.getByRole('heading', { name: '11月指数涨跌幅' })).toBeVisible();
    await expect(picker(page)).toHaveValue(SYNTHETIC_EDITION);

    await picker(page).selectOption('2024-10');
    await expect.poll(() => urlParam(page, 'edition')).toBe('2024-10');
    await expect(provenance(page).getByText('数据截至 2024年10月31日')).toBeVisible();
    await expect(page.getByRole('heading', { name: '10月指数涨跌幅' })).toBeVisible();

    // Navigation keeps the edition…
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '基金' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: '基金' })).toBeVisible();
    await expect.poll(() => urlParam(page, 'edition')).toBe('2024-10');
    await expect(provenance(page).getByText('数据截至 2024年10月31日')).toBeVisible();

    // …and so do the slides (P starts present mode from this page).
    await page.getByRole('heading', { level: 1, name: '基金' }).click();
    await page.keyboard.press('p');
    await expect.poll(() => pageUrl(page).pathname).toBe('/present/funds');
    await expect.poll(() => urlParam(page, 'edition')).toBe('2024-10');
    await expect(page.locator('.slide-footer').getByText('数据截至 2024年10月31日')).toBeVisible();

    // Choosing the latest edition again removes the parameter (an address without it opens latest).
    await page.goto('/?edition=2024-10');
    await picker(page).selectOption(SYNTHETIC_EDITION);
    await expect.poll(() => urlParam(page, 'edition')).toBeNull();
    await expect(provenance(page).getByText('数据截至 2024年11月30日')).toBeVisible();
  });

  test('?edition= in a shared address opens that edition, in either language', async ({ page }) => {
    await serveDataRoot(page, syntheticDataRoot());
    await page.goto('/?edition=2024-10&lang=en');
    await expect(provenance(page).getByText('Data as of October 31, 2024')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'October index returns' })).toBeVisible();
    await page.goto(`/?edition=${SYNTHETIC_EDITION}&lang=en`);
    await expect(provenance(page).getByText('Data as of November 30, 2024')).toBeVisible();
    await expect(provenance(page).getByText(/SYNTHETIC test edition/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'November index returns' })).toBeVisible();
  });

  test('an unknown ?edition= falls back to latest with a localised notice', async ({ page }) => {
    await serveDataRoot(page, syntheticDataRoot());
    await page.goto('/?edition=1999-01');
    await expect(
      page.getByText('没有“1999-01”这一期数据，已显示最新一期（2024年11月30日）。'),
    ).toBeVisible();
    await expect(provenance(page).getByText('数据截至 2024年11月30日')).toBeVisible();
    await expect(picker(page)).toHaveValue(SYNTHETIC_EDITION);

    await page.goto('/?edition=%3Cb%3Ex%3C%2Fb%3E&lang=en');
    await expect(
      page.getByText('There is no edition “<b>x</b>”: showing the latest edition', {
        exact: false,
      }),
    ).toBeVisible();
    // Not carried from page to page.
    const funds = page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Funds' });
    await expect(funds).toHaveAttribute('href', '/funds');
  });

  test('since last edition: KPI deltas, constituents, funds, companies — only figures both print', async ({
    page,
  }) => {
    await serveDataRoot(page, syntheticDataRoot());
    await page.goto('/');
    await page.getByRole('link', { name: '较上期' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '较上期' })).toBeVisible();
    await expect.poll(() => pageUrl(page).pathname).toBe('/changes');

    const kpis = page.getByRole('region', { name: '关键指标' });
    await expect(kpis.getByRole('columnheader', { name: '变化（本应用计算）' })).toBeVisible();
    await expect(
      kpis.getByRole('rowheader', { name: 'AI 指数（884201.WI）收盘点位' }),
    ).toBeVisible();
    await expect(kpis.getByText(/^行业评级/)).toBeVisible();

    const constituents = page.getByRole('region', { name: '指数成分股涨跌幅前十 / 后十' });
    await expect(constituents.getByText('合成成分股甲 (900001.SH)')).toBeVisible();

    const funds = page.getByRole('region', { name: '基金', exact: true });
    await expect(funds.getByText('合成测试基金A (999001.OF)')).toBeVisible();
    // A return printed now and blank before is shown, not compared.
    await expect(funds.getByRole('cell', { name: '上期未列出' }).first()).toBeVisible();

    const companies = page.getByRole('region', { name: '公司评级与盈利预测' });
    await expect(companies.getByText(/无评级 → 推荐/)).toBeVisible();

    // The oldest edition has nothing before it.
    await page.goto('/changes?edition=2024-10');
    await expect(page.getByText(/之前没有其他数据版本/)).toBeVisible();
  });

  test('bad editions.json: a missing folder fails its panels only; a latest not listed falls back with a notice', async ({
    page,
    browserErrors,
  }) => {
    browserErrors.allow(/status of 404/);
    const files = withEditions((editions) => {
      const listed = editions.editions[0] as Record<string, unknown>;
      editions.editions.push({
        ...structuredClone(listed),
        id: '2024-12-missing',
        dataAsOf: '2024-12-31',
        title: { zh: '缺少文件夹的一期（测试）', en: 'Edition without a folder (test)' },
      } as { id: string });
      editions.latest = 'no-such-edition';
    });
    await serveDataRoot(page, files);
    await page.goto('/');
    // latest is not listed: the newest listed edition (by data date) opens, with a notice…
    await expect(page.getByText(/数据版本列表中的最新一期“no-such-edition”不存在/)).toBeVisible();
    await expect(provenance(page).getByText('数据截至 2024年12月31日')).toBeVisible();
    // …and its folder is missing: each panel says so, with retry; the shell stays usable.
    await expect(page.getByRole('alert').filter({ hasText: 'HTTP 404' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: '重试' }).first()).toBeVisible();
    // Every other edition is still usable.
    await picker(page).selectOption('2024-10');
    await expect(provenance(page).getByText('数据截至 2024年10月31日')).toBeVisible();
    await expect(page.getByRole('heading', { name: '10月指数涨跌幅' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'HTTP 404' })).toHaveCount(0);
  });

  test('an edition whose dataset fails its schema: that panel errs, the other edition works', async ({
    page,
  }) => {
    const files = syntheticDataRoot();
    files.set(`${SYNTHETIC_EDITION}/indices.json`, { dataset: 'indices', edition: 'x', top10: 3 });
    await serveDataRoot(page, files);
    await page.goto('/');
    await expect(
      page.getByRole('alert').filter({ hasText: '“指数行情”数据加载失败' }).first(),
    ).toBeVisible();
    await picker(page).selectOption('2024-10');
    await expect(page.getByRole('heading', { name: '10月指数涨跌幅' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: '指数行情' })).toHaveCount(0);
  });
  test('the timeline takes its undated label, swim-lane axis and PNG file names from the edition shown', async ({
    page,
  }) => {
    await serveDataRoot(page, syntheticDataRoot());
    await page.goto('/timeline');
    await expect(page.locator('.tl-date').last()).toHaveText(/^未注明日期（2024年11月报告）/);
    await expect(page.getByText('2024年10月报告')).toHaveCount(0);

    const swimlane = chartFigure(page, 'AI 动态泳道图');
    await swimlane.scrollIntoViewIfNeeded();
    await chartSettled(swimlane);
    // The axis runs to the synthetic data date (half a day of room after it).
    const axisMax = await swimlane.evaluate(
      (el: ChartElement) =>
        (el.echartsInstance?.getOption().xAxis as { max?: number }[] | undefined)?.[0]?.max,
    );
    expect(axisMax).toBe(Date.parse('2024-11-30T00:00:00Z') + 43_200_000);
    const swimlanePng = page.waitForEvent('download');
    await swimlane.getByRole('button', { name: '导出 PNG' }).click();
    expect((await swimlanePng).suggestedFilename()).toBe('ai-timeline-swimlane-2024-11-30.png');

    const benchmarks = page.getByRole('region', { name: '模型测试对比' });
    const benchmarkPng = page.waitForEvent('download');
    await benchmarks.getByRole('button', { name: '导出 PNG' }).first().click();
    expect((await benchmarkPng).suggestedFilename()).toBe('benchmark-figure-14-2024-11-30.png');
  });
  test('the not-found page links home under the edition asked for', async ({ page }) => {
    await serveDataRoot(page, syntheticDataRoot());
    await page.goto('/no/such/page?edition=2024-10');
    await expect(page.getByRole('heading', { level: 1, name: '找不到此页面' })).toBeVisible();
    await page.getByRole('link', { name: '返回总览' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible();
    await expect.poll(() => urlParam(page, 'edition')).toBe('2024-10');
    await expect(provenance(page).getByText('数据截至 2024年10月31日')).toBeVisible();
  });
});
