// Synthetic funds for the bench ONLY: a seeded, deterministic stand-in for 表3 at scale. Every
// fund is named "SYNTHETIC FUND nnnnn" with a 9xxxxx.OF code so it can never pass for report data;
// the bench serves it only through Playwright's page.route interception of funds.json.

/** A small deterministic PRNG (mulberry32): same seed, same sequence, on every machine. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYNTHETIC_SEED = 20241031;

const kinds = ['etf', 'etf-feeder', 'index', 'active'];
const type = { zh: '契约型开放式', en: 'Contractual open-end fund' };
const source = { kind: 'table', number: 3, section: '2.3' };

/**
 * `n` synthetic share classes (n ≤ 99,999) as a whole funds dataset that validates against
 * fundsDatasetSchema. About 40% of funds come as an A / C pair sharing a fundKey; about 2% have
 * blank returns (as 表3's newest feeders do). Values carry two decimals like the report.
 */
export function syntheticFunds(n, seed = SYNTHETIC_SEED) {
  if (!Number.isInteger(n) || n < 0 || n > 99999) throw new RangeError('n must be 0…99,999');
  const random = mulberry32(seed);
  const between = (low, high) => Math.round((low + random() * (high - low)) * 100) / 100;
  const funds = [];
  let fundNumber = 0;
  while (funds.length < n) {
    fundNumber += 1;
    const label = `SYNTHETIC FUND ${String(fundNumber).padStart(5, '0')}`;
    const fundKey = `synthetic-${String(fundNumber).padStart(5, '0')}`;
    const kind = kinds[Math.floor(random() * kinds.length)];
    const classes = random() < 0.4 && funds.length + 2 <= n ? ['A', 'C'] : [null];
    const blank = random() < 0.02;
    const base = { r1m: between(-15, 20), r3m: between(-10, 40), r6m: between(-20, 45) };
    for (const shareClass of classes) {
      const code = `9${String(funds.length + 1).padStart(5, '0')}.OF`;
      const name = shareClass ? `${label} ${shareClass}` : label;
      // A C class tracks its A class closely (slightly lower: the sales-service fee).
      const drift = shareClass === 'C' ? -between(0, 0.2) : 0;
      const value = (x) => (blank ? null : Math.round((x + drift) * 100) / 100);
      funds.push({
        code,
        name: { zh: name, en: name },
        type,
        sizeYi: between(0.01, 80),
        price: between(0.5, 3.5),
        return1m: value(base.r1m),
        return3m: value(base.r3m),
        return6m: value(base.r6m),
        shareClass,
        fundKey,
        kind,
        source,
        notes: [],
      });
    }
  }
  return {
    dataset: 'funds',
    edition: '2024-10',
    sourceLine: {
      zh: '合成数据：仅用于性能基准测试，并非报告数据',
      en: 'SYNTHETIC DATA for the performance bench only; not from the report',
    },
    funds,
  };
}
