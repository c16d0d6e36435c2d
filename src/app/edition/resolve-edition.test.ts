import { describe, expect, it } from 'vitest';

import type { Editions } from '../editions-schema';
import { resolveEdition } from './resolve-edition';

const edition = (id: string, dataAsOf: string): Editions['editions'][number] => ({
  id,
  dataAsOf,
  publishedOn: dataAsOf,
  title: { zh: id, en: id },
  publisher: { zh: '出版方', en: 'Publisher' },
  datasets: [],
});
const oct = edition('2024-10', '2024-10-31');
const nov = edition('2024-11', '2024-11-30');
const dec = edition('2024-12', '2024-12-31');
// Listed out of order on purpose: the data date orders editions, not the file.
const editions: Editions = { editions: [nov, oct, dec], latest: '2024-11' };

describe('resolveEdition', () => {
  it('opens latest by default, with the edition before it by data date', () => {
    expect(resolveEdition(editions, null)).toEqual({ edition: nov, previous: oct, notice: null });
  });

  it('opens a listed ?edition=', () => {
    expect(resolveEdition(editions, '2024-12')).toEqual({
      edition: dec,
      previous: nov,
      notice: null,
    });
    expect(resolveEdition(editions, '2024-10')).toEqual({
      edition: oct,
      previous: null,
      notice: null,
    });
  });

  it('falls back to latest with a notice for an unknown or hostile id', () => {
    for (const requested of ['2031-01', '../../etc/passwd', '<img src=x onerror=alert(1)>', '']) {
      expect(resolveEdition(editions, requested)).toEqual({
        edition: nov,
        previous: oct,
        notice: { kind: 'unknown-requested', requested },
      });
    }
  });

  it('a latest that is not listed opens the newest listed edition, with a notice', () => {
    expect(resolveEdition({ ...editions, latest: '2025-01' }, null)).toEqual({
      edition: dec,
      previous: nov,
      notice: { kind: 'latest-not-listed', latest: '2025-01' },
    });
  });

  it('nothing listed: nothing to open', () => {
    expect(resolveEdition({ editions: [], latest: '2024-10' }, null)).toBeNull();
  });
});
