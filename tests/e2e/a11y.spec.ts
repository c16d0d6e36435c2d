// axe-core on every route and in present mode, in zh and en, light and dark: zero serious or
// critical violations.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { pageSettled, routes, wakeGrid } from './helpers';

const pages = [
  ...routes,
  '/watchlist',
  '/present/kpis',
  '/present/returns',
  '/present/sectors',
  '/present/heat-map',
  '/presenter/returns',
];

/** Routes whose grid shows its first screen as a plain table until the first intent. */
const previewRoutes = new Set<string>(['/funds', '/companies']);

// One watchlist with a fund and a company, so /watchlist shows its grids (and the stars elsewhere
// are pressed for one row): what axe checks is the page in use, not its empty state.
const watchlists = {
  state: {
    entries: [{ id: 'a11y', name: '自选 A11y', funds: ['001986.OF'], companies: ['000977.SZ'] }],
    selected: 'a11y',
  },
  version: 1,
};

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

for (const lang of ['zh', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`accessibility (axe) — ${lang}, ${theme}`, () => {
      // axe takes 10 s on the funds grid alone here, several times that on a busy machine.
      test.describe.configure({ timeout: 240_000 });
      test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

      test.beforeEach(async ({ context }) => {
        await context.addInitScript(
          ([l, t, lists]) => {
            // Not in the blank page a context opens with: it has no storage of its own.
            if (location.origin === 'null') return;
            localStorage.setItem('ai-dashboard.watchlists', lists);
            localStorage.setItem(
              'ai-dashboard.preferences',
              JSON.stringify({
                state: { language: l, colour: 'auto', theme: t, palette: 'standard' },
                version: 1,
              }),
            );
          },
          [lang, theme, JSON.stringify(watchlists)] as const,
        );
      });

      for (const path of pages) {
        test(`${path}: no serious or critical violations`, async ({ page }) => {
          await page.goto(path);
          await expect(page.locator('h1').first()).toBeVisible();
          await pageSettled(page);
          expect(await seriousViolations(page)).toEqual([]);
          // A grid page is checked in both its states: the first screen's plain table (above) and
          // the grid that takes its place on the first intent.
          if (previewRoutes.has(path)) {
            const region = page.locator('section.data-grid');
            await expect(region.locator('.grid-preview')).toBeVisible();
            await wakeGrid(region);
            await expect(region.locator('.grid-preview')).toHaveCount(0);
            expect(await seriousViolations(page)).toEqual([]);
          }
        });
      }
    });
  }
}
