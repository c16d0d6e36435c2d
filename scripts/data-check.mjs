#!/usr/bin/env node
// npm run data:check [dir]: validates a data root (editions.json, glossary.json and one folder per
// edition) with the app's own schemas and consistency rules, and prints every problem with file,
// JSON path, what was expected and what was found. Exits 1 on any problem.
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { runnerImport } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dir = resolve(process.argv[2] ?? resolve(root, 'public/data'));

if (!existsSync(dir)) {
  console.error(`data:check: no folder at ${dir}`);
  process.exit(2);
}

// The rules are TypeScript shared with the app: load them through Vite's module runner.
const { module: check } = await runnerImport(
  resolve(root, 'src/app/data-check/check-data-root.ts'),
);
const { module: problem } = await runnerImport(resolve(root, 'src/app/data-check/problem.ts'));

/** @param {string} file */
function read(file) {
  const path = resolve(dir, file);
  if (!path.startsWith(dir) || !existsSync(path)) return { kind: 'missing' };
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    return { kind: 'json', json: JSON.parse(text) };
  } catch (error) {
    return { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
}

const problems = check.checkDataRoot(read);
const shownDir = relative(process.cwd(), dir) || '.';
if (problems.length === 0) {
  console.log(`data:check: ${shownDir} is good (editions, glossary, every dataset and rule).`);
  process.exit(0);
}
console.error(
  `data:check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${shownDir}:`,
);
for (const p of problems) console.error(`  - ${problem.formatProblem(p)}`);
process.exit(1);
