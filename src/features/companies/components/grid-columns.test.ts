import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ColDef, PostSortRowsParams } from 'ag-grid-community';

import { withColumnTypes } from '../../../../tests/grid-test-utils';
import '../../../../tests/test-utils';
import { getI18n } from '../../../shared/i18n/i18n';
import type { Lang } from '../../../shared/lib/format';
import { sortRowsByKeys } from '../../../shared/ui/grid-sort';
import { companiesDatasetSchema } from '../companies-schema';
import { tableColumnNotes } from '../screen';
import { defaultView } from '../view-state';
import {
  aShareColumns,
  companiesGridContext,
  forecastColumns,
  overseasColumns,
} from './grid-columns';

const data = companiesDatasetSchema.parse(
  JSON.parse(readFileSync('public/data/2024-10/companies.json', 'utf8')),
);

const input = (lang: Lang, tab: 'a-share' | 'overseas' | 'forecasts', table?: number) => ({
  lang,
  t: getI18n(lang).getFixedT(lang, ['companies', 'translation'] as const),
  view: defaultView(tab),
  columnNotes: table ? tableColumnNotes(data.columnNotes, table) : [],
});

/** A column as AG Grid sees it, by id. */
const column = <R>(defs: ColDef<R>[], id: string): ColDef<R> =>
  withColumnTypes(defs.find((def) => def.colId === id) as ColDef<R>);

/** What a cell shows (value as AG Grid reads it, then the formatter), in one language. */
function shown<R>(def: ColDef<R>, data: R, lang: Lang): string {
  const context = companiesGridContext(lang);
  const value =
    typeof def.field === 'string'
      ? (data as Record<string, unknown>)[def.field]
      : (def.valueGetter as (p: object) => unknown)({ data, context });
  return (def.valueFormatter as (p: object) => string)({ value, data, colDef: def, context });
}

describe('companies grid columns', () => {
  it('shows the report\'s figures as printed, "-" where it printed a dash', () => {
    const defs = overseasColumns(input('en', 'overseas', 5));
    const yidu = data.overseas.find((row) => row.code === '2158.HK');
    const nvidia = data.overseas.find((row) => row.code === 'NVDA.O');
    if (!yidu || !nvidia) throw new Error('fixture rows missing');
    expect(shown(column(defs, 'peTtm'), yidu, 'en')).toBe('-');
    expect(shown(column(defs, 'marketCap'), nvidia, 'zh')).toBe('32,566.03亿美元');
    expect(shown(column(defs, 'marketCap'), nvidia, 'en')).toBe('USD 3,256.603bn');
    // The unit note on revenue marks net profit too.
    expect(shown(column(defs, 'h1NetProfit'), nvidia, 'en')).toMatch(/ †$/);
  });

  it('marks a column-level note on its header and a cell note on its value', () => {
    const defs = aShareColumns(input('zh', 'a-share', 4), data.tableFourColumns);
    const month = column(defs, 'monthChangePct');
    expect(month.headerName).toMatch(/ †$/);
    expect(month.headerTooltip).toContain('表4');
    const cambricon = data.aShare.find((row) => row.code === '688256.SH');
    if (!cambricon) throw new Error('fixture row missing');
    expect(shown(column(defs, 'peTtm'), cambricon, 'zh')).toBe('-247.46');
    expect(shown(column(defs, 'ytdChangePct'), cambricon, 'en')).toMatch(/^▲ \+/);

    const forecasts = forecastColumns(input('en', 'forecasts'));
    const noted = data.forecasts.find((row) => row.code === '688041.SZ');
    const unrated = data.forecasts.find((row) => row.rating === null);
    if (!noted || !unrated) throw new Error('fixture rows missing');
    expect(shown(column(forecasts, 'code'), noted, 'en')).toBe('688041.SZ †');
    expect(shown(column(forecasts, 'peE2025'), noted, 'en')).toMatch(/ †$/);
    expect(shown(column(forecasts, 'rating'), unrated, 'en')).toBe('-');
  });

  it('sorts blanks last, names by collation and market caps within their currency', () => {
    const defs = overseasColumns(input('en', 'overseas', 5));
    const order = (colId: string, sort: 'asc' | 'desc', lang: Lang = 'en'): string[] => {
      const nodes = data.overseas.map((row) => ({ data: row }));
      const api = {
        getColumnState: () => [{ colId, sort }],
        getColumnDef: (id: string) => column(defs, id),
      };
      const context = companiesGridContext(lang);
      sortRowsByKeys({ nodes, api, context } as unknown as PostSortRowsParams);
      return nodes.map((node) => node.data.code);
    };
    expect(order('peTtm', 'asc').slice(-2)).toEqual(['2158.HK', '0020.HK']);
    expect(order('peTtm', 'desc').slice(-2)).toEqual(['2158.HK', '0020.HK']);
    expect(order('marketCap', 'desc').slice(0, 5)).toEqual([
      'AAPL.O',
      'NVDA.O',
      'MSFT.O',
      'GOOGL.O',
      'META.O',
    ]);
    expect(order('marketCap', 'asc').slice(0, 4)).toEqual([
      '2158.HK',
      '0020.HK',
      '9988.HK',
      '0700.HK',
    ]);
    const names = (lang: Lang) =>
      order('name', 'asc', lang).map(
        (code) => data.overseas.find((row) => row.code === code)?.name[lang],
      );
    expect(names('en')[0]).toBe('Alibaba-W');
    expect(names('zh')).toEqual(
      [...data.overseas.map((row) => row.name.zh)].sort(
        new Intl.Collator('zh-CN', { numeric: true }).compare,
      ),
    );
  });
});
