import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { BASE_URL, breakDataset, datasetPattern, launch, openPage } from './harness.mjs';

const read = (name) =>
  JSON.parse(
    readFileSync(new URL(`../../public/data/2024-10/${name}.json`, import.meta.url), 'utf8'),
  );
const news = read('news');
const frontier = read('frontier');

/** Every timeline item with its headline as the page shows it. */
const expected = [
  ...news.items.map((row) => ({ id: row.id, headline: row.headline, date: row.date })),
  ...news.policies.map((row) => ({ id: row.id, headline: row.document, date: row.date })),
  ...news.financing.map((row) => ({ id: row.id, headline: row.company, date: row.date })),
  ...frontier.items.map((row) => ({ id: row.id, headline: row.title, date: row.date })),
];

const SWIMLANE = { zh: 'AI 动态泳道图', en: 'AI items by date and category' };
const HOSTILE = '<img src=x onerror=alert(1)>';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const entries = (page) => page.locator('article.tl-entry');

async function waitForCount(page, lang, shown) {
  const text = lang === 'zh' ? `显示 ${shown} / 45 条` : `Showing ${shown} of 45 items`;
  await page.waitForFunction(
    (t) => document.querySelector('.count-line')?.textContent?.trim() === t,
    text,
  );
  assert.equal(await entries(page).count(), shown);
}

/** The pixel of an item's point on the swim-lane chart, relative to the page. */
async function pointOf(page, label, id) {
  const figure = page.locator(`figure[aria-label="${label}"]`);
  await figure.waitFor();
  await page.waitForFunction(
    (l) => document.querySelector(`figure[aria-label="${l}"]`)?.echartsInstance,
    label,
  );
  await figure.scrollIntoViewIfNeeded();
  const [x, y] = await figure.evaluate((el, itemId) => {
    const chart = el.echartsInstance;
    const datum = chart.getOption().series[0].data.find((d) => d.id === itemId);
    return chart.convertToPixel({ seriesIndex: 0 }, datum.value);
  }, id);
  const box = await figure.locator('canvas').first().boundingBox();
  return { x: box.x + x, y: box.y + y };
}

describe('timeline', () => {
  for (const lang of ['zh', 'en']) {
    it(`lists all 45 items of 表6–表12 and sections 四/五 in ${lang}, undated ones in their own group`, async () => {
      const { context, page, problems } = await openPage(browser);
      await page.goto(`${BASE_URL}/timeline?lang=${lang}`);
      await waitForCount(page, lang, 45);
      const ids = await entries(page).evaluateAll((els) => els.map((el) => el.id));
      assert.deepEqual(ids.sort(), expected.map((item) => `tl-${item.id}`).sort());
      for (const item of expected) {
        const headline = await page.locator(`#tl-${item.id} .tl-toggle`).textContent();
        assert.equal(headline.replace(/^[▸▾]/, '').trim(), item.headline[lang], item.id);
      }
      const undated =
        lang === 'zh' ? '未注明日期（2024年10月报告）' : 'Undated (October 2024 report)';
      const headings = await page.locator('.tl-date').allTextContents();
      assert.ok(headings[headings.length - 1].startsWith(undated), 'undated group last');
      const undatedIds = await page
        .locator('.tl-group')
        .last()
        .locator('article.tl-entry')
        .evaluateAll((els) => els.map((el) => el.id));
      assert.deepEqual(
        undatedIds.sort(),
        expected
          .filter((item) => item.date === null)
          .map((item) => `tl-${item.id}`)
          .sort(),
      );
      // English report text is marked as a translation; Chinese is not.
      const marks = await page.locator('.tl-entry .translation-mark').count();
      assert.equal(marks, lang === 'en' ? 45 : 0);
      // Undated items are not plotted, and the chart says so.
      await page
        .getByText(
          lang === 'zh' ? '6 条未注明日期的条目没有绘制在图中' : '6 undated items are not plotted',
          { exact: false },
        )
        .waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('searches both languages case-insensitively, highlights matches with <mark>, and survives a reload', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    await page.goto(`${BASE_URL}/timeline`);
    await waitForCount(page, 'zh', 45);
    const search = page.getByLabel('搜索（中英文均可）');

    // A Chinese query: matches are marked in the visible (Chinese) text.
    await search.fill('骁龙');
    await page.waitForFunction(() => document.querySelectorAll('article.tl-entry').length < 45);
    const marks = page.locator('#tl-t10-3 .tl-toggle mark');
    await marks.first().waitFor();
    assert.equal(await marks.first().textContent(), '骁龙');

    // An English query finds items by their English text while the page is in Chinese.
    await search.fill('QUALCOMM');
    await page.locator('#tl-t10-3').waitFor();
    const upper = await entries(page).count();
    await search.fill('qualcomm');
    await page.locator('#tl-s5-1-3').waitFor();
    assert.equal(await entries(page).count(), upper);
    const matching = expected.filter((item) =>
      JSON.stringify([
        news.items.find((r) => r.id === item.id),
        news.policies.find((r) => r.id === item.id),
        news.financing.find((r) => r.id === item.id),
        frontier.items.find((r) => r.id === item.id),
      ])
        .toLowerCase()
        .includes('qualcomm'),
    );
    await waitForCount(page, 'zh', matching.length);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'qualcomm');

    await page.reload();
    await waitForCount(page, 'zh', matching.length);
    assert.equal(await page.getByLabel('搜索（中英文均可）').inputValue(), 'qualcomm');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('filters by category with counts that follow the search, and keeps it across a reload', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${BASE_URL}/timeline?lang=en`);
    await waitForCount(page, 'en', 45);
    const chips = page.locator('.tl-chips');
    await chips.getByRole('button', { name: 'Financing 9' }).click();
    await waitForCount(page, 'en', 9);
    assert.equal(await page.locator('article.tl-entry.cat-financing').count(), 9);
    assert.equal(new URL(page.url()).searchParams.get('cat'), 'financing');
    assert.equal(
      await chips.getByRole('button', { name: 'Financing 9' }).getAttribute('aria-pressed'),
      'true',
    );

    // Counts are those of the current search (and date range), whatever the category choice.
    const term = 'humanoid';
    const financingHits = news.financing.filter((row) =>
      JSON.stringify(row).toLowerCase().includes(term),
    ).length;
    assert.ok(financingHits > 0);
    await page.getByLabel('Search (Chinese or English)').fill(term);
    await chips.getByRole('button', { name: `Financing ${financingHits}` }).waitFor();
    await waitForCount(page, 'en', financingHits);
    await chips.getByRole('button', { name: 'Policy 0' }).waitFor();

    await page.reload();
    await waitForCount(page, 'en', financingHits);
    await page
      .locator('.tl-chips')
      .getByRole('button', { name: `Financing ${financingHits}`, pressed: true })
      .waitFor();
    await context.close();
  });

  it('filters by a date range (undated items left out, and said so) that survives a reload', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await page.goto(`${BASE_URL}/timeline`);
    await waitForCount(page, 'zh', 45);
    await page.getByLabel('起始日期').fill('2024-09-28');
    await page.getByLabel('截止日期').fill('2024-09-30');
    const september = expected.filter((item) => item.date && item.date <= '2024-09-30');
    await waitForCount(page, 'zh', september.length);
    await page.getByText('6 条未注明日期的条目不在范围内', { exact: false }).waitFor();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('from'), '2024-09-28');
    assert.equal(url.searchParams.get('to'), '2024-09-30');
    await page.reload();
    await waitForCount(page, 'zh', september.length);
    assert.equal(await page.getByLabel('起始日期').inputValue(), '2024-09-28');
    // Oldest first puts the earliest day first.
    await page.getByLabel('排序').selectOption('asc');
    await page.waitForFunction(() =>
      document.querySelector('.tl-date')?.textContent?.startsWith('2024年9月28日'),
    );
    assert.equal(new URL(page.url()).searchParams.get('order'), 'asc');
    await context.close();
  });

  it('falls back to the default view for a garbage URL', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-US' });
    await page.goto(
      `${BASE_URL}/timeline?lang=en&cat=nope&q=&from=2024-99-99&to=soon&order=sideways&open=%3Cimg%3E&bench=3d`,
    );
    await waitForCount(page, 'en', 45);
    const first = await page.locator('.tl-date').first().textContent();
    assert.ok(first.startsWith('October 31, 2024'), first);
    assert.equal(await page.locator('.tl-toggle[aria-expanded="true"]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a click on a swim-lane point scrolls the list to that item, expands and highlights it', async () => {
    const { context, page, problems } = await openPage(browser, {
      locale: 'en-US',
      viewport: { width: 1280, height: 720 },
    });
    await page.goto(`${BASE_URL}/timeline?lang=en`);
    await waitForCount(page, 'en', 45);
    const target = 't12-9'; // TCab Tech, 2024-10-31, alone in the financing lane that day
    const point = await pointOf(page, SWIMLANE.en, target);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL((url) => url.searchParams.get('open') === target);
    const entry = page.locator(`#tl-${target}`);
    await page.waitForFunction(
      (id) => document.getElementById(id)?.dataset.target === 'true',
      `tl-${target}`,
    );
    await entry.locator('.tl-toggle[aria-expanded="true"]').waitFor();
    await entry.getByText(news.financing.find((d) => d.id === target).profile.en).waitFor();
    // The list has scrolled to it.
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
    }, `tl-${target}`);
    // Focus moved to the item's disclosure button, so keyboard users continue from there.
    assert.equal(await page.evaluate(() => document.activeElement?.id), `tl-${target}-toggle`);
    // Keyboard path: the disclosure button toggles it.
    await page.keyboard.press('Enter');
    await entry.locator('.tl-toggle[aria-expanded="false"]').waitFor();
    await page.keyboard.press('Enter');
    await entry.locator('.tl-toggle[aria-expanded="true"]').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows a hostile headline literally: no element created, no script run', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route(datasetPattern('news'), async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.items[0].headline = { zh: HOSTILE, en: HOSTILE };
      json.items[0].paragraphs[0] = { zh: `前言 ${HOSTILE} 后语`, en: `Before ${HOSTILE} after` };
      await route.fulfill({ response, json });
    });
    await page.goto(`${BASE_URL}/timeline`);
    const id = news.items[0].id;
    await page.locator(`#tl-${id} .tl-toggle`).getByText(HOSTILE, { exact: true }).waitFor();
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length), 0);
    // Expanded body and a search highlight inside it are text as well.
    await page.locator(`#tl-${id} .tl-toggle`).click();
    await page.locator(`#tl-${id} .tl-body`).getByText(`前言 ${HOSTILE} 后语`).waitFor();
    await page.getByLabel('搜索（中英文均可）').fill('onerror');
    await page.locator(`#tl-${id} .tl-toggle mark`).first().waitFor();
    assert.equal(await page.locator(`#tl-${id} .tl-toggle mark`).first().textContent(), 'onerror');
    await page.getByLabel('搜索（中英文均可）').fill('');
    // The chart tooltip (HTML) shows it escaped.
    const point = await pointOf(page, SWIMLANE.zh, id);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('figure.chart div').filter({ hasText: HOSTILE }).last();
    await tooltip.waitFor();
    assert.equal(await page.locator('main img').count(), 0);
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('benchmarks: grouped bars keep "-" as gaps and starred values flagged; the table view as printed', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${BASE_URL}/timeline?lang=en`);
    const label = 'Figure 15: LFM-3B benchmark results and comparison';
    const figure = page.locator(`figure[aria-label="${label}"]`);
    await figure.waitFor();
    await page.waitForFunction(
      (l) => document.querySelector(`figure[aria-label="${l}"]`)?.echartsInstance,
      label,
    );
    const zamba = await figure.evaluate((el) => el.echartsInstance.getOption().series[2].data);
    assert.equal(zamba[1].value, '-'); // MMLU-Pro printed "-": no bar, not 0
    assert.equal(zamba[0].value, 56);
    assert.equal(zamba[0].label.show, true); // "56*" is labelled
    await page.getByText('* as flagged in the report', { exact: false }).first().waitFor();

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('bench') === 'table');
    const table = page.getByRole('table', { name: label });
    await table.waitFor();
    await table.getByRole('cell', { name: '56*' }).first().waitFor();
    assert.ok((await table.getByRole('cell', { name: '-', exact: true }).count()) >= 4);
    await page.reload();
    await page.getByRole('table', { name: label }).waitFor();
    // 图20 pricing as printed.
    await page.getByRole('cell', { name: '$0.1 / M tokens (input and output)' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('financing deals as a sortable grid; a deal leads to its timeline item and a named company to the Companies page', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${BASE_URL}/timeline?lang=en&cat=policy`);
    const grid = page.getByRole('table', { name: /Table 12/ });
    await grid.waitFor();
    assert.equal(await grid.locator('tbody tr').count(), 9);
    const dates = await grid.locator('tbody tr td:nth-child(3)').allTextContents();
    assert.equal(dates[0], 'October 31, 2024');
    await grid.getByRole('button', { name: 'Date' }).click();
    assert.equal(
      (await grid.locator('tbody tr td:nth-child(3)').allTextContents())[0],
      'September 28, 2024',
    );
    // The deal is filtered out (policy only): revealing it clears the filters.
    await grid.getByRole('button', { name: 'Show Robotera on the timeline' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('open') === 't12-5' && !url.searchParams.has('cat'),
    );
    await page.waitForFunction(
      () => document.getElementById('tl-t12-5')?.dataset.target === 'true',
    );
    await grid.getByRole('link', { name: /Alibaba/ }).click();
    await page.waitForURL((url) => url.pathname === '/companies');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('tab'), 'overseas');
    assert.equal(url.searchParams.get('sel'), '9988.HK');
    await context.close();
  });

  it('a failed frontier dataset shows its error in its own panels while the news items still list', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US', ignoreConsole: [/500/] });
    const fault = await breakDataset(page, 'frontier', 500);
    await page.goto(`${BASE_URL}/timeline?lang=en`);
    const alerts = page.getByRole('alert').filter({ hasText: 'HTTP 500' });
    await alerts.first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('article.tl-entry').length === 37);
    await page.getByRole('table', { name: /Table 12/ }).waitFor();
    fault.restore();
    await alerts.first().getByRole('button').click();
    await waitForCount(page, 'en', 45);
    await context.close();
  });
});
