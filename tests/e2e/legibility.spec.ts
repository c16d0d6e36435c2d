// Projector legibility: at 1280×720 no text on a slide — DOM text, chart labels and axis names —
// is smaller than 16 CSS px; names are not cut off; KPI values do not break inside a number.
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { chartSettled, pageSettled, type ChartElement } from './helpers';

const slides = ['kpis', 'returns', 'constituents', 'sectors', 'funds', 'companies', 'timeline'];

/** Visible text nodes under `.present` whose computed font size is under `min` px. */
function smallDomText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(
      document.querySelector('.present') ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      if (parent.closest('.visually-hidden, [hidden], .chart-tools')) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const size = parseFloat(style.fontSize);
      if (size < limit) found.push(`${size}px: ${text.slice(0, 40)}`);
    }
    return found;
  }, min);
}

/** Every `fontSize` in the slide's chart options under `min`, with the option path. */
function smallChartText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const found: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (key === 'data' || key === 'tooltip') continue;
          if (key === 'fontSize' && typeof child === 'number' && child < limit)
            found.push(`${path}.fontSize = ${child}`);
          else walk(child, `${path}.${key}`);
        }
      }
    };
    for (const figure of document.querySelectorAll<ChartElement>('.present figure.chart')) {
      const option = figure.echartsInstance?.getOption();
      if (option) walk(option, figure.getAttribute('aria-label') ?? 'chart');
    }
    return found;
  }, min);
}

/** KPI values whose text runs over more than one line (a number broken inside). */
function brokenKpiValues(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.present .kpi-value')].flatMap((value) => {
      const range = document.createRange();
      range.selectNodeContents(value);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      return lines.size > 1 ? [value.textContent ?? ''] : [];
    }),
  );
}

const sizes = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

for (const lang of ['zh', 'en'] as const) {
  for (const viewport of sizes) {
    test.describe(`projector legibility (${lang}, ${viewport.width}×${viewport.height})`, () => {
      test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport });

      for (const slide of slides) {
        test(`/present/${slide}: no text under 16 px`, async ({ page }) => {
          await page.goto(`/present/${slide}`);
          await expect(page.locator('h1')).toBeVisible();
          await pageSettled(page);
          for (const figure of await page.locator('.present figure.chart').all())
            await chartSettled(figure);
          expect(await smallDomText(page, 16)).toEqual([]);
          expect(await smallChartText(page, 16)).toEqual([]);
          if (slide === 'kpis') {
            await expect(page.locator('.kpi-value').first()).toBeVisible();
            expect(await brokenKpiValues(page)).toEqual([]);
          }
          if (slide === 'funds') {
            // Fund names wrap on a slide; none is cut to "West Leadbank CS…".
            const overflow = await page
              .getByRole('figure')
              .first()
              .evaluate(
                (el: ChartElement) =>
                  (
                    el.echartsInstance?.getOption() as {
                      yAxis: { axisLabel: { overflow: string } }[];
                    }
                  ).yAxis[0]?.axisLabel.overflow,
              );
            expect(overflow).toBe('break');
          }
        });
      }
    });
  }
}
