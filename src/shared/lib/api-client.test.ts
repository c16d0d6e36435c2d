import { http, HttpResponse, delay } from 'msw';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';

import { DATA_ORIGIN } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { DatasetError, fetchDataset } from './api-client';

const url = `${DATA_ORIGIN}/data/2024-10/funds.json`;
// A minimal schema of the real funds file: shared/ tests do not import feature code.
const fundsDatasetSchema = z.object({
  dataset: z.literal('funds'),
  sourceLine: z.object({ zh: z.string(), en: z.string() }),
  funds: z.array(z.object({ code: z.string() })),
});

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

describe('fetchDataset', () => {
  it('returns validated real data', async () => {
    const data = await fetchDataset('funds', '2024-10/funds.json', fundsDatasetSchema);
    expect(data.funds).toHaveLength(28);
  });

  it('turns an HTTP error into a typed, retryable error', async () => {
    server.use(http.get(url, () => new HttpResponse('boom', { status: 500 })));
    const error = await failure(fetchDataset('funds', '2024-10/funds.json', fundsDatasetSchema));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
    expect(error.transient).toBe(true);
  });

  it('a 404 is not retried', async () => {
    server.use(http.get(url, () => new HttpResponse('missing', { status: 404 })));
    const error = await failure(fetchDataset('funds', '2024-10/funds.json', fundsDatasetSchema));
    expect(error.status).toBe(404);
    expect(error.transient).toBe(false);
  });

  it('says so when a static host answers with HTML instead of JSON', async () => {
    server.use(http.get(url, () => HttpResponse.text('<!doctype html><html></html>')));
    const error = await failure(fetchDataset('funds', '2024-10/funds.json', fundsDatasetSchema));
    expect(error.kind).toBe('parse');
    expect(error.detail).toBe('received HTML, not JSON');
  });

  it('reports a schema mismatch with the failing path', async () => {
    server.use(
      http.get(url, () =>
        HttpResponse.json({ dataset: 'funds', edition: '2024-10', funds: [{ code: 1 }] }),
      ),
    );
    const error = await failure(fetchDataset('funds', '2024-10/funds.json', fundsDatasetSchema));
    expect(error.kind).toBe('schema');
    expect(error.detail).toMatch(/sourceLine|funds\.0/);
  });

  it('times out when the server does not answer', async () => {
    server.use(
      http.get(url, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const error = await failure(
      fetchDataset('funds', '2024-10/funds.json', z.object({}), { timeoutMs: 50 }),
    );
    expect(error.kind).toBe('timeout');
  });
});

describe('dataset size limit', () => {
  const big = (bytes: number): string => `{"pad":"${'x'.repeat(bytes)}"}`;

  it('refuses a body whose Content-Length is over the limit, before reading it', async () => {
    server.use(
      http.get(url, () =>
        HttpResponse.text(big(5000), {
          headers: { 'Content-Type': 'application/json', 'Content-Length': '5011' },
        }),
      ),
    );
    const error = await failure(
      fetchDataset('funds', '2024-10/funds.json', fundsDatasetSchema, { maxBytes: 1000 }),
    );
    expect(error.kind).toBe('too-large');
    expect(error.size).toEqual({ limit: 1000, declared: 5011 });
    expect(error.transient).toBe(false);
  });

  it('counts streamed bytes when there is no Content-Length, and stops reading at the limit', async () => {
    let pulled = 0;
    server.use(
      http.get(url, () => {
        // An endless body: only the byte count can stop it.
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled += 1;
            controller.enqueue(new Uint8Array(256).fill(0x20));
          },
        });
        return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const error = await failure(
      fetchDataset('funds', '2024-10/funds.json', fundsDatasetSchema, { maxBytes: 1000 }),
    );
    expect(error.kind).toBe('too-large');
    expect(error.size).toEqual({ limit: 1000 });
    expect(pulled).toBeLessThan(20);
  });

  it('accepts the real datasets under the default limit', async () => {
    const data = await fetchDataset('funds', '2024-10/funds.json', fundsDatasetSchema);
    expect(data.funds.length).toBeGreaterThan(0);
  });

  it('keeps a schema error short when the file’s keys are long', async () => {
    const schema = z.object({ funds: z.record(z.string(), z.number()) });
    server.use(
      http.get(url, () => HttpResponse.json({ funds: { ['k'.repeat(5000)]: 'not a number' } })),
    );
    const error = await failure(fetchDataset('funds', '2024-10/funds.json', schema));
    expect(error.kind).toBe('schema');
    expect(error.detail.length).toBeLessThanOrEqual(300);
  });
});
