// Watchlists (自选) end to end: starring from the funds and companies grids, the /watchlist page
// with its grids and computed summary, unstarring, and the JSON export / import of watchlists
// and saved screens (a round trip to a fresh browser, and files that must be refused).
import { writeFileSync } from 'node:fs';

import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { dataset, download, must, wakeGrid } from './helpers';

const funds = dataset('funds').funds;
const companies = dataset('companies');
const fundA = must(funds[0], 'first fund');
const fundB = must(funds[1], 'second fund');
const company = must(companies.aShare[0], 'first A-share company');

/** The average the page computes, formatted as it does (Intl, two decimals, signed). */
function average(values: number[]): string {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return new Intl.NumberFormat('zh-CN', {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(Math.round(mean * 100) / 100 / 100);
}

const star = (page: Page | Locator, name: string) =>
  page.getByRole('button', { name: `自选：${name}` });

async function starFunds(page: Page): Promise<void> {
  await page.goto('/funds');
  for (const fund of [fundA, fundB]) {
    const button = star(page, fund.name.zh);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }
}

test.describe('watchlist', () => {
  test('star funds and a company from their grids (mouse and keyboard), see them on /watchlist with the computed averages, unstar', async ({
    page,
  }) => {
    await starFunds(page);

    await page.goto('/companies');
    const companyStar = star(page, company.name.zh);
    await expect(companyStar).toHaveAttribute('aria-pressed', 'false');
    // Keyboard: the star is a real button, Space toggles it (and does not select the row).
    await companyStar.focus();
    await page.keyboard.press('Space');
    await expect(companyStar).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('navigation').getByRole('link', { name: '自选' }).click();
    await expect(page).toHaveURL(/\/watchlist$/);
    await expect(page.getByRole('heading', { level: 1, name: '自选' })).toBeVisible();
    // Data date and source, as on every page.
    await expect(page.locator('.data-date').first()).toBeVisible();

    const summary = page.getByRole('list', { name: '各列表概况' }).getByRole('listitem');
    await expect(summary).toHaveCount(1);
    await expect(summary).toContainText('2 只基金，1 家公司');
    const r1m = average([must(fundA.return1m, '1M'), must(fundB.return1m, '1M')]);
    const r3m = average([must(fundA.return3m, '3M'), must(fundB.return3m, '3M')]);
    await expect(summary).toContainText(`近1月 ${r1m}`);
    await expect(summary).toContainText(`近3月 ${r3m}`);
    await expect(page.getByText('由本看板根据表3所列回报计算')).toBeVisible();

    const fundsGrid = page.getByRole('region', { name: '我的自选：基金（表3）' });
    await expect(fundsGrid.getByRole('grid')).toHaveAttribute('aria-rowcount', '3');
    await expect(
      fundsGrid.getByRole('gridcell', { name: fundA.name.zh, exact: true }),
    ).toBeVisible();
    const companyGrid = page.getByRole('region', { name: '我的自选：A 股公司（表4）' });
    await expect(
      companyGrid.getByRole('gridcell', { name: company.name.zh, exact: true }),
    ).toBeVisible();

    // Unstar from the watchlist page itself.
    await star(fundsGrid, fundA.name.zh).click();
    await expect(fundsGrid.getByRole('grid')).toHaveAttribute('aria-rowcount', '2');
    await expect(summary).toContainText('1 只基金，1 家公司');
    await star(companyGrid, company.name.zh).click();
    await expect(companyGrid).toHaveCount(0);

    // And it stays so after a reload.
    await page.reload();
    await expect(summary).toContainText('1 只基金，0 家公司');
    await page.goto('/funds');
    await expect(star(page, fundA.name.zh)).toHaveAttribute('aria-pressed', 'false');
    await expect(star(page, fundB.name.zh)).toHaveAttribute('aria-pressed', 'true');
  });

  test('keyboard in the grid: arrow to the star cell, Enter toggles it, Space toggles it back (the grid does not take those keys)', async ({
    page,
  }) => {
    const second = must(companies.aShare[1], 'second A-share company');
    await page.goto('/companies');
    await wakeGrid(page.locator('section.data-grid'));
    const row = page.locator(`[role="row"][row-id="${second.code}"]`);
    await row.locator('[col-id="code"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(second.code);
    await page.keyboard.press('ArrowLeft');
    const starCell = row.locator('[col-id="watch"]');
    await expect(starCell).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(star(page, second.name.zh)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Space');
    await expect(star(page, second.name.zh)).toHaveAttribute('aria-pressed', 'false');
    await expect(starCell).toBeFocused();
  });

  test('several lists: stars go to the current list; rename and delete', async ({ page }) => {
    await starFunds(page);
    await page.goto('/watchlist');
    await page.getByLabel('新列表名称').fill('半导体');
    await page.getByRole('button', { name: '新建列表' }).click();
    await expect(page.getByLabel('当前列表')).toHaveValue(/.+/);
    await expect(page.getByLabel('当前列表').locator('option:checked')).toHaveText('半导体');
    await expect(page.getByText('列表“半导体”为空。')).toBeVisible();

    await page.goto('/companies');
    await star(page, company.name.zh).click();
    await page.goto('/watchlist');
    const summary = page.getByRole('list', { name: '各列表概况' }).getByRole('listitem');
    await expect(summary).toHaveCount(2);
    await expect(summary.nth(0)).toContainText('我的自选：2 只基金，0 家公司');
    await expect(summary.nth(1)).toContainText('半导体：0 只基金，1 家公司');

    await page.getByRole('button', { name: '重命名列表“半导体”' }).click();
    await page.getByLabel('新名称').fill('芯片');
    await page.getByRole('button', { name: '保存名称' }).click();
    await expect(summary.nth(1)).toContainText('芯片：0 只基金，1 家公司');
    await page.getByRole('button', { name: '删除列表“芯片”' }).click();
    await expect(summary).toHaveCount(1);
  });

  test('exports watchlists and saved screens to JSON and imports them in a fresh browser; a bad file changes nothing', async ({
    page,
    newPage,
  }, testInfo) => {
    await starFunds(page);
    await page.goto('/funds?min3m=20');
    await page.getByLabel('筛选名称').fill('三月回报 20% 以上');
    await page.getByRole('button', { name: '保存筛选' }).click();
    await page.getByText('保存的筛选（1）').click();
    const screens = await download(
      page,
      page.getByRole('button', { name: '导出全部筛选（JSON）' }),
    );
    expect(screens.name).toBe('ai-dashboard-screens.json');
    await page.goto('/watchlist');
    const lists = await download(page, page.getByRole('button', { name: '导出全部自选（JSON）' }));
    expect(JSON.parse(lists.text)).toMatchObject({
      format: 'ai-dashboard.watchlists',
      version: 1,
      entries: [{ funds: [fundA.code, fundB.code], companies: [] }],
    });

    const listsFile = testInfo.outputPath('watchlists.json');
    const screensFile = testInfo.outputPath('screens.json');
    writeFileSync(listsFile, lists.text);
    writeFileSync(screensFile, screens.text);

    // Another machine: nothing stored.
    const other = await newPage();
    await other.goto('/watchlist');
    await expect(other.getByText('还没有自选列表。', { exact: false })).toBeVisible();

    // A hostile file first: refused with its reason, nothing changes.
    const bad = testInfo.outputPath('bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'ai-dashboard.watchlists',
        version: 1,
        entries: [
          { id: 'x1', name: '<img src=x onerror=alert(1)>', funds: ['=cmd()'], companies: [] },
        ],
      }),
    );
    await chooseFile(other, '导入自选（JSON）', bad);
    await expect(other.getByRole('alert')).toContainText(
      '文件“bad.json”未导入，未作任何更改：第 1 项无效',
    );
    const notJson = testInfo.outputPath('not-json.json');
    writeFileSync(notJson, '<html>not json</html>');
    await chooseFile(other, '导入自选（JSON）', notJson);
    await expect(other.getByRole('alert')).toContainText('文件不是有效的 JSON');
    await expect(other.getByText('还没有自选列表。', { exact: false })).toBeVisible();
    await expect(other.locator('img')).toHaveCount(0);

    // The real file.
    await chooseFile(other, '导入自选（JSON）', listsFile);
    const summary = other.getByRole('list', { name: '各列表概况' }).getByRole('listitem');
    await expect(summary).toContainText('我的自选：2 只基金，0 家公司');
    await expect(
      other.getByRole('region', { name: '我的自选：基金（表3）' }).getByRole('grid'),
    ).toHaveAttribute('aria-rowcount', '3');

    // Screens: a watchlist file is not a screens file.
    await other.goto('/funds');
    await other.getByText('保存的筛选（0）').click();
    await chooseFile(other, '导入筛选（JSON）', listsFile);
    await expect(other.getByRole('alert')).toContainText('这不是本看板导出的筛选文件');
    await chooseFile(other, '导入筛选（JSON）', screensFile);
    await expect(other.getByText('保存的筛选（1）')).toBeVisible();
    await other.getByRole('button', { name: '应用筛选“三月回报 20% 以上”' }).click();
    await expect.poll(() => new URL(other.url()).searchParams.get('min3m')).toBe('20');
  });

  test('stored lists that are damaged are dropped with a notice; the valid ones load', async ({
    page,
  }) => {
    await page.addInitScript(
      ([fund]) => {
        if (location.origin === 'null') return;
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(
          'ai-dashboard.watchlists',
          JSON.stringify({
            state: {
              entries: [
                { id: 'good', name: '好的', funds: [fund], companies: [] },
                { id: 'bad', name: '坏的', funds: 'not a list', companies: [] },
                { id: 'evil', name: '\u202Eevil', funds: [], companies: [] },
              ],
              selected: 'bad',
            },
            version: 1,
          }),
        );
      },
      [fundA.code],
    );
    await page.goto('/watchlist');
    await expect(page.getByRole('alert')).toContainText(
      '有 2 个自选列表无法读取（数据损坏或格式不符），已删除。',
    );
    const summary = page.getByRole('list', { name: '各列表概况' }).getByRole('listitem');
    await expect(summary).toHaveCount(1);
    await expect(summary).toContainText('好的：1 只基金，0 家公司');
    await page.getByRole('button', { name: '知道了' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The damaged entries were removed from storage: no notice on the next load.
    await page.reload();
    await expect(summary).toHaveCount(1);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

/** Picks `path` in the file chooser that the button named `name` opens. */
async function chooseFile(page: Page, name: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name }).click();
  await (await chooser).setFiles(path);
}
