// Screenshots of every page and a slide at the three sizes the dashboard is used at (projector,
// full HD, phone), in both languages, written to tests/e2e/artifacts/ for a person to look at. The
// tests also check the layout a person would judge from them:
//   - no page scrolls sideways (grids and wide charts scroll inside their panel by design);
//   - the overview's top/bottom 10 tables fit their cards at 1280 and 1920;
//   - at 1920 every column of the funds and companies grids fits without scrolling sideways;
//   - at 390 no overview chart draws a label over another one or off the chart;
//   - /sectors lists the 25 sub-industries as page text, by quadrant, with their revenue direction
//     and profit status in words.
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import {
  artifact,
  chartSettled,
  chartTextProblems,
  dataset,
  pageSettled,
  routes,
  scrollThrough,
  wakeGrid,
} from './helpers';

const sizes = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '390x844', width: 390, height: 844 },
];
const languages = [
  { lang: 'zh', locale: 'zh-CN' },
  { lang: 'en', locale: 'en-US' },
] as const;

const groupWords = {
  zh: { heading: '各象限的子行业', words: /营收：.+；净利润：.+/ },
  en: { heading: 'The sub-industries in each quadrant', words: /revenue: .+; net profit: .+/ },
};

/** Each overview top/bottom 10 table is as wide as its card (its scroll box never scrolls). */
async function overviewTablesFit(page: Page): Promise<void> {
  const boxes = page.locator('.overview-constituents .table-scroll');
  await expect(boxes).toHaveCount(2);
  for (const box of await boxes.all()) {
    await box.scrollIntoViewIfNeeded();
    await expect
      .poll(() => box.evaluate((el) => el.scrollWidth - el.clientWidth), {
        message: 'a top/bottom 10 table is wider than its card',
      })
      .toBeLessThanOrEqual(1);
  }
}

/** Every grid on the page shows all its columns: no header cell past the grid's right edge. */
async function gridColumnsFit(page: Page): Promise<void> {
  // The funds grid stands as a plain table until the first intent: wake each grid first.
  const regions = page.locator('section.data-grid');
  await expect(regions.first()).toBeVisible();
  for (const region of await regions.all()) await wakeGrid(region);
  const grids = page.locator('.ag-root-wrapper');
  await expect(grids.first()).toBeVisible();
  await expect(page.locator('.ag-row').first()).toBeVisible();
  for (const grid of await grids.all()) {
    await expect
      .poll(
        () =>
          grid.evaluate((el) => {
            const right = el.getBoundingClientRect().right;
            const cut = [...el.querySelectorAll('.ag-header-cell')]
              .filter((cell) => cell.getBoundingClientRect().right > right + 1)
              .map((cell) => cell.textContent?.trim() ?? '');
            const scrollbar = el.querySelector('.ag-body-horizontal-scroll');
            const scrolls = scrollbar ? !scrollbar.classList.contains('ag-invisible') : false;
            return { cut, scrolls };
          }),
        { message: 'every grid column fits at 1920 px' },
      )
      .toEqual({ cut: [], scrolls: false });
  }
}

/** No chart on the page draws a label over another one or off its canvas. */
async function chartLabelsClear(page: Page): Promise<void> {
  const figures = page.locator('figure.chart');
  await expect(figures.first()).toBeVisible();
  for (const figure of await figures.all()) {
    await figure.scrollIntoViewIfNeeded();
    await chartSettled(figure);
    await expect
      .poll(() => chartTextProblems(figure), {
        message: `labels of "${await figure.getAttribute('aria-label')}" are clear`,
      })
      .toEqual([]);
  }
}

/** The quadrant groups name all 25 sub-industries, each with its direction and status in words. */
async function quadrantGroupsListed(page: Page, lang: 'zh' | 'en'): Promise<void> {
  const groups = page.getByRole('region', { name: groupWords[lang].heading });
  await expect(groups).toBeVisible();
  const rows = dataset('sectors').subIndustries;
  const items = groups.getByRole('listitem');
  await expect(items).toHaveCount(rows.length);
  for (const row of rows) {
    const item = items.filter({ hasText: row.name[lang] }).first();
    await expect(item).toBeVisible();
    await expect(item).toHaveText(groupWords[lang].words);
  }
  // What a reader would search the page for.
  await expect(groups.getByText(lang === 'zh' ? '办公软件' : 'Office software')).toBeVisible();
}

for (const size of sizes) {
  for (const { lang, locale } of languages) {
    test.describe(`screenshots at ${size.name}, ${lang}`, () => {
      test.use({ viewport: { width: size.width, height: size.height }, locale });

      for (const route of [...routes, '/present/kpis']) {
        test(`${route} at ${size.name}, ${lang}`, async ({ page }) => {
          await page.goto(route);
          await expect(page.locator('h1').first()).toBeVisible();
          // Everything loaded lazily (charts near the viewport) is drawn before the checks.
          await scrollThrough(page);
          await pageSettled(page);
          await page.evaluate(() => window.scrollTo(0, 0));
          const name = route === '/' ? 'overview' : route.slice(1).replace('/', '-');
          await page.screenshot({ path: artifact(`${name}-${size.name}-${lang}.png`) });
          // The page itself never scrolls sideways (grids and wide charts scroll inside their panel).
          await expect
            .poll(
              () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
              { message: `${route} at ${size.name} overflows sideways` },
            )
            .toBeLessThanOrEqual(1);

          if (route === '/' && size.width >= 1280) await overviewTablesFit(page);
          if (route === '/' && size.width < 600) await chartLabelsClear(page);
          if ((route === '/funds' || route === '/companies') && size.width >= 1920) {
            await gridColumnsFit(page);
            // The other views of the same grids: one row per fund, the other two tabs.
            const others = route === '/funds' ? ['?one=1'] : ['?tab=overseas', '?tab=forecasts'];
            for (const query of others) {
              await page.goto(`${route}${query}`);
              await gridColumnsFit(page);
            }
          }
          if (route === '/sectors') await quadrantGroupsListed(page, lang);
        });
      }
    });
  }
}
