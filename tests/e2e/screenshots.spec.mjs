// Screenshots of every page and a slide at the three sizes the dashboard is used at (projector,
// full HD, phone), written to tests/e2e/artifacts/ for a person to look at. The test checks that
// nothing overflows sideways except where a grid scrolls by design.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { ARTIFACTS, BASE_URL, launch, openPage, routes } from './harness.mjs';

const sizes = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '390x844', width: 390, height: 844 },
];

let browser;
before(async () => {
  browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

describe('screenshots', () => {
  for (const size of sizes) {
    it(`every page at ${size.name}, zh`, async () => {
      const { context, page, problems } = await openPage(browser, {
        locale: 'zh-CN',
        viewport: { width: size.width, height: size.height },
      });
      for (const route of [...routes, '/present/kpis']) {
        await page.goto(`${BASE_URL}${route}`);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(400);
        const name = route === '/' ? 'overview' : route.slice(1).replace('/', '-');
        await page.screenshot({ path: new URL(`${name}-${size.name}.png`, ARTIFACTS).pathname });
        // The page itself never scrolls sideways (grids and wide charts scroll inside their panel).
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        assert.ok(overflow <= 1, `${route} at ${size.name} overflows by ${overflow}px`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
