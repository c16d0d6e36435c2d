import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { http, HttpResponse, type HttpHandler } from 'msw';

/**
 * Serves the same JSON files the app ships (public/data) to the tests, so every test runs on
 * the real report data. Tests override a handler with `server.use(...)` to inject a fault.
 */
const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'data');

export const DATA_ORIGIN = 'http://localhost:3000';

export function readDataFile(path: string): unknown {
  return JSON.parse(readFileSync(resolve(dataDir, path), 'utf8'));
}

export const handlers: HttpHandler[] = [
  http.get(`${DATA_ORIGIN}/data/editions.json`, () =>
    HttpResponse.json(readDataFile('editions.json') as object),
  ),
  http.get(`${DATA_ORIGIN}/data/:edition/:file`, ({ params }) => {
    const edition = String(params.edition);
    const file = String(params.file);
    // Only known editions and plain file names: the handler never reads outside public/data.
    if (!/^\d{4}-\d{2}$/.test(edition) || !/^[a-z-]+\.json$/.test(file)) {
      return new HttpResponse('not found', { status: 404 });
    }
    try {
      return HttpResponse.json(readDataFile(`${edition}/${file}`) as object);
    } catch {
      return new HttpResponse('not found', { status: 404 });
    }
  }),
];
