import { describe, expect, it } from 'vitest';

import { symlog, symlogInverse, symlogTicks } from './symlog';

describe('symmetric log', () => {
  it('keeps zero and the sign, compresses decades', () => {
    expect(symlog(0)).toBe(0);
    expect(symlog(9)).toBeCloseTo(1);
    expect(symlog(-99)).toBeCloseTo(-2);
    expect(symlog(-4114.88)).toBeLessThan(0);
    expect(symlog(-247.46)).toBeLessThan(symlog(-19.47));
  });

  it('inverts', () => {
    for (const v of [-4114.88, -247.46, -1, 0, 4.72, 2192.15]) {
      expect(symlogInverse(symlog(v))).toBeCloseTo(v, 6);
    }
  });

  it('ticks at round real values within the range', () => {
    expect(symlogTicks(-50, 200)).toEqual([-30, -10, -3, -1, 0, 1, 3, 10, 30, 100]);
    // Beyond three decades, ±1 (too close to 0) and the 3s are dropped.
    expect(symlogTicks(-5000, 700)).toEqual([-1000, -100, -10, 0, 10, 100]);
  });
});
