// Screenshots of every page and a slide at the three sizes the dashboard is used at (projector,
// full HD, phone), written to tests/e2e/artifacts/ for a person to look at. The test checks that
// nothing overflows sideways except where a grid scrolls by design.
import { expect, test } from './fixtures';
import { artifact, pageSettled, routes } from './helpers';

const sizes = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '390x844', width: 390, height: 844 },
];

for (const size of sizes) {
  test.describe(`screenshots at ${size.name}, zh`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const route of [...routes, '/present/kpis']) {
      test(`${route} at ${size.name}, zh`, async ({ page }) => {
        await page.goto(route);
        await expect(page.locator('h1').first()).toBeVisible();
        await pageSettled(page);
        const name = route === '/' ? 'overview' : route.slice(1).replace('/', '-');
        await page.screenshot({ path: artifact(`${name}-${size.name}.png`) });
        // The page itself never scrolls sideways (grids and wide charts scroll inside their panel).
        await expect
          .poll(
            () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
            {
              message: `${route} at ${size.name} overflows sideways`,
            },
          )
          .toBeLessThanOrEqual(1);
      });
    }
  });
}
