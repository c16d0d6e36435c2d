import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import { DATA_ORIGIN } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { DatasetError } from '../../shared/lib/api-client';
import { DATA_MAX_BYTES } from '../../shared/lib/config';
import { FUNDS_MAX_BYTES, fundsQueryOptions } from './api';

const url = `${DATA_ORIGIN}/data/2024-10/funds.json`;
const real = readFileSync('public/data/2024-10/funds.json', 'utf8');
const load = () => new QueryClient().fetchQuery(fundsQueryOptions('2024-10'));

describe('the funds dataset size limit', () => {
  it('reads a funds file larger than other datasets may be (a 20,000-fund edition)', async () => {
    // The real funds, padded with whitespace past the 2 MiB every other dataset is held to.
    const padded = real.replace(/\}\s*$/, `${' '.repeat(DATA_MAX_BYTES + 1024)}}`);
    server.use(
      http.get(url, () =>
        HttpResponse.text(padded, { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const data = await load();
    expect(data.funds.length).toBe(JSON.parse(real).funds.length);
  });

  it('still refuses one over its own limit, before reading it', async () => {
    server.use(
      http.get(
        url,
        () =>
          new HttpResponse('{}', {
            headers: {
              'Content-Type': 'application/json',
              'Content-Length': String(FUNDS_MAX_BYTES + 1),
            },
          }),
      ),
    );
    const error = await load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).kind).toBe('too-large');
    expect((error as DatasetError).size).toEqual({
      limit: FUNDS_MAX_BYTES,
      declared: FUNDS_MAX_BYTES + 1,
    });
  });
});
