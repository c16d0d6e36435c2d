import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import {
  artifact,
  chartFigure,
  chartSettled,
  dataset,
  download,
  downloadWorkbook,
  must,
  pageUrl,
  sheetValues,
  urlParam,
  wakeGrid,
  type ChartElement,
} from './helpers';

// Expected figures come from the dataset itself, never from the page.
const data = dataset('companies');

type Lang = 'zh' | 'en';
const VALUATION_EN = 'PE against YTD return';
const VALUATION_ZH = '市盈率与今年以来涨跌幅';

/** A screen with a filter and a sort: A-shares up this year, largest market cap first. */
const RISERS_BY_CAP = '/companies?lang=en&ytdmin=0&sort=marketCapYi&dir=desc';
const risersByCap = () =>
  data.aShare.filter((r) => r.ytdChangePct >= 0).sort((a, b) => b.marketCapYi - a.marketCapYi);

/** The page at `path`, its grid awake: the visitor's pointer comes to it (see wakeGrid). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await wakeGrid(page.locator('section.data-grid'));
}

const countText = (lang: Lang, shown: number, total: number) =>
  lang === 'zh' ? `显示 ${shown} / ${total} 家公司` : `${shown} of ${total} companies`;

/** The "N of M companies" line. */
const count = (page: Page, lang: Lang, shown: number, total: number) =>
  page.getByText(countText(lang, shown, total), { exact: true });

/** The grid row of a code (AG Grid 36 renders one row element per row; its id is the code). */
const gridRow = (page: Page, code: string) => page.locator(`[role="row"][row-id="${code}"]`);

/** Every body row of the grid (AG Grid's own class: no role tells body rows from header rows). */
const bodyRows = (page: Page) => page.locator('.ag-row');

/** A column's header cell, by AG Grid's column id. */
const header = (page: Page, colId: string) =>
  page.locator(`[role="columnheader"][col-id="${colId}"]`);

interface Item {
  seriesIndex: number;
  code: string;
  value: number[];
  real: number[];
  isSelected?: boolean;
  borderWidth: number | null;
}

async function readItems(figure: Locator): Promise<Item[] | null> {
  return figure.evaluate((el: ChartElement) => {
    const chart = el.echartsInstance;
    if (!chart) return null;
    const series = chart.getOption().series as {
      data: {
        code: string;
        value: number[];
        real: number[];
        isSelected?: boolean;
        itemStyle?: { borderWidth?: number };
      }[];
    }[];
    return series.flatMap((s, seriesIndex) =>
      s.data.map((item) => ({
        seriesIndex,
        code: item.code,
        value: item.value,
        real: item.real,
        isSelected: item.isSelected,
        borderWidth: item.itemStyle?.borderWidth ?? null,
      })),
    );
  });
}

/** The points of a chart, once it is drawn. Values that change after an action: poll `readItems`. */
async function chartItems(page: Page, label: string): Promise<Item[]> {
  // The chart code loads when the chart panel comes near the viewport.
  await page.getByRole('region', { name: /^(散点图|Scatterplots)$/ }).scrollIntoViewIfNeeded();
  const figure = chartFigure(page, label);
  await expect.poll(() => readItems(figure).then((items) => items !== null)).toBe(true);
  return must(await readItems(figure), `chart ${label}`);
}

async function clickPoint(page: Page, label: string, code: string) {
  const figure = chartFigure(page, label);
  await chartItems(page, label);
  await figure.scrollIntoViewIfNeeded();
  await chartSettled(figure);
  const item = (await readItems(figure))?.find((i) => i.code === code);
  expect(item, `${code} is plotted`).toBeDefined();
  const [x = NaN, y = NaN] = await figure.evaluate(
    (el: ChartElement, { seriesIndex, value }) =>
      el.echartsInstance?.convertToPixel({ seriesIndex }, value) as number[],
    { seriesIndex: item?.seriesIndex ?? 0, value: item?.value ?? [] },
  );
  await figure.locator('canvas').first().click({ position: { x, y } });
}

test.describe('companies', () => {
  for (const lang of ['zh', 'en'] as const) {
    test.describe(() => {
      test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

      test(`tabs render in ${lang} with 29 / 12 / 5 companies and work with arrow keys`, async ({
        page,
      }) => {
        await open(page, `/companies?lang=${lang}`);
        const tabs = page.getByRole('tablist').getByRole('tab');
        await expect(tabs).toHaveCount(3);
        const expected = [
          ['a-share', data.aShare.length],
          ['overseas', data.overseas.length],
          ['forecasts', data.forecasts.length],
        ] as const;
        expect(expected.map(([, n]) => n)).toEqual([29, 12, 5]);
        const tab = (id: string) => tabs.nth(expected.findIndex(([t]) => t === id));
        for (const [index, [id, n]] of expected.entries()) {
          await expect(tabs.nth(index)).toHaveId(`companies-tab-${id}`);
          await tabs.nth(index).click();
          await expect(tab(id)).toHaveAttribute('aria-selected', 'true');
          await expect(count(page, lang, n, n)).toBeVisible();
          await expect.poll(() => urlParam(page, 'tab')).toBe(id === 'a-share' ? null : id);
          await expect.poll(() => urlParam(page, 'lang')).toBe(lang);
          // The grid shows the rows of the tab.
          await expect(bodyRows(page).first()).toBeVisible();
        }
        // Keyboard: one tab stop, arrows move and activate (wrapping around), Home/End jump.
        const selected = (id: string) => expect(tab(id)).toHaveAttribute('aria-selected', 'true');
        await tabs.nth(2).focus();
        await page.keyboard.press('ArrowRight');
        await selected('a-share');
        await page.keyboard.press('ArrowRight');
        await selected('overseas');
        await expect(tab('overseas')).toBeFocused();
        await expect(count(page, lang, 12, 12)).toBeVisible();
        await page.keyboard.press('End');
        await selected('forecasts');
        await page.keyboard.press('ArrowLeft');
        await selected('overseas');
        await page.keyboard.press('Home');
        await selected('a-share');
        await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
        await page.waitForLoadState('networkidle');
      });
    });
  }

  test.describe('in English', () => {
    test.use({ locale: 'en-US' });

    test('return and PE filters change the count as the dataset says, in the URL and after a reload', async ({
      page,
    }) => {
      await open(page, '/companies?lang=en');
      await expect(count(page, 'en', 29, 29)).toBeVisible();
      await page.getByLabel('YTD return (%) minimum').fill('0');
      await page.getByLabel('PE (TTM) maximum').fill('50');
      const expected = data.aShare.filter((r) => r.ytdChangePct >= 0 && r.peTtm <= 50).length;
      expect(expected > 0 && expected < 29).toBe(true);
      await expect(count(page, 'en', expected, 29)).toBeVisible();
      await expect(bodyRows(page)).toHaveCount(expected);
      await expect.poll(() => urlParam(page, 'ytdmin')).toBe('0');
      await expect.poll(() => urlParam(page, 'pemax')).toBe('50');
      // Negative PE stays in (a loss is below 50); the chart shows the same rows.
      await chartItems(page, VALUATION_EN);
      await expect
        .poll(async () => (await readItems(chartFigure(page, VALUATION_EN)))?.length)
        .toBe(expected);

      await page.reload();
      await expect(count(page, 'en', expected, 29)).toBeVisible();
      await expect(page.getByLabel('PE (TTM) maximum')).toHaveValue('50');

      // Overseas: PE printed "-" is left out of a PE range.
      await page.getByRole('tab', { name: /Overseas-listed/ }).click();
      await expect(count(page, 'en', 12, 12)).toBeVisible();
      await page.getByLabel('Monthly change (%) minimum').fill('-5');
      await page.getByLabel('PE (TTM) minimum').fill('0');
      const overseas = data.overseas.filter(
        (r) => r.monthChangePct >= -5 && r.peTtm !== null && r.peTtm >= 0,
      ).length;
      await expect(count(page, 'en', overseas, 12)).toBeVisible();

      // Reset returns to the defaults of the tab.
      await page.getByRole('button', { name: 'Reset view' }).click();
      await expect(count(page, 'en', 12, 12)).toBeVisible();
      await expect
        .poll(() => [...pageUrl(page).searchParams.keys()].sort())
        .toEqual(['lang', 'tab']);
    });

    test('a click on a bubble selects its row and puts sel in the URL', async ({ page }) => {
      await open(page, '/companies?lang=en');
      await clickPoint(page, VALUATION_EN, '688256.SH');
      await expect.poll(() => urlParam(page, 'sel')).toBe('688256.SH');
      const row = gridRow(page, '688256.SH');
      await expect(row).toHaveClass(/ag-row-selected/);
      await expect(row).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByText('Selected: Cambricon-U (688256.SH)')).toBeVisible();
      // And the chart shows it as the selected point.
      await expect
        .poll(
          async () =>
            (await readItems(chartFigure(page, VALUATION_EN)))?.find((i) => i.code === '688256.SH')
              ?.isSelected,
        )
        .toBe(true);
    });

    test('a grid selection highlights the bubble in both A-share charts', async ({ page }) => {
      await open(page, '/companies?lang=en');
      await chartItems(page, VALUATION_EN);
      // The pointer comes to the grid (until then a plain table of the same rows), then clicks.
      await wakeGrid(page.locator('section.data-grid'));
      await gridRow(page, '000977.SZ').locator('[col-id="name"]').click();
      await expect.poll(() => urlParam(page, 'sel')).toBe('000977.SZ');
      for (const label of [VALUATION_EN, 'Revenue growth against net profit growth']) {
        await chartItems(page, label);
        await expect
          .poll(
            async () =>
              (await readItems(chartFigure(page, label)))
                ?.filter((i) => i.isSelected)
                .map((i) => [i.code, i.borderWidth]),
            { message: `selected point in ${label}` },
          )
          .toEqual([['000977.SZ', 3]]);
      }
    });

    test('before any intent the rows are one plain table in the sorted order; the grid keeps it', async ({
      page,
    }) => {
      await page.goto(RISERS_BY_CAP);
      const shown = risersByCap();
      const region = page.locator('section.data-grid');
      const table = region.getByRole('table');
      await expect(table).toHaveAttribute('aria-rowcount', String(shown.length + 1));
      await expect(region.getByRole('grid')).toHaveCount(0);
      const rows = table.getByRole('row');
      for (const [index, company] of shown.slice(0, 3).entries()) {
        await expect(rows.nth(index + 1)).toContainText(company.code);
      }
      await wakeGrid(region);
      await expect(region.getByRole('table')).toHaveCount(0);
      for (const [index, company] of shown.slice(0, 3).entries()) {
        await expect(page.locator(`.ag-row[row-index="${index}"]`)).toHaveAttribute(
          'row-id',
          company.code,
        );
      }
    });

    test('exports the screened A-shares to Excel: market cap in CNY 100M, the monthly-change caveat', async ({
      page,
    }) => {
      await page.goto(RISERS_BY_CAP);
      const shown = risersByCap();
      await expect(count(page, 'en', shown.length, 29)).toBeVisible();
      const { name, workbook } = await downloadWorkbook(
        page,
        page.getByRole('button', { name: 'Export Excel (.xlsx)' }),
      );
      expect(name).toBe('companies-a-share-2024-10-31.xlsx');
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'A-shares (Table 4)',
        'Sources',
      ]);
      const sheet = must(workbook.worksheets[0], 'data sheet');
      const rows = sheetValues(sheet);
      const headers = rows[0] ?? [];
      const capColumn = headers.indexOf('Market cap (CNY 100M)');
      expect(capColumn).toBeGreaterThan(1);
      expect(rows).toHaveLength(shown.length + 1);
      // The rows in the order shown, with the printed market cap as a number.
      expect(rows.slice(1).map((r) => [r[0], r[capColumn]])).toEqual(
        shown.map((r) => [r.code, r.marketCapYi]),
      );
      const capCell = sheet.getRow(2).getCell(capColumn + 1);
      expect(capCell.numFmt).toBe('#,##0.00');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toMatch(new RegExp(`^A1:[A-Z]+${shown.length + 1}$`));
      const sources = sheetValues(must(workbook.getWorksheet('Sources'), 'sources sheet'));
      const caveat = must(
        data.columnNotes.find((n) => n.table === 4 && n.fields.includes('monthChangePct')),
        'monthly-change note',
      );
      // Listed under the column notes (the first cell of those rows is empty).
      expect(sources.map((r) => r[1])).toContain(caveat.text.en);
      expect(sources).toContainEqual(['Table and section', 'Table 4 · §2.3']);
    });

    test('the heat map: a click on a tile selects the company in the grid, and back', async ({
      page,
    }) => {
      await open(page, '/companies?lang=en');
      const region = page.getByRole('region', { name: 'Market heat map (Table 4 A-shares)' });
      await region.scrollIntoViewIfNeeded();
      const figure = chartFigure(region, 'Market heat map (Table 4 A-shares)');
      await chartSettled(figure);
      // The monthly change's caveat is shown with the map.
      const caveat = must(
        data.columnNotes.find((n) => n.table === 4 && n.fields.includes('monthChangePct')),
        'monthly-change note',
      );
      await expect(region.getByText(`About the monthly change: ${caveat.text.en}`)).toBeVisible();
      const tiles = () =>
        figure.evaluate((el: ChartElement) => {
          const series = el.echartsInstance?.getOption().series as
            { data: { code: string; value: number; isSelected: boolean }[] }[] | undefined;
          return (series?.[0]?.data ?? []).map((d) => [d.code, d.value, d.isSelected] as const);
        });
      // Every company of Table 4, by its printed market cap.
      expect((await tiles()).map(([code, value]) => [code, value]).sort()).toEqual(
        data.aShare.map((r) => [r.code, r.marketCapYi]).sort(),
      );
      // The centre of Cambricon-U's tile, from the treemap's own layout.
      const code = '688256.SH';
      const centre = await figure.evaluate((el: ChartElement, target) => {
        const chart = el.echartsInstance as unknown as {
          getModel: () => {
            getSeriesByIndex: (i: number) => {
              getData: () => {
                count: () => number;
                getRawDataItem: (i: number) => { code?: string };
                getItemLayout: (i: number) => {
                  x: number;
                  y: number;
                  width: number;
                  height: number;
                };
              };
            };
          };
        };
        const list = chart.getModel().getSeriesByIndex(0).getData();
        for (let i = 0; i < list.count(); i += 1) {
          if (list.getRawDataItem(i)?.code !== target) continue;
          const box = list.getItemLayout(i);
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
        return null;
      }, code);
      const point = must(centre, `${code} tile`);
      await figure.locator('canvas').first().click({ position: point });
      await expect.poll(() => urlParam(page, 'sel')).toBe(code);
      await expect(gridRow(page, code)).toHaveAttribute('aria-selected', 'true');
      await expect
        .poll(async () => (await tiles()).filter(([, , selected]) => selected).map(([c]) => c))
        .toEqual([code]);

      // A selection in the grid highlights its tile.
      await gridRow(page, '000977.SZ').locator('[col-id="name"]').click();
      await expect.poll(() => urlParam(page, 'sel')).toBe('000977.SZ');
      await region.scrollIntoViewIfNeeded();
      await expect
        .poll(async () => (await tiles()).filter(([, , selected]) => selected).map(([c]) => c))
        .toEqual(['000977.SZ']);

      // Colour by the monthly change: the switch is pressed and in the URL.
      await region
        .getByRole('button', { name: 'Monthly change (period not stated)', exact: true })
        .click();
      await expect.poll(() => urlParam(page, 'colourby')).toBe('month');
      await chartSettled(figure);
      await page.screenshot({ path: artifact('companies-heat-map-en.png'), fullPage: false });
    });

    test('garbage URL parameters fall back to defaults', async ({ page }) => {
      await open(
        page,
        '/companies?lang=en&tab=%3Cscript%3E&sel=%22onerror%3D1&sort=__proto__&dir=up&hide=code,zz&pemin=abc&ytdmax=Infinity&period=1999&colourby=rainbow&cur=EUR',
      );
      await expect(count(page, 'en', 29, 29)).toBeVisible();
      await expect(page.getByRole('tab', { name: /A-shares/ })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await expect(page.getByRole('row', { selected: true })).toHaveCount(0);
      await expect(header(page, 'code')).toHaveCount(1);
      await expect(page.getByLabel('PE (TTM) minimum')).toHaveValue('');
    });

    test('exports the screened rows as CSV with raw numbers and formula-safe text', async ({
      page,
    }) => {
      await page.goto('/companies?lang=en&tab=overseas&cur=HKD');
      await expect(count(page, 'en', 4, 12)).toBeVisible();
      const { name, text } = await download(page, page.getByRole('button', { name: 'Export CSV' }));
      expect(name).toBe('companies-overseas-2024-10-31.csv');
      const lines = text.trim().split(/\r?\n/);
      expect(lines).toHaveLength(1 + 4);
      expect(lines[0]).toMatch(/^"Code","Name","Currency"/);
      // Raw values: numbers unformatted, the missing PE empty.
      expect(
        lines.some((line) => line.startsWith('"0700.HK","Tencent Holdings","HKD","3206.18"')),
      ).toBe(true);
      expect(lines.some((line) => line.startsWith('"2158.HK"') && line.includes(',"",'))).toBe(
        true,
      );
    });

    test('sort, columns and data notes: in the grid and the URL', async ({ page }) => {
      await open(page, '/companies?lang=en');
      await expect(count(page, 'en', 29, 29)).toBeVisible();
      // Negative PE as printed (row 13 of the report's order: rendered before any sort).
      await expect(gridRow(page, '688256.SH').locator('[col-id="peTtm"]')).toHaveText('-247.46');
      // AG Grid sorts on a click on the header's label (the cell also holds the resize handle).
      await header(page, 'ytdChangePct').locator('.ag-header-cell-label').click();
      await expect.poll(() => urlParam(page, 'sort')).toBe('ytdChangePct');
      const lowest = must(
        [...data.aShare].sort((a, b) => a.ytdChangePct - b.ytdChangePct)[0],
        'A-share company',
      );
      // The row drawn first: AG Grid's row-index (no role or name says "first row" of a sorted grid).
      const firstRow = page.locator('.ag-row[row-index="0"]');
      await expect(firstRow).toHaveAttribute('row-id', lowest.code);
      // Returns carry sign and arrow; a noted cell carries its marker.
      await expect(firstRow.locator('[col-id="ytdChangePct"]')).toHaveText(
        `▼ ${lowest.ytdChangePct.toFixed(2)}%`,
      );
      // Table 4's monthly change: one note at the column (header marker and tooltip), never
      // "October", and no per-row markers.
      await expect(gridRow(page, '002415.SZ').locator('[col-id="monthChangePct"]')).toHaveText(
        '▲ +20.85%',
      );
      const monthHeader = header(page, 'monthChangePct');
      await expect(monthHeader).toContainText('Monthly change †');
      await expect(monthHeader).not.toContainText(/October/i);
      await expect(page.getByText('Data notes (1)')).toBeVisible();
      const [monthNote] = data.columnNotes.filter((n) => n.table === 4);
      await expect(
        page.getByRole('note').getByText(must(monthNote, 'column note').text.en),
      ).toBeVisible();
      await monthHeader.hover();
      await expect(page.getByRole('tooltip')).toHaveText(must(monthNote, 'column note').text.en);
      // Growth headers are the dataset's reading.
      await expect(
        header(page, 'netProfitGrowth2023').getByText('2023 net profit growth (%)'),
      ).toBeVisible();
      // Column chooser.
      await page.getByText('Columns', { exact: true }).click();
      await page.getByRole('checkbox', { name: 'PS (TTM)' }).uncheck();
      await expect.poll(() => urlParam(page, 'hide')).toBe('psTtm');
      await expect(header(page, 'psTtm')).toHaveCount(0);
      await page.reload();
      await expect(count(page, 'en', 29, 29)).toBeVisible();
      await wakeGrid(page.locator('section.data-grid'));
      await expect(header(page, 'psTtm')).toHaveCount(0);
      await expect(page.locator('.ag-row[row-index="0"]')).toHaveAttribute('row-id', lowest.code);
    });
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`labels as the report prints them: Table 5's interim columns and Table 4's monthly change (${lang})`, async ({
      newPage,
    }) => {
      const page = await newPage({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
      await open(page, `/companies?tab=overseas&lang=${lang}`);
      const [interimNote] = data.columnNotes.filter((n) => n.table === 5);
      const noteText = must(interimNote, 'Table 5 column note').text[lang];
      const revenue = header(page, 'h1Revenue');
      await expect(revenue).toContainText(
        lang === 'zh' ? '今年中报营业收入' : 'Latest interim revenue',
      );
      await expect(revenue).toContainText('†');
      for (const colId of ['h1Revenue', 'h1RevenueYoy', 'h1NetProfit'])
        await expect(header(page, colId)).not.toContainText(/H1|2024|上半年/);
      // One note for the whole column group, naming the fiscal-year companies, said once.
      await expect(page.getByRole('note').getByText(noteText)).toHaveCount(1);
      for (const name of lang === 'zh'
        ? ['英伟达', '微软', '苹果', '高通', '阿里巴巴', '医渡科技']
        : ['NVIDIA', 'Microsoft', 'Apple', 'Qualcomm', 'Alibaba', 'Yidu Tech'])
        expect(noteText).toContain(name);
      await revenue.hover();
      await expect(page.getByRole('tooltip')).toHaveText(noteText);

      // The chart's colour choice never calls Table 4's monthly change "October" (or "this month").
      await page.getByRole('tab', { name: lang === 'zh' ? /A 股/ : /A-shares/ }).click();
      const month = page.getByRole('button', {
        name: lang === 'zh' ? '按月涨跌幅（期间未注明）' : 'by monthly change (period not stated)',
      });
      await expect(month).toBeVisible();
      const colourChoice = page.getByRole('group', {
        name: lang === 'zh' ? '点的颜色与形状' : 'Point colour and shape',
      });
      await expect(colourChoice).not.toContainText(lang === 'zh' ? /10\s*月|当月/ : /October/);
      await expect(header(page, 'monthChangePct')).not.toContainText(
        lang === 'zh' ? /10\s*月|当月/ : /October/,
      );
    });
  }

  test('the overview click-through link shows 寒武纪-U selected', async ({ page }) => {
    await open(page, '/companies?tab=a-share&q=688256.SH&sel=688256.SH');
    await expect(count(page, 'zh', 1, 29)).toBeVisible();
    const row = gridRow(page, '688256.SH');
    await expect(row).toHaveAttribute('aria-selected', 'true');
    await expect(row.locator('[col-id="name"]')).toHaveText('寒武纪-U');
    await expect(page.getByText('已选中：寒武纪-U（688256.SH）')).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveValue('688256.SH');
    await expect(page.getByRole('tab', { name: /A 股/ })).toHaveAttribute('aria-selected', 'true');
    await expect(row).toBeVisible();
  });

  test('the click from the Overview lands on the Companies page with the row selected', async ({
    page,
  }) => {
    await page.goto('/?lang=zh');
    // The top/bottom 10 load when they come near the viewport.
    await page.getByRole('heading', { name: '10月成分股涨幅前十' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: '在公司页查看 寒武纪-U' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: '公司' })).toBeVisible();
    await expect.poll(() => pageUrl(page).pathname).toBe('/companies');
    await expect.poll(() => urlParam(page, 'sel')).toBe('688256.SH');
    await expect(page.getByText('已选中：寒武纪-U（688256.SH）')).toBeVisible();
    await expect(gridRow(page, '688256.SH')).toHaveAttribute('aria-selected', 'true');
  });

  test('the PE chart plots negative PE honestly and lists overseas PE "-" as not plotted', async ({
    page,
  }) => {
    await open(page, '/companies?lang=zh');
    await chartItems(page, VALUATION_ZH);
    await expect
      .poll(async () => (await readItems(chartFigure(page, VALUATION_ZH)))?.length)
      .toBe(29);
    const items = await chartItems(page, VALUATION_ZH);
    const negative = items.filter((i) => (i.real[0] ?? 0) < 0).map((i) => i.code);
    expect(negative.sort()).toEqual(
      data.aShare
        .filter((r) => r.peTtm < 0)
        .map((r) => r.code)
        .sort(),
    );
    expect(negative.length).toBeGreaterThan(0);
    // Plotted left of zero (symmetric log keeps the sign).
    expect(items.filter((i) => (i.real[0] ?? 0) < 0).every((i) => (i.value[0] ?? 0) < 0)).toBe(
      true,
    );

    await page.getByRole('tab', { name: /境外上市/ }).click();
    await chartItems(page, '市盈率与今年以来涨跌幅（美元计价）');
    const hkd = '市盈率与今年以来涨跌幅（港元计价）';
    await chartItems(page, hkd);
    await expect
      .poll(async () => (await readItems(chartFigure(page, hkd)))?.map((i) => i.code).sort())
      .toEqual(['0700.HK', '9988.HK']);
    await expect(
      page.getByText(/未绘制（市盈率不可得.*医渡科技 \(2158\.HK\)、商汤-W \(0020\.HK\)/),
    ).toBeVisible();
    // Market cap with its currency.
    await expect(gridRow(page, 'NVDA.O').getByText('32,566.03亿美元')).toBeVisible();
    await expect(gridRow(page, '2158.HK').locator('[col-id="peTtm"]')).toHaveText('-');
  });

  test('saves a screen (tab, filter, sort, hidden column), and after a reload applying it sets the address', async ({
    page,
  }) => {
    const overseas = data.overseas.filter((r) => r.monthChangePct >= -5).length;
    await open(
      page,
      '/companies?lang=en&tab=overseas&m1min=-5&sort=ytdChangePct&dir=desc&hide=psTtm',
    );
    await expect(count(page, 'en', overseas, 12)).toBeVisible();
    await page.getByLabel('Screen name').fill('Overseas movers');
    await page.getByRole('button', { name: 'Save screen' }).click();
    await expect(page.getByText('Saved the screen “Overseas movers”.')).toBeVisible();

    await open(page, '/companies?lang=en');
    await expect(count(page, 'en', data.aShare.length, data.aShare.length)).toBeVisible();
    await page.getByText('Saved screens (1)').click();
    await page.getByRole('button', { name: 'Apply the screen “Overseas movers”' }).click();
    await expect(count(page, 'en', overseas, 12)).toBeVisible();
    await expect.poll(() => urlParam(page, 'tab')).toBe('overseas');
    await expect.poll(() => urlParam(page, 'm1min')).toBe('-5');
    await expect.poll(() => urlParam(page, 'sort')).toBe('ytdChangePct');
    await expect.poll(() => urlParam(page, 'hide')).toBe('psTtm');
    // The language parameter is not part of a screen: it stays as it was.
    await expect.poll(() => urlParam(page, 'lang')).toBe('en');
    await expect(page.locator('[role="columnheader"][col-id="psTtm"]')).toHaveCount(0);
  });
});
