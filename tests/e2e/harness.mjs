// Shared set-up for the end-to-end tests: Debian's chromium driven by playwright-core against the
// production build served on 127.0.0.1 (started by run.mjs). Never a downloaded browser.
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173';
export const ARTIFACTS = new URL('./artifacts/', import.meta.url);

/** Flags that work on these machines (no network beyond loopback, root, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * A fresh context and page. Console errors and page errors are collected so a test can assert
 * there were none. `locale` sets navigator.languages, which the app uses when nothing is stored.
 */
export async function openPage(
  browser,
  {
    locale = 'zh-CN',
    viewport = { width: 1280, height: 900 },
    acceptDownloads = false,
    ignoreConsole = [],
  } = {},
) {
  const context = await browser.newContext({ locale, viewport, acceptDownloads });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (ignoreConsole.some((pattern) => pattern.test(text))) return;
    problems.push(`console.error: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { context, page, problems };
}

export const routes = ['/', '/sectors', '/funds', '/companies', '/timeline'];

export const datasetPattern = (name) => `**/data/2024-10/${name}.json`;

/** Serves `name` with a fault for every request until `restore()` is called. */
export async function breakDataset(page, name, fault) {
  let broken = true;
  await page.route(datasetPattern(name), async (route) => {
    if (!broken) return route.continue();
    switch (fault) {
      case 500:
      case 404:
        return route.fulfill({ status: fault, contentType: 'text/plain', body: 'fault injected' });
      case 'hang':
        // Never answer: the client's timeout must fire.
        return new Promise(() => {});
      case 'not-json':
        return route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><title>x</title>',
        });
      case 'wrong-shape':
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ dataset: name, edition: '2024-10', rows: 'nope' }),
        });
      case 'empty': {
        const response = await route.fetch();
        const json = await response.json();
        for (const [key, value] of Object.entries(json)) if (Array.isArray(value)) json[key] = [];
        return route.fulfill({ response, json });
      }
      default:
        throw new Error(`unknown fault ${fault}`);
    }
  });
  return {
    restore: () => {
      broken = false;
    },
  };
}
