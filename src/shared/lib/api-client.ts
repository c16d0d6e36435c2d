import type * as z from 'zod/mini';

import { DATA_BASE_URL, DATA_TIMEOUT_MS } from './config';

export type DatasetErrorKind = 'http' | 'timeout' | 'network' | 'parse' | 'schema' | 'empty';

/** A dataset that could not be used, with enough detail for a localised message and a log line. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly kind: DatasetErrorKind,
    readonly dataset: string,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${dataset}: ${kind}${status ? ` ${status}` : ''}: ${detail}`);
  }

  /** Only failures that another attempt could fix are worth retrying automatically. */
  get transient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export function isDatasetError(error: unknown): error is DatasetError {
  return error instanceof DatasetError;
}

export function datasetUrl(path: string): string {
  // Absolute, so it also works where fetch does not resolve relative URLs (tests under Node).
  const base = typeof window === 'undefined' ? 'http://localhost/' : window.location.href;
  return new URL(`${DATA_BASE_URL}/${path}`, base).toString();
}

interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * Fetches `path` under the data base URL, parses JSON and validates it with `schema`.
 * Every way this can fail becomes a {@link DatasetError}; the caller never sees unvalidated data.
 */
export async function fetchDataset<S extends z.ZodMiniType>(
  dataset: string,
  path: string,
  schema: S,
  { signal, timeoutMs = DATA_TIMEOUT_MS }: FetchOptions = {},
): Promise<z.infer<S>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });

  let response: Response;
  let text: string;
  try {
    response = await fetch(datasetUrl(path), {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    // Read the body under the same timeout: a server can send headers and then stall.
    text = await response.text();
  } catch (error) {
    if (timedOut) throw new DatasetError('timeout', dataset, `no answer within ${timeoutMs} ms`);
    if (signal?.aborted) throw error; // React Query cancelled it; not a dataset failure.
    throw new DatasetError(
      'network',
      dataset,
      error instanceof Error ? error.message : String(error),
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }

  if (!response.ok) {
    throw new DatasetError('http', dataset, response.statusText || 'HTTP error', response.status);
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Static hosts answer unknown paths with index.html (status 200): say so rather than "Unexpected token <".
    const looksHtml = /^\s*</.test(text);
    throw new DatasetError(
      'parse',
      dataset,
      looksHtml ? 'received HTML, not JSON' : 'invalid JSON',
    );
  }

  const result = schema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new DatasetError('schema', dataset, first);
  }
  return result.data;
}

/** Throws an `empty` DatasetError when a list a view needs has no rows. */
export function requireRows<T>(dataset: string, rows: readonly T[], what: string): readonly T[] {
  if (rows.length === 0) throw new DatasetError('empty', dataset, `${what} is empty`);
  return rows;
}
