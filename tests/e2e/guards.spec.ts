// The fixture's guards guard: a console error, a page error or a CSP violation fails the test (these
// tests are expected to fail, at teardown), and an allowed console error does not.
import { expect, test } from './fixtures';

/**
 * Waits until the fixture has recorded `text`. When it never does, the test ends here and passes,
 * which `test.fail()` turns into a failure: a guard that records nothing cannot go unnoticed.
 */
async function recorded(read: () => string[] | readonly string[], text: string): Promise<boolean> {
  return expect
    .poll(() => read().join('\n'), { timeout: 10_000 })
    .toContain(text)
    .then(
      () => true,
      () => false,
    );
}

test.describe('the fixture fails a test on what the browser reports', () => {
  test('a console error fails the test', async ({ page, browserErrors }) => {
    test.fail();
    await page.goto('/');
    await page.evaluate(() => console.error('guard check: console'));
    if (!(await recorded(() => browserErrors.unexpected(), 'guard check: console'))) return;
  });

  test('an uncaught page error fails the test, even when console errors are allowed', async ({
    page,
    browserErrors,
  }) => {
    test.fail();
    browserErrors.allow(/console/);
    await page.goto('/');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('guard check: uncaught');
      });
    });
    if (!(await recorded(() => browserErrors.unexpected(), 'guard check: uncaught'))) return;
  });

  test('a Content-Security-Policy violation fails the test, even when every error is allowed', async ({
    page,
    browserErrors,
  }) => {
    test.fail();
    // Chromium also logs the violation as a console error: allowing it must not hide the violation.
    browserErrors.allow(/.*/);
    // Serve the page with a policy that forbids images, then load one.
    await page.route('**/', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "img-src 'none'" },
      });
    });
    await page.goto('/');
    await page.evaluate(() => {
      const image = new Image();
      image.src = '/guard-check.png';
      document.body.append(image);
    });
    if (!(await recorded(() => browserErrors.cspViolations(), 'guard-check.png'))) return;
  });

  test('an allowed console error does not fail the test', async ({ page, browserErrors }) => {
    browserErrors.allow(/guard check: expected/);
    await page.goto('/');
    await page.evaluate(() => console.error('guard check: expected'));
    await expect.poll(() => browserErrors.all().join('\n')).toContain('guard check: expected');
    expect(browserErrors.unexpected()).toEqual([]);
  });
});
