import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import {
  breakDataset,
  chartFigure,
  chartSettled,
  dataset,
  datasetPattern,
  escapeRegExp,
  must,
  pageUrl,
  urlParam,
  type ChartElement,
} from './helpers';

const news = dataset('news');
const frontier = dataset('frontier');

type Lang = 'zh' | 'en';

/** Every timeline item with its headline as the page shows it. */
const expected = [
  ...news.items.map((row) => ({ id: row.id, headline: row.headline, date: row.date })),
  ...news.policies.map((row) => ({ id: row.id, headline: row.document, date: row.date })),
  ...news.financing.map((row) => ({ id: row.id, headline: row.company, date: row.date })),
  ...frontier.items.map((row) => ({
    id: row.id,
    headline: row.title,
    date: row.date as string | null,
  })),
];

const SWIMLANE = { zh: 'AI 动态泳道图', en: 'AI items by date and category' };
const HOSTILE = '<img src=x onerror=alert(1)>';

/** The timeline's items: each is an article. */
const entries = (page: Page) => page.getByRole('article');
/** One item, and its disclosure button, by the item's id. */
const entry = (page: Page, id: string) => page.locator(`#tl-${id}`);
const toggle = (page: Page, id: string) => page.locator(`#tl-${id}-toggle`);
/** The date headings of the list's groups (no role tells them from other level-3 headings). */
const dateHeadings = (page: Page) => page.locator('.tl-date');

/** The "Showing N of 45 items" line says `shown`, and that many items are listed. */
async function expectCount(page: Page, lang: Lang, shown: number) {
  const text = lang === 'zh' ? `显示 ${shown} / 45 条` : `Showing ${shown} of 45 items`;
  await expect(page.getByText(text, { exact: true })).toBeVisible();
  await expect(entries(page)).toHaveCount(shown);
}

/** Where an item's point is on the swim-lane chart, from the top-left of its canvas. */
async function pointOf(page: Page, label: string, id: string) {
  const figure = chartFigure(page, label);
  await expect(figure).toBeVisible();
  await figure.scrollIntoViewIfNeeded();
  await chartSettled(figure);
  const [x = NaN, y = NaN] = await figure.evaluate((el: ChartElement, itemId) => {
    const chart = el.echartsInstance;
    const datum = (
      chart?.getOption().series as { data: { id: string; value: unknown }[] }[] | undefined
    )?.[0]?.data.find((d) => d.id === itemId);
    if (!chart || !datum) throw new Error(`${itemId} is not plotted`);
    return chart.convertToPixel({ seriesIndex: 0 }, datum.value as string[]) as number[];
  }, id);
  return { canvas: figure.locator('canvas').first(), position: { x, y } };
}

test.describe('timeline', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`lists all 45 items of 表6–表12 and sections 四/五 in ${lang}, undated ones in their own group`, async ({
      page,
    }) => {
      await page.goto(`/timeline?lang=${lang}`);
      await expectCount(page, lang, 45);
      await expect
        .poll(async () => (await entries(page).evaluateAll((els) => els.map((el) => el.id))).sort())
        .toEqual(expected.map((item) => `tl-${item.id}`).sort());
      for (const item of expected) {
        await expect(toggle(page, item.id), item.id).toHaveText(
          new RegExp(`^[▸▾]?\\s*${escapeRegExp(item.headline[lang])}$`),
        );
      }
      const undated =
        lang === 'zh' ? '未注明日期（2024年10月报告）' : 'Undated (October 2024 report)';
      await expect(dateHeadings(page).last(), 'undated group last').toHaveText(
        new RegExp(`^${escapeRegExp(undated)}`),
      );
      await expect
        .poll(async () =>
          (
            await page
              // A date group is a region named by its date heading.
              .getByRole('region', { name: new RegExp(`^${escapeRegExp(undated)}`) })
              .getByRole('article')
              .evaluateAll((els) => els.map((el) => el.id))
          ).sort(),
        )
        .toEqual(
          expected
            .filter((item) => item.date === null)
            .map((item) => `tl-${item.id}`)
            .sort(),
        );
      // English report text is marked as a translation; Chinese is not (the mark is a symbol
      // with a title, no role).
      await expect(entries(page).locator('.translation-mark')).toHaveCount(lang === 'en' ? 45 : 0);
      // Undated items are not plotted, and the chart says so.
      await expect(
        page.getByText(
          lang === 'zh' ? '6 条未注明日期的条目没有绘制在图中' : '6 undated items are not plotted',
        ),
      ).toBeVisible();
      await page.waitForLoadState('networkidle');
    });
  }

  test('searches both languages case-insensitively, highlights matches with <mark>, and survives a reload', async ({
    page,
  }) => {
    await page.goto('/timeline');
    await expectCount(page, 'zh', 45);
    const search = page.getByLabel('搜索（中英文均可）');

    // A Chinese query: matches are marked in the visible (Chinese) text.
    await search.fill('骁龙');
    await expect.poll(() => entries(page).count()).toBeLessThan(45);
    await expect(toggle(page, 't10-3').locator('mark').first()).toHaveText('骁龙');

    // An English query finds items by their English text while the page is in Chinese, whatever
    // its case.
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
    await search.fill('QUALCOMM');
    await expect.poll(() => urlParam(page, 'q')).toBe('QUALCOMM');
    await expect(entry(page, 't10-3')).toBeVisible();
    await expectCount(page, 'zh', matching.length);
    await search.fill('qualcomm');
    await expect.poll(() => urlParam(page, 'q')).toBe('qualcomm');
    await expect(entry(page, 's5-1-3')).toBeVisible();
    await expectCount(page, 'zh', matching.length);

    await page.reload();
    await expectCount(page, 'zh', matching.length);
    await expect(page.getByLabel('搜索（中英文均可）')).toHaveValue('qualcomm');
  });

  test.describe('in English', () => {
    test.use({ locale: 'en-US' });

    test('filters by category with counts that follow the search, and keeps it across a reload', async ({
      page,
    }) => {
      await page.goto('/timeline?lang=en');
      await expectCount(page, 'en', 45);
      const chips = page.getByRole('group', { name: 'Categories' });
      await chips.getByRole('button', { name: 'Financing 9' }).click();
      await expectCount(page, 'en', 9);
      // The category is a class of the item (its label is text inside it).
      await expect(page.locator('article.cat-financing')).toHaveCount(9);
      await expect.poll(() => urlParam(page, 'cat')).toBe('financing');
      await expect(chips.getByRole('button', { name: 'Financing 9' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );

      // Counts are those of the current search (and date range), whatever the category choice.
      const term = 'humanoid';
      const financingHits = news.financing.filter((row) =>
        JSON.stringify(row).toLowerCase().includes(term),
      ).length;
      expect(financingHits).toBeGreaterThan(0);
      await page.getByLabel('Search (Chinese or English)').fill(term);
      await expect(chips.getByRole('button', { name: `Financing ${financingHits}` })).toBeVisible();
      await expectCount(page, 'en', financingHits);
      await expect(chips.getByRole('button', { name: 'Policy 0' })).toBeVisible();

      await page.reload();
      await expectCount(page, 'en', financingHits);
      await expect(
        page
          .getByRole('group', { name: 'Categories' })
          .getByRole('button', { name: `Financing ${financingHits}`, pressed: true }),
      ).toBeVisible();
    });

    test('falls back to the default view for a garbage URL', async ({ page }) => {
      await page.goto(
        '/timeline?lang=en&cat=nope&q=&from=2024-99-99&to=soon&order=sideways&open=%3Cimg%3E&bench=3d',
      );
      await expectCount(page, 'en', 45);
      await expect(dateHeadings(page).first()).toHaveText(/^October 31, 2024/);
      await expect(entries(page).getByRole('button', { expanded: true })).toHaveCount(0);
    });

    test.describe(() => {
      test.use({ viewport: { width: 1280, height: 720 } });

      test('a click on a swim-lane point scrolls the list to that item, expands and highlights it', async ({
        page,
      }) => {
        await page.goto('/timeline?lang=en');
        await expectCount(page, 'en', 45);
        const target = 't12-9'; // TCab Tech, 2024-10-31, alone in the financing lane that day
        const { canvas, position } = await pointOf(page, SWIMLANE.en, target);
        await canvas.click({ position });
        await expect.poll(() => urlParam(page, 'open')).toBe(target);
        const item = entry(page, target);
        await expect(item).toHaveAttribute('data-target', 'true');
        await expect(toggle(page, target)).toHaveAttribute('aria-expanded', 'true');
        await expect(
          item.getByText(
            must(
              news.financing.find((d) => d.id === target),
              target,
            ).profile.en,
          ),
        ).toBeVisible();
        // The list has scrolled to it: its top is on screen.
        await expect
          .poll(() =>
            item.evaluate((el) => {
              const box = el.getBoundingClientRect();
              return box.top >= 0 && box.top < window.innerHeight;
            }),
          )
          .toBe(true);
        // Focus moved to the item's disclosure button, so keyboard users continue from there.
        await expect(toggle(page, target)).toBeFocused();
        // Keyboard path: the disclosure button toggles it.
        await page.keyboard.press('Enter');
        await expect(toggle(page, target)).toHaveAttribute('aria-expanded', 'false');
        await page.keyboard.press('Enter');
        await expect(toggle(page, target)).toHaveAttribute('aria-expanded', 'true');
      });
    });

    test('benchmarks: grouped bars keep "-" as gaps and starred values flagged; the table view as printed', async ({
      page,
    }) => {
      await page.goto('/timeline?lang=en');
      const label = 'Figure 15: LFM-3B benchmark results and comparison';
      const figure = chartFigure(page, label);
      await expect(figure).toBeVisible();
      await expect
        .poll(() =>
          figure.evaluate((el: ChartElement) => {
            const series = el.echartsInstance?.getOption().series as
              { data: { value: unknown; label?: { show?: boolean } }[] }[] | undefined;
            const zamba = series?.[2]?.data;
            // MMLU-Pro printed "-": no bar, not 0; "56*" is labelled.
            return zamba ? [zamba[0]?.value, zamba[1]?.value, zamba[0]?.label?.show ?? null] : null;
          }),
        )
        .toEqual([56, '-', true]);
      await expect(page.getByText('* as flagged in the report').first()).toBeVisible();

      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await expect.poll(() => urlParam(page, 'bench')).toBe('table');
      const table = page.getByRole('table', { name: label });
      await expect(table).toBeVisible();
      await expect(table.getByRole('cell', { name: '56*' }).first()).toBeVisible();
      await expect
        .poll(() => table.getByRole('cell', { name: '-', exact: true }).count())
        .toBeGreaterThanOrEqual(4);
      await page.reload();
      await expect(page.getByRole('table', { name: label })).toBeVisible();
      // 图20 pricing as printed.
      await expect(
        page.getByRole('cell', { name: '$0.1 / M tokens (input and output)' }),
      ).toBeVisible();
    });

    test('financing deals as a sortable grid; a deal leads to its timeline item and a named company to the Companies page', async ({
      page,
    }) => {
      await page.goto('/timeline?lang=en&cat=policy');
      const grid = page.getByRole('table', { name: /Table 12/ });
      await expect(grid).toBeVisible();
      // Body rows: the rows with data cells (the header row has column headers only).
      const bodyRows = grid.getByRole('row').filter({ has: page.getByRole('cell') });
      await expect(bodyRows).toHaveCount(9);
      const firstDate = bodyRows.first().getByRole('cell').nth(2);
      await expect(firstDate).toHaveText('October 31, 2024');
      await grid.getByRole('button', { name: 'Date' }).click();
      await expect(firstDate).toHaveText('September 28, 2024');
      // The deal is filtered out (policy only): revealing it clears the filters.
      await grid.getByRole('button', { name: 'Show Robotera on the timeline' }).click();
      await expect
        .poll(() => [urlParam(page, 'open'), pageUrl(page).searchParams.has('cat')])
        .toEqual(['t12-5', false]);
      await expect(entry(page, 't12-5')).toHaveAttribute('data-target', 'true');
      await grid.getByRole('link', { name: /Alibaba/ }).click();
      await expect.poll(() => pageUrl(page).pathname).toBe('/companies');
      await expect.poll(() => urlParam(page, 'tab')).toBe('overseas');
      await expect.poll(() => urlParam(page, 'sel')).toBe('9988.HK');
    });

    test('a failed frontier dataset shows its error in its own panels while the news items still list', async ({
      page,
      browserErrors,
    }) => {
      browserErrors.allow(/status of 500/);
      const fault = await breakDataset(page, 'frontier', 500);
      await page.goto('/timeline?lang=en');
      const alerts = page.getByRole('alert').filter({ hasText: 'HTTP 500' });
      await expect(alerts.first()).toBeVisible();
      await expect(entries(page)).toHaveCount(37);
      await expect(page.getByRole('table', { name: /Table 12/ })).toBeVisible();
      fault.restore();
      await alerts.first().getByRole('button').click();
      await expectCount(page, 'en', 45);
    });
  });

  test.describe('in Chinese', () => {
    test('benchmark and pricing tables have Chinese headers; the search hint says English is a translation', async ({
      page,
    }) => {
      await page.goto('/timeline?bench=table');
      const pricing = page.getByRole('table', { name: /图20/ });
      await expect(pricing).toBeVisible();
      for (const header of ['模型', 'API', 'la Plateforme 平台定价', '许可协议'])
        await expect(
          pricing.getByRole('columnheader', { name: header, exact: true }),
        ).toBeVisible();
      await expect(
        page.getByRole('columnheader', { name: '测试项', exact: true }).first(),
      ).toBeVisible();
      for (const english of [
        'Model',
        'License',
        'Benchmark',
        'Pricing on la Plateforme',
        'Context length (tokens)',
      ])
        await expect(page.getByRole('columnheader', { name: english, exact: true })).toHaveCount(0);
      await page.getByLabel('搜索（中英文均可）').fill('Qualcomm');
      await expect(page.getByText('匹配的是英文译文。').first()).toBeVisible();
    });

    test('filters by a date range (undated items left out, and said so) that survives a reload', async ({
      page,
    }) => {
      await page.goto('/timeline');
      await expectCount(page, 'zh', 45);
      await page.getByLabel('起始日期').fill('2024-09-28');
      await page.getByLabel('截止日期').fill('2024-09-30');
      const september = expected.filter((item) => item.date && item.date <= '2024-09-30');
      await expectCount(page, 'zh', september.length);
      await expect(page.getByText('6 条未注明日期的条目不在范围内')).toBeVisible();
      await expect.poll(() => urlParam(page, 'from')).toBe('2024-09-28');
      await expect.poll(() => urlParam(page, 'to')).toBe('2024-09-30');
      await page.reload();
      await expectCount(page, 'zh', september.length);
      await expect(page.getByLabel('起始日期')).toHaveValue('2024-09-28');
      // Oldest first puts the earliest day first.
      await page.getByLabel('排序').selectOption('asc');
      await expect(dateHeadings(page).first()).toHaveText(/^2024年9月28日/);
      await expect.poll(() => urlParam(page, 'order')).toBe('asc');
    });

    test('shows a hostile headline literally: no element created, no script run', async ({
      page,
    }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      // Records every element the hostile text could have become, the moment it is inserted
      // (instead of looking once, later, and hoping a script would have run by then).
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __hostileNodes: string[] }).__hostileNodes = seen;
        new MutationObserver((records) => {
          for (const record of records)
            for (const node of record.addedNodes) {
              if (!(node instanceof Element)) continue;
              for (const el of [node, ...node.querySelectorAll('*')])
                if (el.matches('img[src="x"], [onerror]')) seen.push(el.outerHTML);
            }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.route(datasetPattern('news'), async (route) => {
        const response = await route.fetch();
        const json = (await response.json()) as typeof news;
        const first = must(json.items[0], 'news item');
        first.headline = { zh: HOSTILE, en: HOSTILE };
        first.paragraphs[0] = { zh: `前言 ${HOSTILE} 后语`, en: `Before ${HOSTILE} after` };
        await route.fulfill({ response, json });
      });
      const hostileNodes = () =>
        page.evaluate(() => (window as unknown as { __hostileNodes: string[] }).__hostileNodes);
      await page.goto('/timeline');
      const id = must(news.items[0], 'news item').id;
      await expect(toggle(page, id).getByText(HOSTILE, { exact: true })).toBeVisible();
      await expect(page.locator('main img')).toHaveCount(0);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      // Expanded body and a search highlight inside it are text as well.
      await toggle(page, id).click();
      await expect(entry(page, id).getByText(`前言 ${HOSTILE} 后语`)).toBeVisible();
      await page.getByLabel('搜索（中英文均可）').fill('onerror');
      await expect(toggle(page, id).locator('mark').first()).toHaveText('onerror');
      await page.getByLabel('搜索（中英文均可）').fill('');
      await expectCount(page, 'zh', 45);
      // The chart tooltip (HTML) shows it escaped.
      const { canvas, position } = await pointOf(page, SWIMLANE.zh, id);
      await canvas.hover({ position });
      const tooltip = chartFigure(page, SWIMLANE.zh)
        .locator('div')
        .filter({ hasText: HOSTILE })
        .last();
      await expect(tooltip).toBeVisible();
      await expect(page.locator('main img')).toHaveCount(0);
      expect(await hostileNodes()).toEqual([]);
      expect(dialogs).toEqual([]);
    });
  });
});
