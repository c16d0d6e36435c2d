import { expect, test } from './fixtures';
import { chartFigure, chartSettled, dataset, pageUrl, type ChartElement } from './helpers';

const indices = dataset('indices');
const tableFour = new Set(dataset('companies').aShare.map((c) => c.code));

test.describe('overview', () => {
  for (const [lang, expected] of [
    [
      'zh',
      [
        '3,148.31亿元',
        '+5.88%',
        '94.43亿元',
        '+7.16%',
        '7,686.4296',
        '+14.0889%',
        '16,947.87亿元',
        '87.29倍',
        '3.85倍',
        '推荐',
      ],
    ],
    [
      'en',
      [
        'CNY 314.831bn',
        '+5.88%',
        'CNY 9.443bn',
        '+7.16%',
        '7,686.4296',
        '+14.0889%',
        'CNY 1,694.787bn',
        'Recommend',
      ],
    ],
  ] as const) {
    test(`shows the KPI figures as printed, in ${lang}`, async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const kpis = page.getByRole('region', { name: lang === 'zh' ? '关键指标' : 'Key figures' });
      for (const text of expected) await expect(kpis.getByText(text).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
    });
  }

  test.describe(() => {
    test.use({ locale: 'en-US' });

    test('draws the index return chart with the five printed changes and exports a PNG', async ({
      page,
    }) => {
      await page.goto('/');
      const figure = chartFigure(page, 'October index returns');
      await expect
        .poll(() =>
          figure.evaluate((el: ChartElement) =>
            (
              el.echartsInstance?.getOption().series as { data: { value: number }[] }[] | undefined
            )?.[0]?.data.map((d) => d.value),
          ),
        )
        .toEqual(indices.indices.map((i) => i.octoberChangePct));
      const downloading = page.waitForEvent('download');
      await figure.getByRole('button', { name: 'Export PNG' }).click();
      expect((await downloading).suggestedFilename()).toBe('index-returns-2024-10-31.png');
    });

    test('a click on a bar of the bottom-10 chart goes through the same path', async ({ page }) => {
      const target = indices.bottom10.find((row) => tableFour.has(row.code));
      expect(target, 'a bottom-10 stock in 表4').toBeDefined();
      if (!target) return;
      await page.goto('/');
      const label = 'Bottom 10 constituents in October';
      await page.getByRole('heading', { name: label }).scrollIntoViewIfNeeded();
      const figure = chartFigure(page, label);
      await figure.scrollIntoViewIfNeeded();
      // Aim once the bars have finished growing (the position of a bar is final only then).
      await chartSettled(figure);
      const [x = NaN, y = NaN] = await figure.evaluate((el: ChartElement, code) => {
        const chart = el.echartsInstance;
        const data = (chart?.getOption().series as { data: { code: string; value: number }[] }[])[0]
          ?.data;
        const index = data?.findIndex((d) => d.code === code) ?? -1;
        const datum = data?.[index];
        if (!chart || !datum) throw new Error(`${code} is not plotted`);
        return chart.convertToPixel({ seriesIndex: 0 }, [datum.value / 2, index]) as number[];
      }, target.code);
      // A click at a position of the canvas: Playwright waits for it to be still and in view.
      await figure.locator('canvas').first().click({ position: { x, y } });
      await expect(page).toHaveURL(
        (url) => url.pathname === '/companies' && url.searchParams.get('sel') === target.code,
      );
    });
  });

  test('a top-10 stock that is in 表4 opens its Companies row; one that is not opens a detail panel', async ({
    page,
  }) => {
    const inFour = indices.top10.find((row) => tableFour.has(row.code));
    const notInFour = indices.top10.find((row) => !tableFour.has(row.code));
    expect(inFour && notInFour).toBeTruthy();
    if (!inFour || !notInFour) return;
    await page.goto('/');
    // The top/bottom 10 load when they come near the viewport.
    await page.getByRole('heading', { name: '10月成分股涨幅前十' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: `查看 ${notInFour.name.zh} 详情` }).click();
    const dialog = page.getByRole('dialog', { name: `${notInFour.name.zh}（${notInFour.code}）` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('该股票不在表4')).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: `在公司页查看 ${inFour.name.zh}` }).click();
    await expect.poll(() => pageUrl(page).pathname).toBe('/companies');
    await expect.poll(() => pageUrl(page).searchParams.get('tab')).toBe('a-share');
    await expect.poll(() => pageUrl(page).searchParams.get('sel')).toBe(inFour.code);
  });
});
