import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import {
  artifact,
  breakDataset,
  chartFigure,
  chartSettled,
  dataset,
  pageUrl,
  urlParam,
  type ChartElement,
} from './helpers';

// Expectations come from the dataset the app serves, never hard-coded figures.
const sectors = dataset('sectors');
const rows = sectors.subIndustries;
const STORAGE_KEY = 'ai-dashboard.sectors.user-figures';

const SCATTER = {
  zh: '25个子行业：营收方向 × 利润状态',
  en: '25 sub-industries: revenue direction × profit status',
};
const USER_CHART = 'Your data: revenue vs net-profit growth';

interface Datum {
  id?: string;
  name?: string;
  value: unknown;
  labelText?: string;
}
interface ChartSummary {
  aria: string | undefined;
  series: { name?: string; labelShow?: boolean; data: Datum[] }[];
}

/**
 * What the test reads of a chart's option (functions do not cross into node). The unit/source
 * line is not in it: it is the figure's HTML caption (a `figcaption`; ECharts draws no title).
 */
async function readChart(figure: Locator): Promise<ChartSummary | null> {
  return figure.evaluate((el: ChartElement) => {
    const chart = el.echartsInstance;
    if (!chart) return null;
    const option = chart.getOption() as {
      aria?: { label?: { description?: string } } | { label?: { description?: string } }[];
      series: {
        name?: string;
        label?: { show?: boolean };
        data?: unknown[];
      }[];
    };
    const aria = Array.isArray(option.aria) ? option.aria[0] : option.aria;
    return {
      aria: aria?.label?.description,
      series: option.series.map((series) => ({
        name: series.name,
        labelShow: series.label?.show,
        data: (series.data ?? []).map((d) => {
          if (typeof d === 'object' && d !== null && !Array.isArray(d)) {
            const o = d as { id?: string; name?: string; value: unknown; labelText?: string };
            return { id: o.id, name: o.name, value: o.value, labelText: o.labelText };
          }
          return { value: d };
        }),
      })),
    };
  });
}

/** The chart's option once it is drawn; for values that change after an action, poll `series`. */
async function chartOption(page: Page, label: string): Promise<ChartSummary> {
  const figure = chartFigure(page, label);
  await expect(figure).toBeVisible();
  await expect.poll(() => readChart(figure).then((c) => c !== null)).toBe(true);
  const option = await readChart(figure);
  if (!option) throw new Error(`no chart ${label}`);
  return option;
}

/** The data of one series, read again on every poll. */
const seriesData = (page: Page, label: string, index = 0) =>
  readChart(chartFigure(page, label)).then((c) => c?.series[index]?.data ?? null);

interface DrawnLabel {
  text: string;
  hidden: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The labels ECharts actually drew for series 0: text, whether shown, and their boxes in canvas
 * pixels (from the rendered elements, so this is what is on screen, not what was asked for).
 */
async function drawnLabels(figure: Locator) {
  return figure.evaluate((el: ChartElement) => {
    interface Rect {
      x: number;
      y: number;
      width: number;
      height: number;
      clone(): Rect;
      applyTransform(m: unknown): void;
    }
    interface Text {
      style: { text: string };
      ignore?: boolean;
      invisible?: boolean;
      getBoundingRect(): Rect;
      getComputedTransform(): unknown;
    }
    interface Graphic {
      getTextContent?(): Text | undefined;
      traverse?(visit: (child: Graphic) => void): void;
    }
    const chart = el.echartsInstance as unknown as {
      getWidth(): number;
      getHeight(): number;
      getModel(): {
        getSeriesByIndex(i: number): {
          getData(): { count(): number; getItemGraphicEl(i: number): Graphic | undefined };
        };
      };
    };
    const data = chart.getModel().getSeriesByIndex(0).getData();
    const out: (DrawnLabel | null)[] = [];
    for (let i = 0; i < data.count(); i += 1) {
      // A scatter point is a group; its label hangs on the symbol path inside it.
      const group = data.getItemGraphicEl(i);
      let text = group?.getTextContent?.() ?? null;
      group?.traverse?.((child) => {
        text = text ?? child.getTextContent?.() ?? null;
      });
      const found = text as Text | null;
      if (!found) {
        out.push(null);
        continue;
      }
      const rect = found.getBoundingRect().clone();
      rect.applyTransform(found.getComputedTransform());
      out.push({
        text: found.style.text,
        hidden: Boolean(found.ignore || found.invisible),
        x: rect.x,
        y: rect.y,
        width: rect.width,
        height: rect.height,
      });
    }
    return { labels: out, width: chart.getWidth(), height: chart.getHeight() };
  });
}

const overlaps = (a: DrawnLabel, b: DrawnLabel) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** Everything wrong with the drawn labels: missing, hidden, outside the chart, overlapping. */
async function labelProblems(figure: Locator): Promise<string[]> {
  const drawn = await drawnLabels(figure);
  const problems: string[] = [];
  if (drawn.labels.length !== 25) problems.push(`${drawn.labels.length} labels, not 25`);
  for (const [i, a] of drawn.labels.entries()) {
    if (!a || a.hidden || !a.text) {
      problems.push(`label ${i} not drawn`);
      continue;
    }
    if (!(
      a.x >= 0 &&
      a.y >= 0 &&
      a.x + a.width <= drawn.width + 1 &&
      a.y + a.height <= drawn.height + 1
    ))
      problems.push(`label ${a.text} outside the chart`);
    for (const b of drawn.labels.slice(i + 1))
      if (b && overlaps(a, b)) problems.push(`${a.text} / ${b.text} overlap`);
  }
  return problems;
}

/** A point of a chart in pixels from the top-left of its canvas, from a data value. */
async function pixelOf(figure: Locator, value: unknown): Promise<{ x: number; y: number }> {
  const [x = NaN, y = NaN] = await figure.evaluate(
    (el: ChartElement, v) =>
      el.echartsInstance?.convertToPixel({ seriesIndex: 0 }, v as number[]) as number[],
    value,
  );
  return { x, y };
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test.describe('sectors: the sub-industry scatterplot', () => {
  for (const lang of ['en', 'zh'] as const) {
    test.describe(() => {
      test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

      test(`plots 25 labelled, non-overlapping points in ${lang}, with the report's figures`, async ({
        page,
      }) => {
        await open(page, `/sectors?lang=${lang}`);
        await chartOption(page, SCATTER[lang]);
        await expect.poll(async () => (await seriesData(page, SCATTER[lang]))?.length).toBe(25);
        const option = await chartOption(page, SCATTER[lang]);
        const points = option.series[0];
        expect(points?.data).toHaveLength(25);
        expect(points?.labelShow).toBe(true);
        expect(points?.data.map((d) => d.id).sort()).toEqual(rows.map((r) => r.id).sort());
        for (const d of points?.data ?? []) expect(d.labelText, `label of ${d.id}`).toBeTruthy();
        const label = (id: string) => points?.data.find((d) => d.id === id)?.labelText;
        expect(label('huawei-harmonyos')).toBe(
          lang === 'zh' ? '华为鸿蒙 +88.75%' : 'Huawei HarmonyOS +88.75%',
        );
        expect(label('data-centers')).toBe(lang === 'zh' ? '数据中心 >20%' : 'Data Centers >20%');
        // The chart itself says the figures are missing.
        await expect(chartFigure(page, SCATTER[lang]).locator('figcaption')).toHaveText(
          lang === 'zh' ? /报告图3–6不在原文文本中/ : /figures 3–6 are not in the source text/,
        );
        expect(option.aria).toMatch(
          lang === 'zh' ? /营收、利润双升（8个）/ : /Revenue and profit both up \(8\)/,
        );

        // What was drawn, once the entry animation is over: 25 visible labels, inside the
        // canvas, none overlapping another.
        const figure = chartFigure(page, SCATTER[lang]);
        await figure.scrollIntoViewIfNeeded();
        await chartSettled(figure);
        await expect.poll(() => labelProblems(figure)).toEqual([]);
        await figure.screenshot({ path: artifact(`sectors-scatter-${lang}.png`) });

        // The missing figures are listed in the page text as well.
        for (const missing of sectors.missingFigures)
          await expect(page.getByText(missing.caption[lang]).first()).toBeVisible();
      });
    });
  }

  test('hovering a point shows the report’s own words in the tooltip', async ({ page }) => {
    await open(page, '/sectors?lang=zh');
    await chartOption(page, SCATTER.zh);
    const figure = chartFigure(page, SCATTER.zh);
    await figure.scrollIntoViewIfNeeded();
    await chartSettled(figure);
    const point = (await seriesData(page, SCATTER.zh))?.find((d) => d.id === 'data-elements');
    expect(point).toBeDefined();
    await figure
      .locator('canvas')
      .first()
      .hover({ position: await pixelOf(figure, point?.value) });
    const tip = figure.locator('div').filter({ hasText: '数据要素转亏' }).last();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText(/数据要素.*未列入报告的营收正增长名单.*转亏/s);
  });

  test('switching language relabels the chart in place, keeping the filter', async ({ page }) => {
    await open(page, '/sectors?quadrant=up-up');
    const option = await chartOption(page, SCATTER.zh);
    expect(option.series[0]?.data.some((d) => d.labelText === '华为鸿蒙 +88.75%')).toBe(true);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sectors' })).toBeVisible();
    await chartOption(page, SCATTER.en);
    await expect.poll(async () => (await seriesData(page, SCATTER.en))?.length).toBe(8);
    await expect
      .poll(async () =>
        (await seriesData(page, SCATTER.en))?.some(
          (d) => d.labelText === 'Huawei HarmonyOS +88.75%',
        ),
      )
      .toBe(true);
  });

  test.describe(() => {
    test.use({ locale: 'en-US' });

    test('exports the scatter as a PNG named after the chart and the data date', async ({
      page,
    }) => {
      await open(page, '/sectors?lang=en');
      await chartOption(page, SCATTER.en);
      const downloading = page.waitForEvent('download');
      await chartFigure(page, SCATTER.en).getByRole('button', { name: 'Export PNG' }).click();
      expect((await downloading).suggestedFilename()).toBe('sub-industry-scatter-2024-10-31.png');
    });
  });
});

test.describe('sectors: quadrant filter and view in the URL', () => {
  test.use({ locale: 'en-US' });

  test('?quadrant=up-up shows only that quadrant in the chart', async ({ page }) => {
    await open(page, '/sectors?lang=en&quadrant=up-up');
    await chartOption(page, SCATTER.en);
    const expected = rows.filter(
      (r) =>
        r.revenueDirection === 'up' &&
        ['growth', 'turned-profit', 'loss-narrowed'].includes(r.profitStatus),
    );
    await expect
      .poll(async () => (await seriesData(page, SCATTER.en))?.map((d) => d.id).sort())
      .toEqual(expected.map((r) => r.id).sort());
    await expect(
      page.getByRole('button', { name: 'Revenue and profit both up (8)' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Showing 8 of 25 sub-industries')).toBeVisible();
  });

  test('?view=grid&quadrant=not-up-down shows the table filtered; chips and the toggle write the URL', async ({
    page,
  }) => {
    await open(page, '/sectors?lang=en&view=grid&quadrant=not-up-down');
    const table = page.getByRole('table', {
      name: /Revenue direction, profit status and quadrant/,
    });
    await expect(table).toBeVisible();
    const expected = rows.filter(
      (r) =>
        r.revenueDirection === 'not-up' &&
        ['decline', 'turned-loss', 'loss-widened'].includes(r.profitStatus),
    );
    // Body rows: the rows with data cells (the header row has column headers only).
    const bodyRows = table.getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(bodyRows).toHaveCount(expected.length);
    for (const r of expected)
      await expect(table.getByText(r.name.en, { exact: true })).toBeVisible();

    await page.getByRole('button', { name: /^All \(25\)$/ }).click();
    await expect.poll(() => pageUrl(page).searchParams.has('quadrant')).toBe(false);
    await expect(bodyRows).toHaveCount(25);
    await page.getByRole('button', { name: /^Revenue up, profit under pressure/ }).click();
    await expect.poll(() => urlParam(page, 'quadrant')).toBe('up-down');
    await expect(bodyRows).toHaveCount(5);

    await page.getByRole('button', { name: 'Chart', exact: true }).click();
    await expect.poll(() => pageUrl(page).searchParams.has('view')).toBe(false);
    await chartOption(page, SCATTER.en);
    await expect.poll(async () => (await seriesData(page, SCATTER.en))?.length).toBe(5);
    await expect.poll(() => urlParam(page, 'lang')).toBe('en');
    await expect.poll(() => urlParam(page, 'quadrant')).toBe('up-down');
  });

  test('clicking a quadrant’s name in the chart filters to it', async ({ page }) => {
    await open(page, '/sectors?lang=en');
    await chartOption(page, SCATTER.en);
    const figure = chartFigure(page, SCATTER.en);
    await figure.scrollIntoViewIfNeeded();
    await chartSettled(figure);
    // The name strip at the top of the "profit up" half, in the "not reported as growing" column.
    const yMax = await figure.evaluate(
      (el: ChartElement) =>
        (el.echartsInstance?.getOption().yAxis as { max: number }[] | undefined)?.[0]?.max ?? NaN,
    );
    await figure
      .locator('canvas')
      .first()
      .click({ position: await pixelOf(figure, [0.5, yMax - 0.25]) });
    await expect.poll(() => urlParam(page, 'quadrant')).toBe('not-up-up');
    await expect.poll(async () => (await seriesData(page, SCATTER.en))?.length).toBe(5);
  });

  test('garbage in the URL falls back to the chart with every point', async ({ page }) => {
    await open(page, '/sectors?lang=en&view=%3Cscript%3E&quadrant=everything');
    await chartOption(page, SCATTER.en);
    await expect.poll(async () => (await seriesData(page, SCATTER.en))?.length).toBe(25);
    await expect(page.getByRole('button', { name: 'All (25)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('button', { name: 'Chart', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

test.describe('sectors: bring your own figures', () => {
  const csv = [
    '\uFEFFsub-industry,revenue growth %,net-profit growth %',
    '华为鸿蒙,88.75%,120.5',
    'Data Centers,abc,40',
    'Semiconductors,12,3',
    'cloud-computing,-3.2,+150',
    'Smart City,"1,234.5",-45',
  ].join('\r\n');

  test.describe(() => {
    test.use({ locale: 'en-US' });

    test('imports good rows, names bad rows, survives a reload, refuses a 10 MB file, and clears', async ({
      page,
    }) => {
      await open(page, '/sectors?lang=en');
      const input = page.getByLabel('Choose a CSV file');
      await input.setInputFiles({
        name: 'wind.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });

      const status = page.getByRole('status');
      await expect(
        status.getByText('“wind.csv”: rows imported: 3; problems: 2. Row 1 was read as a header.'),
      ).toBeVisible();
      const errors = page.getByRole('region', { name: 'Problems (2)' });
      await expect(
        errors.getByText('Row 3, column ‘revenue growth’: ‘abc’ is not a number.'),
      ).toBeVisible();
      await expect(
        errors.getByText(
          'Row 4, column ‘sub-industry’: ‘Semiconductors’ is not one of the report’s 25 sub-industries.',
        ),
      ).toBeVisible();

      const expected = [
        { name: 'Huawei HarmonyOS', value: [88.75, 120.5] },
        { name: 'Cloud Computing', value: [-3.2, 150] },
        { name: 'Smart City', value: [1234.5, -45] },
      ];
      const plotted = async () =>
        (await seriesData(page, USER_CHART))?.map((d) => ({ name: d.name, value: d.value })) ??
        null;
      await chartOption(page, USER_CHART);
      await expect.poll(plotted).toEqual(expected);
      await expect(chartFigure(page, USER_CHART).locator('figcaption')).toHaveText(
        /your data — not from the report/,
      );
      // Kept apart from the report's chart.
      await chartOption(page, SCATTER.en);
      await expect.poll(async () => (await seriesData(page, SCATTER.en))?.length).toBe(25);
      await chartFigure(page, USER_CHART).screenshot({
        path: artifact('sectors-user-chart-en.png'),
      });

      // Survives a reload.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await chartOption(page, USER_CHART);
      await expect.poll(plotted).toEqual(expected);
      await expect(status.getByText(/Your data is loaded from “wind\.csv”/)).toBeVisible();

      // A 10 MB file is refused from its size, without losing what is loaded, and at once.
      // Handing 10 MB to the browser takes the test harness a while, so the clock runs in the
      // page: from the input's change event to the refusal on screen.
      const refusal =
        'The file is 10 MB, over the 1 MB limit: it was not read. The data loaded before is unchanged.';
      const panel = page.getByRole('region', { name: 'Bring your own figures' });
      await panel.evaluate((region, message) => {
        const timing: { changed?: number; shown?: number } = {};
        (window as unknown as { __refusalTiming: typeof timing }).__refusalTiming = timing;
        document.addEventListener('change', () => (timing.changed ??= performance.now()), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          if (region.textContent?.includes(message)) {
            timing.shown = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(region, { subtree: true, childList: true, characterData: true });
      }, refusal);
      await page.getByLabel('Choose a CSV file').setInputFiles({
        name: 'huge.csv',
        mimeType: 'text/csv',
        buffer: Buffer.alloc(10 * 1024 * 1024, 'a'),
      });
      await expect(panel.getByText(refusal)).toBeVisible();
      const timing = await page.evaluate(
        () =>
          (window as unknown as { __refusalTiming: { changed?: number; shown?: number } })
            .__refusalTiming,
      );
      test.info().annotations.push({
        type: 'refusal time',
        description: `${Math.round((timing.shown ?? NaN) - (timing.changed ?? NaN))} ms`,
      });
      expect(timing.changed, 'the change event fired').toBeDefined();
      expect(timing.shown, 'the refusal was seen').toBeDefined();
      expect(
        (timing.shown ?? Infinity) - (timing.changed ?? 0),
        'refused without reading',
      ).toBeLessThan(2000);
      await expect.poll(plotted).toEqual(expected);

      // A malformed file without one good row changes nothing either.
      await page.getByLabel('Choose a CSV file').setInputFiles({
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('"unclosed,1,2\nfoo'),
      });
      await expect(
        status.getByText(
          '“bad.csv”: no usable rows, nothing imported; the data loaded before is unchanged.',
        ),
      ).toBeVisible();
      await expect(
        page.getByText('Row 1: a quoted cell is never closed; the rest is not read.'),
      ).toBeVisible();
      await expect.poll(plotted).toEqual(expected);

      // Clear removes it, also from storage, and it stays gone after a reload.
      await page.getByRole('button', { name: 'Clear my data' }).click();
      await expect(status.getByText('Your data was cleared.')).toBeVisible();
      await expect(chartFigure(page, USER_CHART)).toHaveCount(0);
      await expect
        .poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))
        .toBeNull();
      await page.reload();
      await expect(status.getByText('None of your data is loaded.')).toBeVisible();
      await expect(chartFigure(page, USER_CHART)).toHaveCount(0);
    });

    test('corrupt stored figures are ignored', async ({ page, context }) => {
      await context.addInitScript(
        (key) => localStorage.setItem(key, '{"version":1,"figures":"nope"'),
        STORAGE_KEY,
      );
      await page.goto('/sectors?lang=en');
      await expect(page.getByText('None of your data is loaded.')).toBeVisible();
    });
  });

  test('a pasted table imports from the keyboard; errors are localised in Chinese', async ({
    page,
  }) => {
    await open(page, '/sectors?lang=zh');
    const box = page.getByLabel('或粘贴表格');
    await box.focus();
    await page.keyboard.insertText('华为鸿蒙\t88.75\t120\n数据中心\t1,234\t5\n');
    // The import button is enabled once there is text; Tab reaches it, Enter presses it.
    const importButton = page.getByRole('button', { name: '导入粘贴的内容' });
    await expect(importButton).toBeEnabled();
    await page.keyboard.press('Tab');
    await expect(importButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByText(
        '第 2 行，“营收增速”列：“1,234”有歧义（千位分隔符还是小数逗号？），请写成 1234 或 1.234。',
      ),
    ).toBeVisible();
    const label = '你的数据：营收增速与净利润增速';
    await chartOption(page, label);
    await expect
      .poll(async () => (await seriesData(page, label))?.map((d) => d.name))
      .toEqual(['华为鸿蒙']);
  });
});

test.describe('sectors: industry totals and the companies’ distribution', () => {
  for (const lang of ['zh', 'en'] as const) {
    test.describe(() => {
      test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

      test(`shows every figure in ${lang}`, async ({ page }) => {
        await open(page, `/sectors?lang=${lang}`);
        const text =
          lang === 'zh'
            ? ['3,148.31亿元', '+5.88%', '94.43亿元', '+7.16%', '333', '报告图1、图2']
            : ['CNY 314.831bn', '+5.88%', 'CNY 9.443bn', '+7.16%', '333', 'figures 1 and 2'];
        for (const t of text) await expect(page.getByText(t).first()).toBeVisible();
        // Section headings name the results period the sectors dataset carries.
        const headings =
          lang === 'zh'
            ? [
                '行业整体营收利润（24Q3）',
                '细分子行业营收与利润方向（24Q3）',
                '个股营收利润分布（24Q3）',
              ]
            : [
                'Industry revenue and profit (24Q3)',
                'Sub-industry revenue and profit direction (24Q3)',
                'Companies’ revenue and profit (24Q3)',
              ];
        for (const name of headings)
          await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();

        const titles =
          lang === 'zh'
            ? {
                growth: '计算机行业24Q3营收与归母净利润同比增速',
                revenue: '营收增速分布',
                profit: '净利润状态分布',
                buckets: '利润正增长公司的增速区间',
              }
            : {
                growth: 'Computer industry 24Q3 revenue and net profit growth, year on year',
                revenue: 'Revenue growth across companies',
                profit: 'Net profit status across companies',
                buckets: 'Profit growth of the companies growing profit',
              };
        const d = sectors.distribution;
        const expected: [string, unknown[]][] = [
          [titles.growth, [sectors.industry.q3RevenueYoyPct, sectors.industry.q3NetProfitYoyPct]],
          [titles.revenue, [sectors.industry.sampleSize, d.revenuePositive, d.revenueAbove50Pct]],
          [
            titles.profit,
            [
              d.profit.growth,
              d.profit.decline,
              d.profit.lossWidened,
              d.profit.lossNarrowed,
              d.profit.turnedProfit,
            ],
          ],
          [titles.buckets, d.growthBuckets.map((b) => b.count)],
        ];
        for (const [title, values] of expected) {
          await chartOption(page, title);
          await expect
            .poll(async () => (await seriesData(page, title))?.map((v) => v.value), {
              message: title,
            })
            .toEqual(values);
        }
        // 增速下滑 companies had falling profit (the groups are disjoint and add up to 333).
        await expect
          .poll(async () => (await readChart(chartFigure(page, titles.profit)))?.aria ?? '')
          .toContain(lang === 'zh' ? `净利润增速下滑` : `Profit declined`);
        expect((await readChart(chartFigure(page, titles.profit)))?.aria).not.toMatch(/slowed/);
        await expect(chartFigure(page, titles.profit).locator('figcaption')).toHaveText(
          lang === 'zh' ? /家 · 正文 · 第1\.3节/ : /companies · Report text · §1\.3/,
        );
        await expect(chartFigure(page, titles.growth).locator('figcaption')).toHaveText(
          lang === 'zh' ? /% · 正文 · 第1\.1节/ : /% · Report text · §1\.1/,
        );
        // The distribution's data notes are visible.
        for (const note of d.notes)
          await expect(page.getByText(note.text[lang], { exact: true })).toBeVisible();
      });
    });
  }

  test.describe(() => {
    test.use({ locale: 'en-US' });

    test('a failed dataset shows its error in each panel, and retry recovers', async ({
      page,
      browserErrors,
    }) => {
      browserErrors.allow(/status of 500/);
      const fault = await breakDataset(page, 'sectors', 500);
      await page.goto('/sectors?lang=en');
      await expect(page.getByRole('heading', { level: 1, name: 'Sectors' })).toBeVisible();
      const alerts = page.getByRole('alert').filter({ hasText: 'HTTP 500' });
      await expect(alerts.first()).toBeVisible();
      await expect.poll(() => alerts.count()).toBeGreaterThanOrEqual(1);
      fault.restore();
      await page.getByRole('button', { name: 'Retry' }).first().click();
      await chartOption(page, SCATTER.en);
    });
  });
});
