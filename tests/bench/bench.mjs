// npm run bench: builds the app and a blank Vite React page, serves both on 127.0.0.1 and measures
// them in Debian's chromium. Prints one table; exits non-zero when a byte budget is broken.
// Times are reported, not enforced (shared machines are noisy).
//
//   npm run bench                 everything
//   npm run bench -- --bytes-only byte budgets only (what CI enforces)
//   npm run bench -- --no-build   reuse dist/ and dist-blank/
//   BENCH_PORT=4280 npm run bench serve on 4280 and 4281 instead of 4180 and 4181
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { launch } from '../support/chromium.mjs';
import { extraMeasurements } from './measurements.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = new Set(process.argv.slice(2));
const bytesOnly = args.has('--bytes-only');
const KIB = 1024;
export const budgets = { '/': 300 * KIB, other: 560 * KIB, lcpRatio: 1.5 };
const routes = ['/', '/sectors', '/funds', '/companies', '/timeline'];
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
// The build to measure (dist/ unless BENCH_DIST says otherwise, e.g. with --no-build).
const distDir = process.env.BENCH_DIST ?? 'dist';

function run(cmd, argv) {
  execFileSync(cmd, argv, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

if (!args.has('--no-build')) {
  run(process.execPath, [vite, 'build', '--logLevel', 'warn']);
  if (!bytesOnly) {
    run(process.execPath, [
      vite,
      'build',
      'tests/bench/blank',
      '--config',
      'tests/bench/blank/vite.config.ts',
      '--outDir',
      join(root, 'dist-blank'),
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ]);
  }
}

function serve(dir, port) {
  const child = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '--outDir',
      dir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  return child;
}
async function waitFor(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not start`);
}

// BENCH_PORT lets two checkouts bench side by side (the blank page takes the next port).
const appPort = Number(process.env.BENCH_PORT || 4180);
const APP = `http://127.0.0.1:${appPort}`;
const BLANK = `http://127.0.0.1:${appPort + 1}`;
const servers = [serve(distDir, appPort)];
if (!bytesOnly) servers.push(serve('dist-blank', appPort + 1));
process.on('exit', () => servers.forEach((s) => s.kill()));
await waitFor(`${APP}/`);
if (!bytesOnly) await waitFor(`${BLANK}/`);

const rows = [];
let failed = false;
const record = (metric, value, budget, pass) => {
  rows.push({
    metric,
    value,
    budget: budget ?? '',
    result: pass === undefined ? 'reported' : pass ? 'ok' : 'OVER',
  });
  if (pass === false) failed = true;
};

// Source guard: no full echarts, no AllCommunityModule, no CommonJS echarts-for-react.
const offenders = execFileSync(
  'bash',
  [
    '-c',
    `grep -rlE "from ['\\"]echarts['\\"]|echarts-for-react/lib|AllCommunityModule" src || true`,
  ],
  { cwd: root },
)
  .toString()
  .trim();
record(
  'no full echarts / AllCommunityModule import',
  offenders || 'none',
  'none',
  offenders === '',
);

const browser = await launch();

/** gzip bytes of every script a route loads (files read from dist/, gzip level 9 like a CDN). */
async function routeJsBytes(route) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().startsWith(APP))
      scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(`${APP}${route}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  await context.close();
  let total = 0;
  for (const path of scripts)
    total += gzipSync(readFileSync(join(root, distDir, path)), { level: 9 }).length;
  return { total, files: scripts.size };
}

for (const route of routes) {
  const { total, files } = await routeJsBytes(route);
  const budget = route === '/' ? budgets['/'] : budgets.other;
  record(
    `JS gzip ${route} (${files} files)`,
    `${(total / KIB).toFixed(1)} KiB`,
    `≤ ${budget / KIB} KiB`,
    total <= budget,
  );
}

/** Largest contentful paint of a cold load, in ms. */
async function lcp(url) {
  // 1280×720: the projector size the dashboard is presented on.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const value = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]?.startTime ?? 0);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(0), 2000);
      }),
  );
  await context.close();
  return value;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (!bytesOnly) {
  const app = [];
  const blank = [];
  for (let i = 0; i < 5; i += 1) {
    // Alternate so drift in machine load hits both equally.
    blank.push(await lcp(`${BLANK}/`));
    app.push(await lcp(`${APP}/`));
  }
  const ratio = median(app) / median(blank);
  record('LCP / (median of 5)', `${median(app).toFixed(0)} ms`);
  record('LCP blank Vite React page (median of 5)', `${median(blank).toFixed(0)} ms`);
  record('LCP ratio / ÷ blank', ratio.toFixed(2), `≤ ${budgets.lcpRatio}`, undefined);
  for (const row of await extraMeasurements({ browser, appUrl: APP, root })) record(...row);
}

await browser.close();
servers.forEach((s) => s.kill());

const width = (key) => Math.max(key.length, ...rows.map((r) => String(r[key]).length));
const cols = ['metric', 'value', 'budget', 'result'];
const line = (r) => cols.map((c) => String(r[c]).padEnd(width(c))).join('  ');
console.log(`\n${line(Object.fromEntries(cols.map((c) => [c, c])))}`);
console.log(cols.map((c) => '-'.repeat(width(c))).join('  '));
for (const r of rows) console.log(line(r));
console.log(failed ? '\nA byte budget is broken.' : '\nAll byte budgets hold.');
process.exit(failed ? 1 : 0);
