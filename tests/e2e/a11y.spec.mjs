// axe-core on every route and in present mode, in zh and en, light and dark: zero serious or
// critical violations.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { AxeBuilder } from '@axe-core/playwright';

import { BASE_URL, launch, openPage, routes } from './harness.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const pages = [...routes, '/present/kpis', '/present/returns', '/present/sectors'];

async function seriousViolations(page) {
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

describe('accessibility (axe)', () => {
  for (const lang of ['zh', 'en']) {
    for (const theme of ['light', 'dark']) {
      it(`no serious or critical violations — ${lang}, ${theme}`, async () => {
        const { context, page } = await openPage(browser, {
          locale: lang === 'zh' ? 'zh-CN' : 'en-US',
        });
        await page.addInitScript(
          ([l, t]) =>
            localStorage.setItem(
              'ai-dashboard.preferences',
              JSON.stringify({
                state: { language: l, colour: 'auto', theme: t, palette: 'standard' },
                version: 1,
              }),
            ),
          [lang, theme],
        );
        const found = [];
        for (const path of pages) {
          await page.goto(`${BASE_URL}${path}`);
          await page.locator('h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(300);
          for (const v of await seriousViolations(page)) found.push(`${path}: ${v}`);
        }
        assert.deepEqual(found, []);
        await context.close();
      });
    }
  }
});
