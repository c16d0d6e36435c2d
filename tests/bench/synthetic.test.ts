import { describe, expect, it } from 'vitest';

import { fundsDatasetSchema } from '../../src/features/funds/funds-schema';
import { mulberry32, syntheticFunds } from './synthetic.mjs';

describe('synthetic funds for the bench', () => {
  it('is deterministic for a seed and different for another', () => {
    expect(syntheticFunds(500, 7)).toEqual(syntheticFunds(500, 7));
    expect(syntheticFunds(500, 8)).not.toEqual(syntheticFunds(500, 7));
    const a = mulberry32(1);
    const b = mulberry32(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('makes 20,000 funds that validate against the funds schema, clearly synthetic', () => {
    const data = syntheticFunds(20000);
    expect(() => fundsDatasetSchema.parse(data)).not.toThrow();
    expect(data.funds).toHaveLength(20000);
    expect(new Set(data.funds.map((f) => f.code)).size).toBe(20000);
    expect(data.funds.every((f) => /^9\d{5}\.OF$/.test(f.code))).toBe(true);
    expect(data.funds.every((f) => f.name.en.startsWith('SYNTHETIC FUND '))).toBe(true);
    expect(data.sourceLine.en).toContain('SYNTHETIC');
    // Share classes come in A / C pairs, and some returns are blank.
    expect(data.funds.some((f) => f.shareClass === 'C')).toBe(true);
    expect(data.funds.some((f) => f.return3m === null)).toBe(true);
    expect(data.funds[0]?.name.en).toMatch(/^SYNTHETIC FUND 00001( A)?$/);
  });
});
