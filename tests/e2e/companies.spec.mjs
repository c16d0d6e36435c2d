import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { BASE_URL, launch, openPage } from './harness.mjs';

// Expected figures come from the dataset itself, never from the page.
const data = JSON.parse(
  readFileSync(new URL('../../public/data/2024-10/companies.json', import.meta.url), 'utf8'),
);

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const VALUATION_EN = 'PE against YTD return';
const VALUATION_ZH = '市盈率与今年以来涨跌幅';
const figure = (label) => `figure[aria-label="${label}"]`;

async function open(path, { lang = 'en' } = {}) {
  const opened = await openPage(browser, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  await opened.page.goto(`${BASE_URL}${path}`);
  await opened.page.getByRole('heading', { level: 1 }).waitFor();
  return opened;
}

const countText = (lang, shown, total) =>
  lang === 'zh' ? `显示 ${shown} / ${total} 家公司` : `${shown} of ${total} companies`;

/** The grid row of a code (AG Grid 36 renders one row element per row). */
const gridRow = (page, code) => page.locator(`.data-grid [row-id="${code}"]`);

async function chartItems(page, label) {
  // The chart code loads when the chart panel comes near the viewport.
  await page.locator('#companies-charts-title').scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.echartsInstance,
    figure(label),
  );
  return page.locator(figure(label)).evaluate((el) =>
    el.echartsInstance.getOption().series.flatMap((series, seriesIndex) =>
      series.data.map((item) => ({
        seriesIndex,
        code: item.code,
        value: item.value,
        real: item.real,
        isSelected: item.isSelected,
        borderWidth: item.itemStyle?.borderWidth ?? null,
      })),
    ),
  );
}

async function clickPoint(page, label, code) {
  const items = await chartItems(page, label);
  const item = items.find((i) => i.code === code);
  assert.ok(item, `${code} is plotted`);
  const [x, y] = await page
    .locator(figure(label))
    .evaluate(
      (el, { seriesIndex, value }) => el.echartsInstance.convertToPixel({ seriesIndex }, value),
      item,
    );
  const canvas = page.locator(`${figure(label)} canvas`).first();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  assert.ok(box);
  await page.mouse.click(box.x + x, box.y + y);
}

describe('companies', () => {
  for (const lang of ['zh', 'en']) {
    it(`tabs render in ${lang} with 29 / 12 / 5 companies and work with arrow keys`, async () => {
      const { context, page, problems } = await open(`/companies?lang=${lang}`, { lang });
      const tablist = page.getByRole('tablist');
      const tabs = tablist.getByRole('tab');
      assert.equal(await tabs.count(), 3);
      const expected = [
        ['a-share', data.aShare.length],
        ['overseas', data.overseas.length],
        ['forecasts', data.forecasts.length],
      ];
      assert.deepEqual(
        expected.map(([, n]) => n),
        [29, 12, 5],
      );
      for (const [index, [tab, n]] of expected.entries()) {
        await tabs.nth(index).click();
        await page.locator(`#companies-tab-${tab}[aria-selected="true"]`).waitFor();
        await page.getByText(countText(lang, n, n), { exact: true }).waitFor();
        const url = new URL(page.url());
        assert.equal(url.searchParams.get('tab'), tab === 'a-share' ? null : tab);
        assert.equal(url.searchParams.get('lang'), lang);
        // The grid shows every row of the tab (AG Grid renders all rows of a small table).
        await page.locator('.data-grid .ag-row').first().waitFor();
      }
      // Keyboard: one tab stop, arrows move and activate (wrapping around), Home/End jump.
      const selected = (tab) =>
        page.locator(`#companies-tab-${tab}[aria-selected="true"]`).waitFor();
      await tabs.nth(2).focus();
      await page.keyboard.press('ArrowRight');
      await selected('a-share');
      await page.keyboard.press('ArrowRight');
      await selected('overseas');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'companies-tab-overseas');
      await page.getByText(countText(lang, 12, 12), { exact: true }).waitFor();
      await page.keyboard.press('End');
      await selected('forecasts');
      await page.keyboard.press('ArrowLeft');
      await selected('overseas');
      await page.keyboard.press('Home');
      await selected('a-share');
      assert.equal(await page.locator('[role="tab"][tabindex="0"]').count(), 1);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('return and PE filters change the count as the dataset says, in the URL and after a reload', async () => {
    const { context, page, problems } = await open('/companies?lang=en');
    await page.getByText(countText('en', 29, 29)).waitFor();
    await page.getByLabel('YTD return (%) minimum').fill('0');
    await page.getByLabel('PE (TTM) maximum').fill('50');
    const expected = data.aShare.filter((r) => r.ytdChangePct >= 0 && r.peTtm <= 50).length;
    assert.ok(expected > 0 && expected < 29);
    await page.getByText(countText('en', expected, 29)).waitFor();
    assert.equal(await page.locator('.data-grid .ag-row').count(), expected);
    let url = new URL(page.url());
    assert.equal(url.searchParams.get('ytdmin'), '0');
    assert.equal(url.searchParams.get('pemax'), '50');
    // Negative PE stays in (a loss is below 50); the chart shows the same rows.
    const items = await chartItems(page, VALUATION_EN);
    assert.equal(items.length, expected);

    await page.reload();
    await page.getByText(countText('en', expected, 29)).waitFor();
    assert.equal(await page.getByLabel('PE (TTM) maximum').inputValue(), '50');

    // Overseas: PE printed "-" is left out of a PE range.
    await page.getByRole('tab', { name: /Overseas-listed/ }).click();
    await page.getByText(countText('en', 12, 12)).waitFor();
    await page.getByLabel('Monthly return (%) minimum').fill('-5');
    await page.getByLabel('PE (TTM) minimum').fill('0');
    const overseas = data.overseas.filter(
      (r) => r.monthChangePct >= -5 && r.peTtm !== null && r.peTtm >= 0,
    ).length;
    await page.getByText(countText('en', overseas, 12)).waitFor();

    // Reset returns to the defaults of the tab.
    await page.getByRole('button', { name: 'Reset view' }).click();
    await page.getByText(countText('en', 12, 12)).waitFor();
    url = new URL(page.url());
    assert.deepEqual([...url.searchParams.keys()].sort(), ['lang', 'tab']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a click on a bubble selects its row and puts sel in the URL', async () => {
    const { context, page, problems } = await open('/companies?lang=en');
    await clickPoint(page, VALUATION_EN, '688256.SH');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('sel') === '688256.SH',
    );
    const row = gridRow(page, '688256.SH');
    await row.waitFor();
    assert.match((await row.getAttribute('class')) ?? '', /ag-row-selected/);
    assert.equal(await row.getAttribute('aria-selected'), 'true');
    await page.getByText('Selected: Cambricon-U (688256.SH)').waitFor();
    // And the chart shows it as the selected point.
    const items = await chartItems(page, VALUATION_EN);
    assert.equal(items.find((i) => i.code === '688256.SH')?.isSelected, true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a grid selection highlights the bubble in both A-share charts', async () => {
    const { context, page, problems } = await open('/companies?lang=en');
    await chartItems(page, VALUATION_EN);
    await gridRow(page, '000977.SZ').locator('[col-id="name"]').click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('sel') === '000977.SZ',
    );
    for (const label of [VALUATION_EN, 'Revenue growth against net profit growth']) {
      await page.waitForFunction(
        (selector) =>
          document
            .querySelector(selector)
            ?.echartsInstance?.getOption()
            .series.some((s) => s.data.some((d) => d.code === '000977.SZ' && d.isSelected)),
        figure(label),
      );
      const items = await chartItems(page, label);
      const selected = items.filter((i) => i.isSelected);
      assert.deepEqual(
        selected.map((i) => [i.code, i.borderWidth]),
        [['000977.SZ', 3]],
      );
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the overview click-through link shows 寒武纪-U selected', async () => {
    const { context, page, problems } = await open(
      '/companies?tab=a-share&q=688256.SH&sel=688256.SH',
      { lang: 'zh' },
    );
    await page.getByText(countText('zh', 1, 29)).waitFor();
    const row = gridRow(page, '688256.SH');
    await row.waitFor();
    assert.equal(await row.getAttribute('aria-selected'), 'true');
    assert.equal((await row.locator('[col-id="name"]').textContent())?.trim(), '寒武纪-U');
    await page.getByText('已选中：寒武纪-U（688256.SH）').waitFor();
    assert.equal(await page.getByRole('searchbox').inputValue(), '688256.SH');
    assert.equal(
      await page.getByRole('tab', { name: /A 股/ }).getAttribute('aria-selected'),
      'true',
    );
    assert.ok(await row.isVisible());
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the click from the Overview lands on the Companies page with the row selected', async () => {
    const { context, page, problems } = await open('/?lang=zh', { lang: 'zh' });
    // The top/bottom 10 load when they come near the viewport.
    await page.getByRole('heading', { name: '10月成分股涨幅前十' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: '在公司页查看 寒武纪-U' }).first().click();
    await page.getByRole('heading', { level: 1, name: '公司' }).waitFor();
    const url = new URL(page.url());
    assert.equal(url.pathname, '/companies');
    assert.equal(url.searchParams.get('sel'), '688256.SH');
    await page.getByText('已选中：寒武纪-U（688256.SH）').waitFor();
    assert.equal(await gridRow(page, '688256.SH').getAttribute('aria-selected'), 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('garbage URL parameters fall back to defaults', async () => {
    const { context, page, problems } = await open(
      '/companies?lang=en&tab=%3Cscript%3E&sel=%22onerror%3D1&sort=__proto__&dir=up&hide=code,zz&pemin=abc&ytdmax=Infinity&period=1999&colourby=rainbow&cur=EUR',
    );
    await page.getByText(countText('en', 29, 29)).waitFor();
    assert.equal(
      await page.getByRole('tab', { name: /A-shares/ }).getAttribute('aria-selected'),
      'true',
    );
    assert.equal(await page.locator('.data-grid .ag-row-selected').count(), 0);
    assert.equal(await page.locator('.ag-header-cell[col-id="code"]').count(), 1);
    assert.equal(await page.getByLabel('PE (TTM) minimum').inputValue(), '');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the PE chart plots negative PE honestly and lists overseas PE "-" as not plotted', async () => {
    const { context, page, problems } = await open('/companies?lang=zh', { lang: 'zh' });
    const items = await chartItems(page, VALUATION_ZH);
    assert.equal(items.length, 29);
    const negative = items.filter((i) => i.real[0] < 0).map((i) => i.code);
    assert.deepEqual(
      negative.sort(),
      data.aShare
        .filter((r) => r.peTtm < 0)
        .map((r) => r.code)
        .sort(),
    );
    assert.ok(negative.length > 0);
    // Plotted left of zero (symmetric log keeps the sign).
    assert.ok(items.filter((i) => i.real[0] < 0).every((i) => i.value[0] < 0));

    await page.getByRole('tab', { name: /境外上市/ }).click();
    await chartItems(page, '市盈率与今年以来涨跌幅（美元计价）');
    const hkd = await chartItems(page, '市盈率与今年以来涨跌幅（港元计价）');
    assert.deepEqual(hkd.map((i) => i.code).sort(), ['0700.HK', '9988.HK']);
    await page
      .getByText(/未绘制（市盈率不可得.*医渡科技 \(2158\.HK\)、商汤-W \(0020\.HK\)/)
      .waitFor();
    // Market cap with its currency.
    await gridRow(page, 'NVDA.O').getByText('32,566.03亿美元').waitFor();
    assert.equal(
      (await gridRow(page, '2158.HK').locator('[col-id="peTtm"]').textContent())?.trim(),
      '-',
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('exports the screened rows as CSV with raw numbers and formula-safe text', async () => {
    const opened = await openPage(browser, { locale: 'en-US', acceptDownloads: true });
    const { context, page, problems } = opened;
    await page.goto(`${BASE_URL}/companies?lang=en&tab=overseas&cur=HKD`);
    await page.getByText(countText('en', 4, 12)).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'companies-overseas-2024-10-31.csv');
    const text = readFileSync(await download.path(), 'utf8');
    const lines = text.trim().split(/\r?\n/);
    assert.equal(lines.length, 1 + 4);
    assert.match(lines[0], /^"Code","Name","Currency"/);
    // Raw values: numbers unformatted, the missing PE empty.
    assert.ok(
      lines.some((line) => line.startsWith('"0700.HK","Tencent Holdings","HKD","3206.18"')),
    );
    assert.ok(lines.some((line) => line.startsWith('"2158.HK"') && line.includes(',"",')));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('sort, columns and data notes: in the grid and the URL', async () => {
    const { context, page, problems } = await open('/companies?lang=en');
    await page.getByText(countText('en', 29, 29)).waitFor();
    // Negative PE as printed (row 13 of the report's order: rendered before any sort).
    assert.equal(
      (await gridRow(page, '688256.SH').locator('[col-id="peTtm"]').textContent())?.trim(),
      '-247.46',
    );
    await page.locator('.ag-header-cell[col-id="ytdChangePct"] .ag-header-cell-label').click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('sort') === 'ytdChangePct',
    );
    const lowest = [...data.aShare].sort((a, b) => a.ytdChangePct - b.ytdChangePct)[0];
    const firstRow = page.locator('.data-grid .ag-row[row-index="0"]');
    assert.equal(await firstRow.getAttribute('row-id'), lowest.code);
    // Returns carry sign and arrow; a noted cell carries its marker.
    assert.equal(
      (await firstRow.locator('[col-id="ytdChangePct"]').textContent())?.trim(),
      `▼ ${lowest.ytdChangePct.toFixed(2)}%`,
    );
    assert.equal(
      (await gridRow(page, '002415.SZ').locator('[col-id="monthChangePct"]').textContent())?.trim(),
      '▲ +20.85% †',
    );
    await page.getByText('Data notes (3)').waitFor();
    // Growth headers are the dataset's reading.
    await page
      .locator('.ag-header-cell[col-id="netProfitGrowth2023"]')
      .getByText('2023 net profit growth (%)')
      .waitFor();
    // Column chooser.
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'PS (TTM)' }).uncheck();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('hide') === 'psTtm');
    assert.equal(await page.locator('.ag-header-cell[col-id="psTtm"]').count(), 0);
    await page.reload();
    await page.getByText(countText('en', 29, 29)).waitFor();
    assert.equal(await page.locator('.ag-header-cell[col-id="psTtm"]').count(), 0);
    assert.equal(
      await page.locator('.data-grid .ag-row[row-index="0"]').getAttribute('row-id'),
      lowest.code,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
});
