// The one fixture file of the end-to-end suite. Every spec imports `test` and `expect` from here,
// never from '@playwright/test' directly, so that every browser context a test uses is
//   - opened for it and always closed after it (pass, fail or timeout), and
//   - without service workers unless the test allows them (`test.use({ serviceWorkers: 'allow' })`):
//     a worker would answer requests before page.route() sees them, and
//   - watched: a console error, an uncaught page error or a Content-Security-Policy violation
//     fails the test at teardown, unless the test allowed that console/page error beforehand.
//
//   test('…', async ({ page, browserErrors }) => {
//     browserErrors.allow(/status of 500/); // this test injects a 500: its console error is expected
//     …
//   });
//
// or, for a whole file or describe block: `test.use({ allowedBrowserErrors: [/status of 500/] })`.
// CSP violations are never allowed: there is no allowlist for them.
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';

export { expect };

/** What a guarded context reported; see `browserErrors` below. */
export interface BrowserErrors {
  /** Console errors and page errors matching one of these do not fail this test. */
  allow(...patterns: RegExp[]): void;
  /** Console errors and page errors seen so far that no pattern allows. */
  unexpected(): string[];
  /** Every console error and page error seen so far, allowed or not. */
  all(): readonly string[];
  /** Content-Security-Policy violations reported by the pages so far. */
  cspViolations(): readonly string[];
}

interface Fixtures {
  /** Console/page errors that do not fail the tests of a file or describe block (test.use). */
  allowedBrowserErrors: RegExp[];
  /** The watch over the test's browser contexts (automatic; ask for it to allow errors). */
  browserErrors: BrowserErrors;
  /**
   * A page in a new, separate browser context (its own storage, like a fresh browser), with the
   * project's options (baseURL, locale, viewport…) overridden by `options`. Watched like the
   * default context and closed when the test ends.
   */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
}

/** Name of the binding the CSP listener reports through (one per context). */
const CSP_BINDING = '__e2eReportCspViolation';

class Watch implements BrowserErrors {
  private readonly allowed: RegExp[];
  private readonly problems: string[] = [];
  private readonly csp: string[] = [];

  constructor(allowed: RegExp[]) {
    this.allowed = [...allowed];
  }

  allow(...patterns: RegExp[]): void {
    this.allowed.push(...patterns);
  }

  unexpected(): string[] {
    return this.problems.filter((text) => !this.allowed.some((pattern) => pattern.test(text)));
  }

  all(): readonly string[] {
    return this.problems;
  }

  cspViolations(): readonly string[] {
    return this.csp;
  }

  /** Starts watching a context: call before its pages navigate. */
  async attach(context: BrowserContext): Promise<void> {
    context.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      this.problems.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    });
    context.on('weberror', (error) => {
      this.problems.push(`pageerror: ${error.error().message}`);
    });
    await context.exposeBinding(CSP_BINDING, (_source, violation: string) => {
      this.csp.push(violation);
    });
    // Runs in every page and frame before the app's own scripts, so nothing escapes it.
    await context.addInitScript((binding: string) => {
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          const report = (window as unknown as Record<string, (v: string) => Promise<void>>)[
            binding
          ];
          void report?.(
            `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ` +
              `on ${event.documentURI}${event.sample ? `: ${event.sample}` : ''}`,
          );
        },
        true,
      );
    }, CSP_BINDING);
  }

  /** Throws (failing the test) when something unexpected was reported. */
  verify(): void {
    const lines = [
      ...this.unexpected().map((text) => `  ${text}`),
      ...this.csp.map((text) => `  CSP violation: ${text}`),
    ];
    if (lines.length > 0) {
      throw new Error(
        `The browser reported ${lines.length} problem(s) during the test:\n${lines.join('\n')}\n` +
          'Fix them, or, if the test provokes them on purpose, allow the console/page errors with ' +
          'browserErrors.allow(/…/) (CSP violations cannot be allowed).',
      );
    }
  }
}

export const test = base.extend<Fixtures>({
  allowedBrowserErrors: [[], { option: true }],

  // Depends on `context`, so it is torn down (and verifies) before Playwright closes the context.
  browserErrors: [
    async ({ context, allowedBrowserErrors }, provide) => {
      const watch = new Watch(allowedBrowserErrors);
      await watch.attach(context);
      await provide(watch);
      watch.verify();
    },
    { auto: true },
  ],

  newPage: async (
    { browser, browserErrors, baseURL, locale, viewport, acceptDownloads, serviceWorkers },
    provide,
  ) => {
    const contexts: BrowserContext[] = [];
    try {
      await provide(async (options = {}) => {
        const context = await browser.newContext({
          baseURL,
          locale,
          viewport,
          acceptDownloads,
          serviceWorkers,
          ...options,
        });
        contexts.push(context);
        await (browserErrors as Watch).attach(context);
        return context.newPage();
      });
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
    }
  },
});
