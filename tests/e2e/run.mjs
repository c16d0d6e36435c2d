// Serves dist/ with `vite preview` on 127.0.0.1 and runs every tests/e2e/*.spec.mjs with node's
// test runner. Build first (`npm run build`); CI does.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const here = join(root, 'tests', 'e2e');
const dist = process.env.E2E_DIST ?? 'dist';
if (!existsSync(join(root, dist, 'index.html'))) {
  console.error(`${dist}/ is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const port = process.env.E2E_PORT ?? '4173';
const server = spawn(
  process.execPath,
  [
    join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'preview',
    '--outDir',
    dist,
    '--host',
    '127.0.0.1',
    '--port',
    port,
    '--strictPort',
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);
// If our server cannot start (say the port is taken), stop: never test whatever else answers there.
let serverExited = false;
server.on('exit', (code) => {
  serverExited = true;
  if (code !== null && code !== 0) {
    console.error(`vite preview exited with ${code} (is port ${port} in use?)`);
    process.exit(1);
  }
});

async function waitForServer(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (serverExited) throw new Error('the preview server exited');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

await waitForServer(`http://127.0.0.1:${port}/`, 20000);
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.spec.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .map((f) => join(here, f));
const runner = spawn(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: `http://127.0.0.1:${port}` },
  },
);
runner.on('exit', (code) => {
  stop();
  process.exit(code ?? 1);
});
