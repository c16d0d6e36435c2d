import { describe, expect, it } from 'vitest';

import { SYNTHETIC_EDITION, syntheticDataRoot } from '../../../tests/fixtures/synthetic-edition';
import { checkDataRoot } from '../data-check/check-data-root';
import { formatProblem } from '../data-check/problem';
import { datasetSchemas } from '../dataset-schemas';
import { compare, compareEditions, compareKpis, type EditionData } from './compare-editions';

const root = syntheticDataRoot();

function edition(id: string): EditionData {
  const read = <K extends keyof EditionData>(name: K): EditionData[K] =>
    datasetSchemas[name].parse(root.get(`${id}/${name}.json`)) as EditionData[K];
  return {
    report: read('report'),
    indices: read('indices'),
    sectors: read('sectors'),
    funds: read('funds'),
    companies: read('companies'),
    news: read('news'),
  };
}

const previous = edition('2024-10');
const current = edition(SYNTHETIC_EDITION);
const changes = compareEditions(previous, current);

describe('compare', () => {
  it('subtracts at the printed precision, and only when both editions print the figure', () => {
    expect(compare(5.87, 5.88)).toEqual({
      kind: 'both',
      previous: 5.87,
      current: 5.88,
      change: 0.01,
      digits: 2,
    });
    expect(compare(null, 3.1)).toEqual({ kind: 'only-current', current: 3.1 });
    expect(compare(2, undefined)).toEqual({ kind: 'only-previous', previous: 2 });
    expect(compare(null, null)).toEqual({ kind: 'neither' });
  });
});

describe('what changed between two editions (synthetic second edition)', () => {
  it('the synthetic edition is a valid data root and says it is synthetic', () => {
    const problems = checkDataRoot((file) =>
      root.has(file)
        ? { kind: 'json', json: structuredClone(root.get(file)) }
        : { kind: 'missing' },
    );
    expect(problems.map(formatProblem)).toEqual([]);
    const listed = root
      .get('editions.json')
      .editions.find((e: { id: string }) => e.id === SYNTHETIC_EDITION);
    expect(listed.title.en).toMatch(/^SYNTHETIC/);
    expect(listed.title.zh).toContain('合成');
  });

  it('KPI deltas come from the figures both editions print', () => {
    const revenue = changes.kpis.find((k) => k.id === 'revenue')?.value;
    expect(revenue).toMatchObject({
      kind: 'both',
      previous: previous.sectors.industry.q3RevenueYi,
      current: current.sectors.industry.q3RevenueYi,
    });
    if (revenue?.kind === 'both')
      expect(revenue.change).toBeCloseTo(
        current.sectors.industry.q3RevenueYi - previous.sectors.industry.q3RevenueYi,
        2,
      );
    expect(changes.kpis.map((k) => k.id)).toEqual([
      'revenue',
      'profit',
      'aiIndexClose',
      'pe',
      'ps',
    ]);
    expect(changes.kpis.every((k) => k.value.kind === 'both')).toBe(true);
  });

  it('industry figures of another results period are not compared: not in the previous edition', () => {
    const otherQuarter = { ...previous.sectors, period: '24Q2' };
    const kpis = compareKpis(
      { sectors: otherQuarter, indices: previous.indices },
      { sectors: current.sectors, indices: current.indices },
    );
    expect(kpis.find((k) => k.id === 'revenue')?.value).toEqual({
      kind: 'only-current',
      current: current.sectors.industry.q3RevenueYi,
    });
    expect(kpis.find((k) => k.id === 'profit')?.value.kind).toBe('only-current');
    expect(kpis.find((k) => k.id === 'pe')?.value.kind).toBe('both');
  });

  it('constituents entering and leaving the top 10', () => {
    const top = changes.constituents.find((c) => c.list === 'top10');
    expect(top?.entered.map((c) => c.code)).toEqual(['900001.SH', '900002.SH']);
    expect(top?.left.map((c) => c.code)).toEqual(
      previous.indices.top10.slice(8).map((c) => c.code),
    );
    expect(changes.constituents.find((c) => c.list === 'bottom10')).toEqual({
      list: 'bottom10',
      entered: [],
      left: [],
    });
  });

  it('funds added and dropped, and each fund’s return changes; a figure printed only now is not compared', () => {
    expect(changes.funds.added.map((f) => f.code)).toEqual(['999001.OF']);
    expect(changes.funds.dropped.map((f) => f.code)).toEqual([previous.funds.funds.at(-1)?.code]);
    const onlyNow = changes.funds.returns.filter((r) => r.value.kind === 'only-current');
    expect(onlyNow.map((r) => r.period)).toEqual(['3m']);
    // The new fund has no previous figures, so it has no return changes.
    expect(changes.funds.returns.some((r) => r.code === '999001.OF')).toBe(false);
  });

  it('company rating and forecast changes', () => {
    expect(changes.companies.ratings).toEqual([
      {
        code: '601138.SH',
        name: current.companies.forecasts[0]?.name,
        previous: null,
        current: { zh: '推荐', en: 'Recommend' },
      },
    ]);
    expect(changes.companies.forecasts.map((f) => `${f.code} ${f.metric} ${f.year}`)).toEqual([
      '688041.SZ eps e2025',
    ]);
  });

  it('new news categories: none here; one when the previous edition lacked it', () => {
    expect(changes.newNewsCategories).toEqual([]);
    const without = {
      ...previous,
      news: {
        ...previous.news,
        items: previous.news.items.filter((i) => i.category !== 'compute-chips'),
      },
    };
    expect(compareEditions(without, current).newNewsCategories).toEqual(['compute-chips']);
  });
});
