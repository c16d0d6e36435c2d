import type * as z from 'zod/mini';

import { DATA_BASE_URL, DATA_MAX_BYTES, DATA_TIMEOUT_MS } from './config';

export type DatasetErrorKind =
  | 'http'
  | 'timeout'
  | 'network'
  | 'parse'
  | 'schema'
  | 'empty'
  /** Over {@link DATA_MAX_BYTES}: refused before parsing (`size` is known from Content-Length). */
  | 'too-large';

/** A dataset that could not be used, with enough detail for a localised message and a log line. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly kind: DatasetErrorKind,
    readonly dataset: string,
    readonly detail: string,
    readonly status?: number,
    /** For `too-large`: the limit, and the size when the server declared it. */
    readonly size?: { limit: number; declared?: number },
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
  maxBytes?: number;
}

/** Thrown inside the read when the body passes the limit; turned into a DatasetError below. */
class TooLarge {
  constructor(readonly declared?: number) {}
}

/**
 * The body as text, refusing it as soon as it is known to exceed `maxBytes`: from Content-Length
 * before a byte is read, else by counting bytes as they stream in (the header can be absent, or
 * be the compressed size of a body that inflates far beyond it). A hostile or mistaken 33 MB file
 * therefore costs at most `maxBytes` of memory, and is never parsed.
 */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  // Content-Length is the size on the wire: a compressed body over the limit inflates to more.
  const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw new TooLarge(declared);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Fetches `path` under the data base URL, parses JSON and validates it with `schema`.
 * Every way this can fail becomes a {@link DatasetError}; the caller never sees unvalidated data.
 */
export async function fetchDataset<S extends z.ZodMiniType>(
  dataset: string,
  path: string,
  schema: S,
  { signal, timeoutMs = DATA_TIMEOUT_MS, maxBytes = DATA_MAX_BYTES }: FetchOptions = {},
): Promise<z.infer<S>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });

  let text: string;
  try {
    const response = await fetch(datasetUrl(path), {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      // The body of an error is not needed: stop downloading it.
      void response.body?.cancel().catch(() => undefined);
      throw new DatasetError('http', dataset, response.statusText || 'HTTP error', response.status);
    }
    // Read the body under the same timeout: a server can send headers and then stall.
    text = await readLimited(response, maxBytes);
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    if (error instanceof TooLarge) {
      throw new DatasetError(
        'too-large',
        dataset,
        `over the ${maxBytes}-byte limit${error.declared ? ` (${error.declared} bytes)` : ''}`,
        undefined,
        { limit: maxBytes, ...(error.declared ? { declared: error.declared } : {}) },
      );
    }
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
    // Paths can carry the file's own keys: keep a hostile one from flooding the error panel.
    throw new DatasetError(
      'schema',
      dataset,
      first.length > 300 ? `${first.slice(0, 299)}…` : first,
    );
  }
  return result.data;
}

/** Throws an `empty` DatasetError when a list a view needs has no rows. */
export function requireRows<T>(dataset: string, rows: readonly T[], what: string): readonly T[] {
  if (rows.length === 0) throw new DatasetError('empty', dataset, `${what} is empty`);
  return rows;
}
