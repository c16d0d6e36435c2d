import { readFileSync } from 'node:fs';

import { expect, test } from './fixtures';
import {
  chartSettled,
  dataset,
  keyHandlerBound,
  slideKeysReady,
  pageUrl,
  urlParam,
  type ChartElement,
} from './helpers';

const expected = {
  zh: {
    overview: '总览',
    first: '关键指标',
    exportPng: '导出本页 PNG',
  },
  en: {
    overview: 'Overview',
    first: 'Key figures',
    exportPng: 'Export slide as PNG',
  },
};

test.describe('present mode', () => {
  for (const lang of ['zh', 'en'] as const) {
    test.describe(() => {
      test.use({
        locale: lang === 'zh' ? 'zh-CN' : 'en-US',
        viewport: { width: 1280, height: 720 },
      });

      test(`P starts the deck; arrows, Space and PageUp/PageDown move through it with a URL per slide; Esc leaves (${lang})`, async ({
        page,
      }) => {
        await page.goto('/');
        await expect(
          page.getByRole('heading', { level: 1, name: expected[lang].overview }),
        ).toBeVisible();
        await keyHandlerBound(page, 'p');
        await page.keyboard.press('p');
        await expect.poll(() => pageUrl(page).pathname).toBe('/present/kpis');
        await expect(
          page.getByRole('heading', { level: 1, name: expected[lang].first }),
        ).toBeVisible();
        // "1 / N": the slide counter (no role; its class is the handle).
        const counter = page.locator('.present-counter');
        await expect(counter).toHaveText(/^1 \/ \d+$/);
        const total = Number(/^1 \/ (\d+)$/.exec((await counter.textContent())?.trim() ?? '')?.[1]);
        expect(total, 'the deck has slides').toBeGreaterThanOrEqual(4);
        const seen = [pageUrl(page).pathname];
        const keys = ['ArrowRight', 'Space', 'PageDown', 'ArrowDown'];
        for (let i = 1; i < total; i += 1) {
          await slideKeysReady(page);
          await page.keyboard.press(keys[i % keys.length] ?? 'ArrowRight');
          await expect(counter).toHaveText(new RegExp(`^${i + 1} /`));
          await expect.poll(() => pageUrl(page).pathname).not.toBe(seen[i - 1]);
          seen.push(pageUrl(page).pathname);
        }
        expect(new Set(seen).size, 'every slide has its own URL').toBe(total);
        // Past the end stays on the last slide; PageUp goes back.
        await slideKeysReady(page);
        await page.keyboard.press('ArrowRight');
        await expect(counter).toHaveText(new RegExp(`^${total} /`));
        await expect.poll(() => pageUrl(page).pathname).toBe(seen[total - 1]);
        await slideKeysReady(page);
        await page.keyboard.press('PageUp');
        await expect.poll(() => pageUrl(page).pathname).toBe(seen[total - 2]);
        // A slide URL opens that slide directly, in the current language.
        await page.goto(seen[1] ?? '/present');
        await expect(counter).toHaveText(/^2 \//);
        // Data date and source on the slide.
        await expect(
          page
            .getByRole('contentinfo')
            .getByText(lang === 'zh' ? '数据截至 2024年10月31日' : 'Data as of October 31, 2024'),
        ).toBeVisible();
        await slideKeysReady(page);
        await page.keyboard.press('Escape');
        await expect.poll(() => pageUrl(page).pathname.startsWith('/present')).toBe(false);
      });
    });
  }

  test.describe(() => {
    test.use({ locale: 'en-US' });

    test('B blanks the screen and H hides values (shapes stay, numbers go)', async ({ page }) => {
      await page.goto('/present/kpis');
      // A KPI card's figure (no role; its class is the handle).
      const values = page.locator('.kpi-value');
      await expect(values.first()).toHaveText(/CNY 314\.831bn/);
      await slideKeysReady(page);
      await page.keyboard.press('h');
      await expect.poll(() => urlParam(page, 'mask')).toBe('1');
      // Anywhere in the deck (its container has no role): the figure is gone, not just this card's.
      await expect(page.locator('.present')).not.toContainText('314.831');
      await expect(values.getByLabel('value hidden')).toHaveCount(6);
      // A chart slide masked: no data labels, no value ticks.
      await page.goto('/present/returns?mask=1');
      const figure = page.getByRole('figure').first();
      await expect
        .poll(() =>
          figure.evaluate((el: ChartElement) => {
            const o = el.echartsInstance?.getOption() as
              | {
                  series: { label: { show: boolean } }[];
                  yAxis: { axisLabel: { show: boolean } }[];
                  tooltip?: { show: boolean }[];
                }
              | undefined;
            return o
              ? {
                  label: o.series[0]?.label.show,
                  ticks: o.yAxis[0]?.axisLabel.show,
                  // Hidden, or absent where the chart has no tooltip at all.
                  tooltip: o.tooltip?.[0]?.show ?? false,
                }
              : null;
          }),
        )
        .toEqual({ label: false, ticks: false, tooltip: false });
      const blank = page.getByRole('button', {
        name: 'Screen blanked. Press B or any navigation key to continue.',
      });
      await slideKeysReady(page);
      await page.keyboard.press('b');
      await expect(blank).toBeVisible();
      await slideKeysReady(page);
      await page.keyboard.press('b');
      await expect(blank).toHaveCount(0);
    });

    test('prints the deck one slide a page, each with data date, source and disclaimer', async ({
      page,
    }) => {
      await page.goto('/present/print?noprint');
      // One section a slide (their classes are the handle: the slides hold regions of their own).
      const slides = page.locator('.print-slide');
      const footers = slides
        .locator('.slide-footer')
        .filter({ hasText: 'Data as of October 31, 2024' })
        .filter({ hasText: 'not investment advice' });
      await expect(slides.first()).toBeVisible();
      await expect
        .poll(async () => {
          const [n, withFooter] = [await slides.count(), await footers.count()];
          if (n < 4) return `${n} slides, expected at least 4`;
          return withFooter === n ? 'every slide has its footer' : `${withFooter} of ${n} footers`;
        })
        .toBe('every slide has its footer');
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', landscape: true });
      expect(pdf.length).toBeGreaterThan(10000);
    });
  });

  test('exports the current slide as a PNG', async ({ page }) => {
    await page.goto('/present/returns');
    await chartSettled(page.getByRole('figure').first());
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: expected.zh.exportPng }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('slide-2-returns-2024-10-31.png');
    const bytes = readFileSync(await file.path());
    expect([...bytes.subarray(1, 4)], 'a PNG file').toEqual([0x50, 0x4e, 0x47]);
    expect(bytes.length, 'with the chart drawn in').toBeGreaterThan(20000);
  });
});

test.describe('present mode keeps the page it came from', () => {
  test.use({ locale: 'en-US' });

  test('a slide built from a filtered screen keeps its filter', async ({ page }) => {
    const funds = dataset('funds').funds;
    const shown = funds.filter((f) => f.return3m !== null && f.return3m >= 20).length;
    await page.goto('/funds?min3m=20');
    await expect(page.getByRole('heading', { level: 1, name: 'Funds' })).toBeVisible();
    await keyHandlerBound(page, 'p');
    await page.locator('body').press('p');
    await expect
      .poll(() => [pageUrl(page).pathname, urlParam(page, 'min3m')])
      .toEqual(['/present/funds', '20']);
    await expect(page.getByText(`${shown} of ${funds.length} funds`).first()).toBeVisible();
    await slideKeysReady(page);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => [pageUrl(page).pathname, urlParam(page, 'min3m')])
      .toEqual(['/funds', '20']);
  });
});

test.describe('present mode: the market heat map slide', () => {
  test.use({ locale: 'en-US', viewport: { width: 1280, height: 720 } });

  test('renders Table 4 as a treemap under the Companies screen, masked on H', async ({ page }) => {
    const aShare = dataset('companies').aShare;
    const shown = aShare.filter((r) => r.ytdChangePct >= 0);
    await page.goto('/present/heat-map?ytdmin=0&colourby=month');
    await expect(
      page.getByRole('heading', { level: 1, name: 'A-share AI companies: market heat map' }),
    ).toBeVisible();
    const figure = page.getByRole('figure', { name: 'Market heat map (Table 4 A-shares)' });
    await chartSettled(figure);
    const tiles = () =>
      figure.evaluate((el: ChartElement) => {
        const option = el.echartsInstance?.getOption() as
          | { series: { label: { show: boolean }; data: { code: string; change: number }[] }[] }
          | undefined;
        const series = option?.series[0];
        return series
          ? { label: series.label.show, tiles: series.data.map((d) => [d.code, d.change]) }
          : null;
      });
    // The screen's filter and colour choice ride along: monthly change, as printed.
    await expect
      .poll(async () => (await tiles())?.tiles.sort())
      .toEqual(shown.map((r) => [r.code, r.monthChangePct]).sort());
    await expect.poll(async () => (await tiles())?.label).toBe(true);
    await slideKeysReady(page);
    await page.keyboard.press('h');
    await expect.poll(async () => (await tiles())?.label).toBe(false);
  });
});
