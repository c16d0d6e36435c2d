import type { TFunction } from 'i18next';
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';

import type { DataNote } from '../../../shared/lib/dataset-schema';
import {
  formatForeignMoneyYi,
  formatMoneyYi,
  formatNumber,
  formatPercent,
  type Lang,
} from '../../../shared/lib/format';
import { arrowFor } from '../../../shared/ui/market-colours';
import type {
  AShareCompany,
  ColumnNote,
  CompaniesDataset,
  Forecast,
  OverseasCompany,
} from '../companies-schema';
import type { CompaniesView } from '../view-state';

/**
 * Column definitions of the three grids. Every figure goes through format.ts at the decimals the
 * report prints (2 in 表4/表5 and for forecast PE, "72.70"; forecast EPS as stored, the report
 * prints "1.3" next to "1.02"). Signed
 * figures get an explicit sign, an arrow and the up/down class; a cell with a data note gets a
 * "†" marker and the note as its tooltip (the notes list under the grid repeats them).
 */
interface ColumnContext {
  lang: Lang;
  t: TFunction<readonly ['companies', 'translation']>;
  view: CompaniesView;
  /** Notes on whole columns of this table: a "†" on the header and the note as its tooltip. */
  columnNotes?: readonly ColumnNote[];
}

type Row = { code: string; name: { zh: string; en: string }; notes: readonly DataNote[] };

const MARK = ' †';

function noteText(row: Row | undefined, fields: readonly (string | null)[], lang: Lang): string {
  if (!row) return '';
  return row.notes
    .filter((note) => fields.includes(note.field))
    .map((note) => note.text[lang])
    .join('\n');
}

/** Marker suffix and tooltip for the notes on `fields` of a row. */
function noted<T extends Row>(fields: readonly (string | null)[], lang: Lang): Partial<ColDef<T>> {
  return {
    tooltip: (p) => noteText(p.data, fields, lang) || undefined,
    cellClassRules: { 'has-note': (p) => noteText(p.data, fields, lang) !== '' },
  };
}

const withMark = (
  text: string,
  row: Row | undefined,
  fields: readonly (string | null)[],
): string => (row?.notes.some((note) => fields.includes(note.field)) ? `${text}${MARK}` : text);

/** Numeric comparator that keeps nulls ("-") at the bottom in both directions. */
function nullsLast(
  a: number | null,
  b: number | null,
  _na: unknown,
  _nb: unknown,
  desc: boolean,
): number {
  if (a === null && b === null) return 0;
  if (a === null) return desc ? -1 : 1;
  if (b === null) return desc ? 1 : -1;
  return a - b;
}

function state<T>(id: string, view: CompaniesView): Partial<ColDef<T>> {
  return {
    colId: id,
    hide: view.hidden.includes(id),
    sort: view.sort?.column === id ? view.sort.direction : null,
  };
}

/** The header of a column with a column-level note: marked, with the note as its tooltip. */
function columnHeader<T>(
  id: string,
  headerName: string,
  { lang, columnNotes = [] }: ColumnContext,
): Partial<ColDef<T>> {
  const note = columnNotes.find((n) => n.fields.includes(id));
  return note
    ? { headerName: `${headerName}${MARK}`, headerTooltip: note.text[lang] }
    : { headerName };
}

function codeColumn<T extends Row>({ lang, t, view }: ColumnContext): ColDef<T> {
  const fields = ['code', null];
  return {
    ...state<T>('code', view),
    headerName: t('grid.code'),
    valueGetter: (p) => p.data?.code,
    valueFormatter: (p: ValueFormatterParams<T, string>) => withMark(p.value ?? '', p.data, fields),
    width: 104,
    ...noted<T>(fields, lang),
  };
}

function nameColumn<T extends Row>({ lang, t, view }: ColumnContext): ColDef<T> {
  return {
    ...state<T>('name', view),
    headerName: t('grid.name'),
    valueGetter: (p) => p.data?.name[lang],
    comparator: (a: string, b: string) => a.localeCompare(b, lang === 'zh' ? 'zh-CN' : 'en'),
    // Both names as a tooltip: the full name where the cell cuts it, and the other language's.
    tooltip: (p) =>
      p.data ? `${p.data.name[lang]} · ${p.data.name[lang === 'zh' ? 'en' : 'zh']}` : undefined,
    minWidth: 100,
    flex: 1,
  };
}

function signedPercentColumn<T extends Row>(
  id: string,
  headerName: string,
  get: (row: T) => number,
  context: ColumnContext,
  extra: Partial<ColDef<T>> = {},
): ColDef<T> {
  const { lang, view } = context;
  return {
    ...state<T>(id, view),
    ...columnHeader<T>(id, headerName, context),
    type: 'rightAligned',
    valueGetter: (p) => (p.data ? get(p.data) : null),
    valueFormatter: (p: ValueFormatterParams<T, number>) => {
      if (p.value === null || p.value === undefined) return '-';
      const arrow = arrowFor(p.value);
      return withMark(`${arrow ? `${arrow} ` : ''}${formatPercent(p.value, lang, 2)}`, p.data, [
        id,
      ]);
    },
    cellClassRules: {
      up: (p) => typeof p.value === 'number' && p.value > 0,
      down: (p) => typeof p.value === 'number' && p.value < 0,
      flat: (p) => p.value === 0,
      'has-note': (p) => noteText(p.data, [id], lang) !== '',
    },
    tooltip: (p) => noteText(p.data, [id], lang) || undefined,
    width: 112,
    ...extra,
  };
}

function numberColumn<T extends Row>(
  id: string,
  headerName: string,
  get: (row: T) => number | null,
  context: ColumnContext,
  digits: number | undefined,
  extra: Partial<ColDef<T>> = {},
): ColDef<T> {
  const { lang, view } = context;
  return {
    ...state<T>(id, view),
    ...columnHeader<T>(id, headerName, context),
    type: 'rightAligned',
    valueGetter: (p) => (p.data ? get(p.data) : null),
    // Negative PE prints as printed (a loss); "-" in the report is null and prints "-".
    valueFormatter: (p: ValueFormatterParams<T, number | null>) =>
      p.value === null || p.value === undefined
        ? '-'
        : withMark(formatNumber(p.value, lang, digits === undefined ? {} : { digits }), p.data, [
            id,
          ]),
    comparator: nullsLast,
    width: 88,
    ...noted<T>([id], lang),
    ...extra,
  };
}

export function aShareColumns(
  context: ColumnContext,
  reading: CompaniesDataset['tableFourColumns'],
): ColDef<AShareCompany>[] {
  const { lang, t, view } = context;
  const readingOf = (field: string) => reading.columns.find((c) => c.field === field);
  const growth = (field: keyof AShareCompany & string): ColDef<AShareCompany> => {
    const column = readingOf(field);
    const label = column ? column.reading[lang] : field;
    return signedPercentColumn<AShareCompany>(
      field,
      label,
      (row) => row[field] as number,
      context,
      {
        // These labels come from the dataset, so they may be long: the header shows at most four
        // lines (styles.css) and the tooltip the whole label, then the header as printed.
        headerTooltip: column
          ? `${label}\n${t('grid.printedHeader', { header: column.printedHeader })}`
          : label,
        width: 114,
      },
    );
  };
  return [
    codeColumn<AShareCompany>(context),
    nameColumn<AShareCompany>(context),
    growth('revenueGrowth2023'),
    growth('netProfitGrowth2023'),
    growth('revenueGrowthH1_2024'),
    growth('netProfitGrowthH1_2024'),
    {
      ...state<AShareCompany>('marketCapYi', view),
      headerName: t('grid.marketCapYi'),
      type: 'rightAligned',
      valueGetter: (p) => p.data?.marketCapYi,
      valueFormatter: (p: ValueFormatterParams<AShareCompany, number>) =>
        p.value === null || p.value === undefined ? '-' : formatMoneyYi(p.value, lang, 2),
      width: 132,
    },
    numberColumn<AShareCompany>('peTtm', t('grid.peTtm'), (r) => r.peTtm, context, 2),
    numberColumn<AShareCompany>('psTtm', t('grid.psTtm'), (r) => r.psTtm, context, 2),
    signedPercentColumn<AShareCompany>(
      'monthChangePct',
      t('grid.monthChangePct'),
      (r) => r.monthChangePct,
      context,
    ),
    signedPercentColumn<AShareCompany>(
      'ytdChangePct',
      t('grid.ytdChangePct'),
      (r) => r.ytdChangePct,
      context,
    ),
  ];
}

export function overseasColumns(context: ColumnContext): ColDef<OverseasCompany>[] {
  const { lang, t, view } = context;
  // The h1Revenue note is about the header's unit for revenue and net profit alike.
  const moneyNote = ['h1Revenue'];
  return [
    codeColumn<OverseasCompany>(context),
    nameColumn<OverseasCompany>(context),
    {
      ...state<OverseasCompany>('currency', view),
      headerName: t('grid.currency'),
      valueGetter: (p) => p.data?.currency,
      width: 84,
    },
    numberColumn<OverseasCompany>(
      'h1Revenue',
      t('grid.h1Revenue'),
      (r) => r.h1Revenue,
      context,
      2,
      {
        width: 108,
      },
    ),
    signedPercentColumn<OverseasCompany>(
      'h1RevenueYoy',
      t('grid.h1RevenueYoy'),
      (r) => r.h1RevenueYoy,
      context,
      {
        width: 108,
      },
    ),
    numberColumn<OverseasCompany>(
      'h1NetProfit',
      t('grid.h1NetProfit'),
      (r) => r.h1NetProfit,
      context,
      2,
      {
        width: 108,
        valueFormatter: (p: ValueFormatterParams<OverseasCompany, number | null>) =>
          p.value === null || p.value === undefined
            ? '-'
            : withMark(formatNumber(p.value, lang, { digits: 2 }), p.data, moneyNote),
        ...noted<OverseasCompany>(moneyNote, lang),
      },
    ),
    signedPercentColumn<OverseasCompany>(
      'netProfitGrowth1y',
      t('grid.netProfitGrowth1y'),
      (r) => r.netProfitGrowth1y,
      context,
      { width: 108 },
    ),
    {
      ...state<OverseasCompany>('marketCap', view),
      headerName: t('grid.marketCap'),
      headerTooltip: t('grid.marketCapSort'),
      type: 'rightAligned',
      valueGetter: (p) => p.data?.marketCap,
      valueFormatter: (p: ValueFormatterParams<OverseasCompany, number>) =>
        p.data && typeof p.value === 'number'
          ? formatForeignMoneyYi(p.value, p.data.currency, lang, 2)
          : '-',
      // Never rank USD against HKD by raw number: group by currency, then by value.
      comparator: (a: number, b: number, na, nb) => {
        const ca = na.data?.currency ?? '';
        const cb = nb.data?.currency ?? '';
        return ca === cb ? a - b : ca.localeCompare(cb);
      },
      width: 140,
    },
    numberColumn<OverseasCompany>('peTtm', t('grid.peTtm'), (r) => r.peTtm, context, 2),
    numberColumn<OverseasCompany>('psTtm', t('grid.psTtm'), (r) => r.psTtm, context, 2),
    signedPercentColumn<OverseasCompany>(
      'monthChangePct',
      t('grid.monthChangePct'),
      (r) => r.monthChangePct,
      context,
    ),
    signedPercentColumn<OverseasCompany>(
      'ytdChangePct',
      t('grid.ytdChangePct'),
      (r) => r.ytdChangePct,
      context,
    ),
  ];
}

const forecastYears = [
  { key: 'a2023', label: '2023A', id: 'A2023' },
  { key: 'e2024', label: '2024E', id: 'E2024' },
  { key: 'e2025', label: '2025E', id: 'E2025' },
] as const;

export function forecastColumns(context: ColumnContext): ColDef<Forecast>[] {
  const { lang, t, view } = context;
  const eps = forecastYears.map(({ key, label, id }) =>
    numberColumn<Forecast>(
      `eps${id}`,
      t('grid.eps', { year: label }),
      (r) => r.eps[key],
      context,
      undefined,
      {
        ...noted<Forecast>(['eps'], lang),
      },
    ),
  );
  const pe = forecastYears.map(({ key, label, id }) =>
    numberColumn<Forecast>(
      `pe${id}`,
      t('grid.pe', { year: label }),
      (r) => r.pe[key],
      context,
      undefined,
      {
        valueFormatter: (p: ValueFormatterParams<Forecast, number | null>) =>
          p.value === null || p.value === undefined
            ? '-'
            : withMark(formatNumber(p.value, lang, { digits: 2 }), p.data, ['pe']),
        ...noted<Forecast>(['pe'], lang),
      },
    ),
  );
  return [
    codeColumn<Forecast>(context),
    nameColumn<Forecast>(context),
    ...eps,
    ...pe,
    {
      ...state<Forecast>('rating', view),
      headerName: t('grid.rating'),
      valueGetter: (p) => (p.data?.rating ? p.data.rating[lang] : '-'),
      width: 110,
    },
  ];
}
