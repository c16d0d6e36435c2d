import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { companiesStrings } from './strings';
import { companiesDatasetSchema } from './companies-schema';
import {
  columnNotesAsDataNotes,
  groupNotes,
  inRange,
  matchesQuery,
  screenAShare,
  screenForecasts,
  screenOverseas,
  tableColumnNotes,
} from './screen';
import { defaultView, type CompaniesView } from './view-state';

const data = companiesDatasetSchema.parse(
  JSON.parse(readFileSync('public/data/2024-10/companies.json', 'utf8')),
);

const withRanges = (
  view: CompaniesView,
  ranges: Partial<CompaniesView['ranges']>,
): CompaniesView => ({
  ...view,
  ranges: { ...view.ranges, ...ranges },
});

describe('companies screening', () => {
  it('inRange is inclusive and leaves out missing values only when a bound is set', () => {
    expect(inRange(5, { min: 5, max: 5 })).toBe(true);
    expect(inRange(5.01, { min: null, max: 5 })).toBe(false);
    expect(inRange(null, { min: null, max: null })).toBe(true);
    expect(inRange(null, { min: 0, max: null })).toBe(false);
  });

  it('quick search matches the code and both names, ignoring case and spaces', () => {
    const row = data.aShare.find((r) => r.code === '688256.SH');
    expect(row).toBeDefined();
    if (!row) return;
    for (const q of ['688256', '688256.sh', '寒武纪', 'cambricon-u', 'CAMBRICON -U']) {
      expect(matchesQuery(row, q)).toBe(true);
    }
    expect(matchesQuery(row, 'nvidia')).toBe(false);
    expect(
      screenAShare(data.aShare, { ...defaultView(), query: '688256.SH' }).map((r) => r.code),
    ).toEqual(['688256.SH']);
  });

  it('counts the full tables without filters', () => {
    expect(screenAShare(data.aShare, defaultView()).length).toBe(29);
    expect(screenOverseas(data.overseas, defaultView('overseas')).length).toBe(12);
    expect(screenForecasts(data.forecasts, defaultView('forecasts')).length).toBe(5);
  });

  it('filters A-shares by return, PE, PS and market cap ranges', () => {
    const losses = screenAShare(
      data.aShare,
      withRanges(defaultView(), { pe: { min: null, max: 0 } }),
    );
    expect(losses.every((r) => r.peTtm <= 0)).toBe(true);
    expect(losses.length).toBe(data.aShare.filter((r) => r.peTtm <= 0).length);
    expect(losses.length).toBeGreaterThan(0);

    const view = withRanges(defaultView(), {
      ytd: { min: 0, max: null },
      month: { min: 25, max: 50 },
      cap: { min: 100, max: null },
    });
    const expected = data.aShare.filter(
      (r) =>
        r.ytdChangePct >= 0 &&
        r.monthChangePct >= 25 &&
        r.monthChangePct <= 50 &&
        r.marketCapYi >= 100,
    );
    expect(screenAShare(data.aShare, view)).toEqual(expected);
  });

  it('overseas: currency filter, PE "-" left out of a PE range, market cap only within a currency', () => {
    const hkd = screenOverseas(data.overseas, { ...defaultView('overseas'), currency: 'HKD' });
    expect(hkd.map((r) => r.code)).toEqual(['9988.HK', '2158.HK', '0700.HK', '0020.HK']);
    const withPe = screenOverseas(
      data.overseas,
      withRanges(defaultView('overseas'), { pe: { min: 0, max: null } }),
    );
    expect(withPe.length).toBe(10);
    // A cap range without a currency does not apply (USD and HKD cannot be compared).
    const capAll = screenOverseas(
      data.overseas,
      withRanges(defaultView('overseas'), { cap: { min: 20000, max: null } }),
    );
    expect(capAll.length).toBe(12);
    const capUsd = screenOverseas(data.overseas, {
      ...withRanges(defaultView('overseas'), { cap: { min: 20000, max: null } }),
      currency: 'USD',
    });
    expect(capUsd.map((r) => r.code)).toEqual(['NVDA.O', 'MSFT.O', 'GOOGL.O', 'AAPL.O']);
  });

  it('groups identical notes and names every company they concern', () => {
    const notes = groupNotes(data.overseas);
    // Seven USD rows share one note, Baidu has its own; HKD rows have none.
    expect(notes).toHaveLength(2);
    expect(notes[0]?.text.zh.startsWith('特斯拉（TSLA.O）、高通（QCOM.O）')).toBe(true);
    expect(notes[0]?.text.en).toContain('Apple (AAPL.O): The header gives');
    // 表4's monthly-change caveat is one column note, not a note on each row.
    expect(groupNotes(data.aShare)).toHaveLength(0);
  });

  it("turns a table's column notes into one data note each, for that table only", () => {
    const four = tableColumnNotes(data.columnNotes, 4);
    expect(four.map((n) => n.fields)).toEqual([['monthChangePct']]);
    expect(tableColumnNotes(data.columnNotes, 5).map((n) => n.fields)).toEqual([
      ['h1Revenue', 'h1RevenueYoy', 'h1NetProfit'],
    ]);
    const notes = columnNotesAsDataNotes(four);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.field).toBe('monthChangePct');
    expect(notes[0]?.text.en).toContain('not presented as the October change');
  });

  it("labels Table 5's interim columns as the report does, with one fiscal-year note", () => {
    const { grid } = companiesStrings.en;
    for (const header of [grid.h1Revenue, grid.h1RevenueYoy, grid.h1NetProfit]) {
      expect(header).toMatch(/^Latest interim/);
      expect(header).not.toMatch(/H1|2024/);
    }
    expect(companiesStrings.zh.grid.h1Revenue).toMatch(/^今年中报/);
    const [note] = tableColumnNotes(data.columnNotes, 5);
    // Every Table 5 company whose fiscal year is not the calendar year is named in the note.
    for (const code of ['NVDA.O', 'MSFT.O', 'AAPL.O', 'QCOM.O', '9988.HK', '2158.HK']) {
      const row = data.overseas.find((r) => r.code === code);
      expect(row, code).toBeDefined();
      const base = (name: string) => name.replace(/-W$/, '');
      expect(note?.text.zh, code).toContain(base(row?.name.zh ?? '?'));
      expect(note?.text.en, code).toContain(base(row?.name.en ?? '?'));
    }
  });
});
