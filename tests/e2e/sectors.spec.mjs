import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { ARTIFACTS, BASE_URL, breakDataset, launch, openPage } from './harness.mjs';

// Expectations come from the dataset the app serves, never hard-coded figures.
const dataset = JSON.parse(
  readFileSync(new URL('../../public/data/2024-10/sectors.json', import.meta.url), 'utf8'),
);
const rows = dataset.subIndustries;
const STORAGE_KEY = 'ai-dashboard.sectors.user-figures';

const SCATTER = {
  zh: '25个子行业：营收方向 × 利润状态',
  en: '25 sub-industries: revenue direction × profit status',
};
const USER_CHART = 'Your data: revenue vs net-profit growth';

let browser;
before(async () => {
  browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

const artifact = (name) => fileURLToPath(new URL(name, ARTIFACTS));
const figure = (page, label) => page.locator(`figure[aria-label="${label}"]`);

/** Waits until the chart's ECharts instance exists and has drawn its option. */
async function chartOption(page, label) {
  const locator = figure(page, label);
  await locator.waitFor();
  await page.waitForFunction(
    (name) => document.querySelector(`figure[aria-label="${name}"]`)?.echartsInstance,
    label,
  );
  return locator.evaluate((el) => {
    const option = el.echartsInstance.getOption();
    // Functions do not cross into node; keep what the test reads.
    return {
      // The unit/source line is the figure's HTML caption (ECharts draws no title).
      subtext: el.querySelector('figcaption')?.textContent ?? undefined,
      aria: (Array.isArray(option.aria) ? option.aria[0] : option.aria)?.label?.description,
      series: option.series.map((series) => ({
        name: series.name,
        labelShow: series.label?.show,
        data: (series.data ?? []).map((d) =>
          typeof d === 'object' && d !== null && !Array.isArray(d)
            ? { id: d.id, name: d.name, value: d.value, labelText: d.labelText }
            : { value: d },
        ),
      })),
    };
  });
}

/**
 * The labels ECharts actually drew for series 0: text, whether shown, and their boxes in canvas
 * pixels (from the rendered elements, so this is what is on screen, not what was asked for).
 */
async function drawnLabels(page, label) {
  return figure(page, label).evaluate((el) => {
    const chart = el.echartsInstance;
    const data = chart.getModel().getSeriesByIndex(0).getData();
    const out = [];
    for (let i = 0; i < data.count(); i += 1) {
      // A scatter point is a group; its label hangs on the symbol path inside it.
      const group = data.getItemGraphicEl(i);
      let text = group?.getTextContent?.() ?? null;
      group?.traverse?.((child) => {
        text = text ?? child.getTextContent?.() ?? null;
      });
      if (!text) {
        out.push(null);
        continue;
      }
      const rect = text.getBoundingRect().clone();
      rect.applyTransform(text.getComputedTransform());
      out.push({
        text: text.style.text,
        hidden: Boolean(text.ignore || text.invisible),
        x: rect.x,
        y: rect.y,
        width: rect.width,
        height: rect.height,
      });
    }
    return { labels: out, width: chart.getWidth(), height: chart.getHeight() };
  });
}

const overlaps = (a, b) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

async function open(path, { lang = 'en', ...options } = {}) {
  const opened = await openPage(browser, {
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    ...options,
  });
  await opened.page.goto(`${BASE_URL}${path}`);
  await opened.page.getByRole('heading', { level: 1 }).waitFor();
  return opened;
}

describe('sectors: the sub-industry scatterplot', () => {
  for (const lang of ['en', 'zh']) {
    it(`plots 25 labelled, non-overlapping points in ${lang}, with the report's figures`, async () => {
      const { context, page, problems } = await open(`/sectors?lang=${lang}`, {
        lang,
        viewport: { width: 1280, height: 900 },
      });
      const option = await chartOption(page, SCATTER[lang]);
      const points = option.series[0];
      assert.equal(points.data.length, 25);
      assert.equal(points.labelShow, true);
      assert.deepEqual(points.data.map((d) => d.id).sort(), rows.map((r) => r.id).sort());
      for (const d of points.data) assert.ok(d.labelText.length > 0, `label of ${d.id}`);
      const label = (id) => points.data.find((d) => d.id === id)?.labelText;
      assert.equal(
        label('huawei-harmonyos'),
        lang === 'zh' ? '华为鸿蒙 +88.75%' : 'Huawei HarmonyOS +88.75%',
      );
      assert.equal(label('data-centers'), lang === 'zh' ? '数据中心 >20%' : 'Data Centers >20%');
      // The chart itself says the figures are missing.
      assert.match(
        option.subtext,
        lang === 'zh' ? /报告图3–6不在原文文本中/ : /figures 3–6 are not in the source text/,
      );
      assert.match(
        option.aria,
        lang === 'zh' ? /营收、利润双升（8个）/ : /Revenue and profit both up \(8\)/,
      );

      // What was drawn: 25 visible labels, inside the canvas, none overlapping another.
      const figureLocator = figure(page, SCATTER[lang]);
      await figureLocator.scrollIntoViewIfNeeded();
      await page.waitForTimeout(500); // the entry animation
      const drawn = await drawnLabels(page, SCATTER[lang]);
      assert.equal(drawn.labels.length, 25);
      for (const [i, a] of drawn.labels.entries()) {
        assert.ok(a && !a.hidden && a.text, `label ${i} drawn`);
        assert.ok(
          a.x >= 0 &&
            a.y >= 0 &&
            a.x + a.width <= drawn.width + 1 &&
            a.y + a.height <= drawn.height + 1,
          `label ${a.text} inside the chart`,
        );
        for (const b of drawn.labels.slice(i + 1))
          assert.ok(!overlaps(a, b), `${a.text} / ${b.text}`);
      }
      await figureLocator.screenshot({ path: artifact(`sectors-scatter-${lang}.png`) });

      // The missing figures are listed in the page text as well.
      for (const missing of dataset.missingFigures)
        await page.getByText(missing.caption[lang], { exact: false }).first().waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('hovering a point shows the report’s own words in the tooltip', async () => {
    const { context, page } = await open('/sectors?lang=zh', { lang: 'zh' });
    await chartOption(page, SCATTER.zh);
    const locator = figure(page, SCATTER.zh);
    await locator.scrollIntoViewIfNeeded();
    const [x, y] = await locator.evaluate((el) => {
      const chart = el.echartsInstance;
      const point = chart.getOption().series[0].data.find((d) => d.id === 'data-elements');
      return chart.convertToPixel({ seriesIndex: 0 }, point.value);
    });
    const box = await locator.locator('canvas').first().boundingBox();
    await page.mouse.move(box.x + x, box.y + y);
    const tip = locator.locator('div').filter({ hasText: '数据要素转亏' }).last();
    await tip.waitFor();
    assert.match(await tip.textContent(), /数据要素.*未列入报告的营收正增长名单.*转亏/s);
    await context.close();
  });

  it('switching language relabels the chart in place, keeping the filter', async () => {
    const { context, page } = await open('/sectors?quadrant=up-up', { lang: 'zh' });
    let option = await chartOption(page, SCATTER.zh);
    assert.ok(option.series[0].data.some((d) => d.labelText === '华为鸿蒙 +88.75%'));
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sectors' }).waitFor();
    option = await chartOption(page, SCATTER.en);
    assert.equal(option.series[0].data.length, 8);
    assert.ok(option.series[0].data.some((d) => d.labelText === 'Huawei HarmonyOS +88.75%'));
    await context.close();
  });

  it('exports the scatter as a PNG named after the chart and the data date', async () => {
    const { context, page } = await open('/sectors?lang=en', { acceptDownloads: true });
    await chartOption(page, SCATTER.en);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure(page, SCATTER.en).getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'sub-industry-scatter-2024-10-31.png');
    await context.close();
  });
});

describe('sectors: quadrant filter and view in the URL', () => {
  it('?quadrant=up-up shows only that quadrant in the chart', async () => {
    const { context, page, problems } = await open('/sectors?lang=en&quadrant=up-up');
    const option = await chartOption(page, SCATTER.en);
    const expected = rows.filter(
      (r) =>
        r.revenueDirection === 'up' &&
        ['growth', 'turned-profit', 'loss-narrowed'].includes(r.profitStatus),
    );
    assert.deepEqual(
      option.series[0].data.map((d) => d.id).sort(),
      expected.map((r) => r.id).sort(),
    );
    const chip = page.getByRole('button', { name: 'Revenue and profit both up (8)' });
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    await page.getByText('Showing 8 of 25 sub-industries').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('?view=grid&quadrant=not-up-down shows the table filtered; chips and the toggle write the URL', async () => {
    const { context, page } = await open('/sectors?lang=en&view=grid&quadrant=not-up-down');
    const table = page.getByRole('table', {
      name: /Revenue direction, profit status and quadrant/,
    });
    await table.waitFor();
    const expected = rows.filter(
      (r) =>
        r.revenueDirection === 'not-up' &&
        ['decline', 'turned-loss', 'loss-widened'].includes(r.profitStatus),
    );
    assert.equal(await table.locator('tbody tr').count(), expected.length);
    for (const r of expected) await table.getByText(r.name.en, { exact: true }).waitFor();

    await page.getByRole('button', { name: /^All \(25\)$/ }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('quadrant'));
    assert.equal(await table.locator('tbody tr').count(), 25);
    await page.getByRole('button', { name: /^Revenue up, profit under pressure/ }).click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('quadrant') === 'up-down',
    );
    assert.equal(await table.locator('tbody tr').count(), 5);

    await page.getByRole('button', { name: 'Chart', exact: true }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('view'));
    const option = await chartOption(page, SCATTER.en);
    assert.equal(option.series[0].data.length, 5);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('lang'), 'en');
    assert.equal(url.searchParams.get('quadrant'), 'up-down');
    await context.close();
  });

  it('clicking a quadrant’s name in the chart filters to it', async () => {
    const { context, page } = await open('/sectors?lang=en');
    await chartOption(page, SCATTER.en);
    const locator = figure(page, SCATTER.en);
    await locator.scrollIntoViewIfNeeded();
    // The name strip at the top of the "profit up" half, in the "not reported as growing" column.
    const [x, y] = await locator.evaluate((el) => {
      const chart = el.echartsInstance;
      const yMax = chart.getOption().yAxis[0].max;
      return chart.convertToPixel({ seriesIndex: 0 }, [0.5, yMax - 0.25]);
    });
    const box = await locator.locator('canvas').first().boundingBox();
    await page.mouse.click(box.x + x, box.y + y);
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('quadrant') === 'not-up-up',
    );
    const option = await chartOption(page, SCATTER.en);
    assert.equal(option.series[0].data.length, 5);
    await context.close();
  });

  it('garbage in the URL falls back to the chart with every point', async () => {
    const { context, page, problems } = await open(
      '/sectors?lang=en&view=%3Cscript%3E&quadrant=everything',
    );
    const option = await chartOption(page, SCATTER.en);
    assert.equal(option.series[0].data.length, 25);
    assert.equal(
      await page.getByRole('button', { name: 'All (25)' }).getAttribute('aria-pressed'),
      'true',
    );
    assert.equal(
      await page.getByRole('button', { name: 'Chart', exact: true }).getAttribute('aria-pressed'),
      'true',
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('sectors: bring your own figures', () => {
  const csv = [
    '\uFEFFsub-industry,revenue growth %,net-profit growth %',
    '华为鸿蒙,88.75%,120.5',
    'Data Centers,abc,40',
    'Semiconductors,12,3',
    'cloud-computing,-3.2,+150',
    'Smart City,"1,234.5",-45',
  ].join('\r\n');

  it('imports good rows, names bad rows, survives a reload, refuses a 10 MB file, and clears', async () => {
    const { context, page, problems } = await open('/sectors?lang=en');
    const input = page.getByLabel('Choose a CSV file');
    await input.setInputFiles({ name: 'wind.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    await page
      .getByText('“wind.csv”: rows imported: 3; problems: 2. Row 1 was read as a header.')
      .waitFor();
    const errors = page.getByRole('region', { name: 'Problems (2)' });
    await errors.getByText('Row 3, column ‘revenue growth’: ‘abc’ is not a number.').waitFor();
    await errors
      .getByText(
        'Row 4, column ‘sub-industry’: ‘Semiconductors’ is not one of the report’s 25 sub-industries.',
      )
      .waitFor();

    const plotted = async () => (await chartOption(page, USER_CHART)).series[0].data;
    const expected = [
      { name: 'Huawei HarmonyOS', value: [88.75, 120.5] },
      { name: 'Cloud Computing', value: [-3.2, 150] },
      { name: 'Smart City', value: [1234.5, -45] },
    ];
    const simplify = (data) => data.map((d) => ({ name: d.name, value: d.value }));
    assert.deepEqual(simplify(await plotted()), expected);
    assert.match((await chartOption(page, USER_CHART)).subtext, /your data — not from the report/);
    // Kept apart from the report's chart.
    assert.equal((await chartOption(page, SCATTER.en)).series[0].data.length, 25);
    await figure(page, USER_CHART).screenshot({ path: artifact('sectors-user-chart-en.png') });

    // Survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(simplify(await plotted()), expected);
    await page.getByText(/Your data is loaded from “wind\.csv”/).waitFor();

    // A 10 MB file is refused from its size, without losing what is loaded.
    // Handing 10 MB to the browser takes the test harness a while; the clock starts once the
    // page has the file (its change event has fired): the refusal must then be immediate.
    await page.getByLabel('Choose a CSV file').setInputFiles({
      name: 'huge.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(10 * 1024 * 1024, 'a'),
    });
    const started = Date.now();
    await page
      .getByText(
        'The file is 10 MB, over the 1 MB limit: it was not read. The data loaded before is unchanged.',
      )
      .waitFor();
    assert.ok(Date.now() - started < 2000, 'refused without reading');
    assert.deepEqual(simplify(await plotted()), expected);

    // A malformed file without one good row changes nothing either.
    await page.getByLabel('Choose a CSV file').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('"unclosed,1,2\nfoo'),
    });
    await page
      .getByText(
        '“bad.csv”: no usable rows, nothing imported; the data loaded before is unchanged.',
      )
      .waitFor();
    await page.getByText('Row 1: a quoted cell is never closed; the rest is not read.').waitFor();
    assert.deepEqual(simplify(await plotted()), expected);

    // Clear removes it, also from storage, and it stays gone after a reload.
    await page.getByRole('button', { name: 'Clear my data' }).click();
    await page.getByText('Your data was cleared.').waitFor();
    assert.equal(await figure(page, USER_CHART).count(), 0);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), null);
    await page.reload();
    await page.getByText('None of your data is loaded.').waitFor();
    assert.equal(await figure(page, USER_CHART).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a pasted table imports from the keyboard; errors are localised in Chinese', async () => {
    const { context, page } = await open('/sectors?lang=zh', { lang: 'zh' });
    const box = page.getByLabel('或粘贴表格');
    await box.focus();
    await page.keyboard.insertText('华为鸿蒙\t88.75\t120\n数据中心\t1,234\t5\n');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page
      .getByText(
        '第 2 行，“营收增速”列：“1,234”有歧义（千位分隔符还是小数逗号？），请写成 1234 或 1.234。',
      )
      .waitFor();
    const option = await chartOption(page, '你的数据：营收增速与净利润增速');
    assert.deepEqual(
      option.series[0].data.map((d) => d.name),
      ['华为鸿蒙'],
    );
    await context.close();
  });

  it('corrupt stored figures are ignored', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-US' });
    await context.addInitScript(
      (key) => localStorage.setItem(key, '{"version":1,"figures":"nope"'),
      STORAGE_KEY,
    );
    await page.goto(`${BASE_URL}/sectors?lang=en`);
    await page.getByText('None of your data is loaded.').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('sectors: industry totals and the companies’ distribution', () => {
  for (const lang of ['zh', 'en']) {
    it(`shows every figure in ${lang}`, async () => {
      const { context, page, problems } = await open(`/sectors?lang=${lang}`, { lang });
      const text =
        lang === 'zh'
          ? ['3,148.31亿元', '+5.88%', '94.43亿元', '+7.16%', '333', '报告图1、图2']
          : ['CNY 314.831bn', '+5.88%', 'CNY 9.443bn', '+7.16%', '333', 'figures 1 and 2'];
      for (const t of text) await page.getByText(t, { exact: false }).first().waitFor();

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
      const values = async (title) =>
        (await chartOption(page, title)).series[0].data.map((d) => d.value);
      assert.deepEqual(await values(titles.growth), [
        dataset.industry.q3RevenueYoyPct,
        dataset.industry.q3NetProfitYoyPct,
      ]);
      const d = dataset.distribution;
      assert.deepEqual(await values(titles.revenue), [
        dataset.industry.sampleSize,
        d.revenuePositive,
        d.revenueAbove50Pct,
      ]);
      assert.deepEqual(await values(titles.profit), [
        d.profit.growth,
        d.profit.decline,
        d.profit.lossWidened,
        d.profit.lossNarrowed,
        d.profit.turnedProfit,
      ]);
      assert.deepEqual(
        await values(titles.buckets),
        d.growthBuckets.map((b) => b.count),
      );
      assert.match(
        (await chartOption(page, titles.profit)).subtext,
        lang === 'zh' ? /家 · 正文 · 第1\.3节/ : /companies · Report text · §1\.3/,
      );
      assert.match(
        (await chartOption(page, titles.growth)).subtext,
        lang === 'zh' ? /% · 正文 · 第1\.1节/ : /% · Report text · §1\.1/,
      );
      // The distribution's data notes are visible.
      for (const note of d.notes) await page.getByText(note.text[lang], { exact: true }).waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('a failed dataset shows its error in each panel, and retry recovers', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US', ignoreConsole: [/500/] });
    const fault = await breakDataset(page, 'sectors', 500);
    await page.goto(`${BASE_URL}/sectors?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Sectors' }).waitFor();
    const alerts = page.getByRole('alert').filter({ hasText: 'HTTP 500' });
    await alerts.first().waitFor();
    assert.ok((await alerts.count()) >= 1);
    fault.restore();
    await page.getByRole('button', { name: 'Retry' }).first().click();
    await chartOption(page, SCATTER.en);
    await context.close();
  });
});
