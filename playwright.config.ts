// End-to-end tests: @playwright/test driving Debian's chromium (never a downloaded browser) against
// the production build, served by `vite preview` on 127.0.0.1. Build first: `npm run build`.
//
//   npm run test:e2e                 the whole suite
//   npm run test:e2e -- funds        one spec (a filter on the file name)
//   CHROMIUM_PATH=…  E2E_PORT=4181  E2E_DIST=dist-other  npm run test:e2e
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const dist = process.env.E2E_DIST || 'dist';
const port = Number(process.env.E2E_PORT || 4173);
const baseURL = `http://127.0.0.1:${port}`;

if (!existsSync(join(root, dist, 'index.html'))) {
  console.error(`${join(dist, 'index.html')} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '*.spec.ts',
  outputDir: './test-results',
  // Every test opens its own context: they run in any order, on any worker.
  fullyParallel: true,
  // Two workers on a two-core machine: measured faster than one (the browser waits on the server and
  // on timers as much as it computes). Override with `npm run test:e2e -- --workers=1`.
  workers: 2,
  // A test that passes only sometimes is a failing test: never retry it into a pass.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous limits: the machines are small and shared. A condition that never comes true still
  // fails, only later; nothing here waits for time to pass.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: './playwright-report' }],
    ['./tests/e2e/faults-reporter.ts'],
  ],
  use: {
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    // The offline service worker would answer requests before page.route() sees them (and cache
    // what a test changes): blocked everywhere except where a test allows it (offline.spec.ts).
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --outDir ${dist} --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: root,
    url: `${baseURL}/`,
    // Never test whatever else answers on the port: if it is taken, stop.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
  },
});
