import type { TFunction } from 'i18next';
import type { ColDef } from 'ag-grid-community';

import type { DataNote } from '../../../shared/lib/dataset-schema';
import { formatForeignMoneyYi, formatMoneyYi, type Lang } from '../../../shared/lib/format';
import {
  columnSource,
  gridContextOf,
  hasNote,
  NOTE_MARK,
  type ColumnSpec,
  type GridColumnType,
  type GridContext,
} from '../../../shared/ui/grid-column-types';
import {
  watchColumn,
  type WatchGridContext,
  type WatchLabels,
} from '../../../shared/ui/watch-star-column';
import type {
  AShareCompany,
  ColumnNote,
  CompaniesDataset,
  Forecast,
  OverseasCompany,
} from '../companies-schema';
import type { CompaniesView } from '../view-state';

/**
 * Column definitions of the three grids, on the shared column types. Every figure goes through
 * format.ts at the decimals the report prints (2 in 表4/表5 and for forecast PE, "72.70"; forecast
 * EPS as stored, the report prints "1.3" next to "1.02"). Signed figures get an explicit sign, an
 * arrow and the up/down class; a cell with a data note gets a "†" marker and the note as its
 * tooltip (the notes list under the grid repeats them).
 */

/**
 * The grids' context. The report prints "-" where 表4 / 表5 and the forecasts have no figure
 * (a loss-making company's PE, say), and the grids show that dash.
 */
export const companiesGridContext = (lang: Lang, watch?: WatchLabels): WatchGridContext => ({
  lang,
  blank: 'printedDash',
  ...(watch ? { watch } : {}),
});

/** The watchlist star, first in every tab. */
const starColumn = <T extends Row>(): ColDef<T> =>
  watchColumn<T>({
    kind: 'companies',
    codes: (row) => [row.code],
    name: (row, lang) => row.name[lang],
  });

/** What the headers are built from (they are rebuilt with the language, sort and hidden columns). */
interface ColumnInput {
  lang: Lang;
  t: TFunction<readonly ['companies', 'translation']>;
  view: CompaniesView;
  /** Notes on whole columns of this table: a "†" on the header and the note as its tooltip. */
  columnNotes?: readonly ColumnNote[];
}

type Row = { code: string; name: { zh: string; en: string }; notes: readonly DataNote[] };
type Get<T> = (row: T, context: GridContext) => number | string | null;

/** The notes of a row on `fields` (null: notes on the whole row), as one text. */
const notesOn =
  (fields: readonly (string | null)[]) =>
  (row: Row, lang: Lang): string =>
    row.notes
      .filter((note) => fields.includes(note.field))
      .map((note) => note.text[lang])
      .join('\n');

/** A column whose cells may carry data notes: type, value, sort key, † marker and tooltip. */
function notedColumn<T extends Row>(
  type: GridColumnType,
  get: Get<T>,
  noteFields: readonly (string | null)[],
  spec: ColumnSpec<T> = {},
): Partial<ColDef<T>> {
  return {
    type: [type, 'noted'],
    ...columnSource<T>(get, { ...spec, note: notesOn(noteFields) }),
    cellClassRules: { 'has-note': hasNote },
  };
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
  { lang, columnNotes = [] }: ColumnInput,
): Partial<ColDef<T>> {
  const note = columnNotes.find((n) => n.fields.includes(id));
  return note
    ? { headerName: `${headerName}${NOTE_MARK}`, headerTooltip: note.text[lang] }
    : { headerName };
}

function codeColumn<T extends Row>({ t, view }: ColumnInput): ColDef<T> {
  return {
    ...state<T>('code', view),
    headerName: t('grid.code'),
    ...notedColumn<T>('text', (row) => row.code, ['code', null]),
    width: 104,
  };
}

function nameColumn<T extends Row>({ t, view }: ColumnInput): ColDef<T> {
  return {
    ...state<T>('name', view),
    headerName: t('grid.name'),
    type: 'collatedText',
    ...columnSource<T>((row, { lang }) => row.name[lang]),
    // Both names as a tooltip: the full name where the cell cuts it, and the other language's.
    tooltip: (p) => {
      const { lang } = gridContextOf(p);
      return p.data
        ? `${p.data.name[lang]} · ${p.data.name[lang === 'zh' ? 'en' : 'zh']}`
        : undefined;
    },
    minWidth: 100,
    flex: 1,
  };
}

function signedPercentColumn<T extends Row>(
  id: string,
  headerName: string,
  get: (row: T) => number | null,
  input: ColumnInput,
  extra: Partial<ColDef<T>> = {},
): ColDef<T> {
  return {
    ...state<T>(id, input.view),
    ...columnHeader<T>(id, headerName, input),
    ...notedColumn<T>('signedPercent', get, [id]),
    width: 112,
    ...extra,
  };
}

function numberColumn<T extends Row>(
  id: string,
  headerName: string,
  get: (row: T) => number | null,
  input: ColumnInput,
  { digits, noteFields = [id] }: { digits?: number; noteFields?: readonly string[] } = {},
  extra: Partial<ColDef<T>> = {},
): ColDef<T> {
  return {
    ...state<T>(id, input.view),
    ...columnHeader<T>(id, headerName, input),
    // Negative PE prints as printed (a loss); "-" in the report is null and prints "-".
    ...notedColumn<T>('decimal', get, noteFields, digits === undefined ? {} : { digits }),
    width: 88,
    ...extra,
  };
}

type Valued = Row & {
  peTtm: number | null;
  psTtm: number;
  monthChangePct: number;
  ytdChangePct: number;
};

/** 表4 and 表5 end alike: PE and PS (TTM), then the month's and the year's change. */
function valuationColumns<T extends Valued>(input: ColumnInput): ColDef<T>[] {
  const { t } = input;
  return [
    numberColumn<T>('peTtm', t('grid.peTtm'), (r) => r.peTtm, input, { digits: 2 }),
    numberColumn<T>('psTtm', t('grid.psTtm'), (r) => r.psTtm, input, { digits: 2 }),
    signedPercentColumn<T>(
      'monthChangePct',
      t('grid.monthChangePct'),
      (r) => r.monthChangePct,
      input,
    ),
    signedPercentColumn<T>('ytdChangePct', t('grid.ytdChangePct'), (r) => r.ytdChangePct, input),
  ];
}

export function aShareColumns(
  input: ColumnInput,
  reading: CompaniesDataset['tableFourColumns'],
): ColDef<AShareCompany>[] {
  const { lang, t, view } = input;
  const readingOf = (field: string) => reading.columns.find((c) => c.field === field);
  const growth = (field: keyof AShareCompany & string): ColDef<AShareCompany> => {
    const column = readingOf(field);
    const label = column ? column.reading[lang] : field;
    return signedPercentColumn<AShareCompany>(field, label, (row) => row[field] as number, input, {
      // These labels come from the dataset, so they may be long: the header shows at most four
      // lines (styles.css) and the tooltip the whole label, then the header as printed.
      headerTooltip: column
        ? `${label}\n${t('grid.printedHeader', { header: column.printedHeader })}`
        : label,
      width: 114,
    });
  };
  return [
    starColumn<AShareCompany>(),
    codeColumn<AShareCompany>(input),
    nameColumn<AShareCompany>(input),
    growth('revenueGrowth2023'),
    growth('netProfitGrowth2023'),
    growth('revenueGrowthH1_2024'),
    growth('netProfitGrowthH1_2024'),
    {
      ...state<AShareCompany>('marketCapYi', view),
      headerName: t('grid.marketCapYi'),
      type: 'decimal',
      ...columnSource<AShareCompany>((row) => row.marketCapYi, {
        format: (value, language) => formatMoneyYi(value, language, 2),
        digits: 2,
        // The cells read "CNY 68.866bn"; the exported figure is in 亿元, so the header names it.
        csvHeader: () => t('grid.marketCapYiUnit'),
      }),
      width: 132,
    },
    ...valuationColumns<AShareCompany>(input),
  ];
}

/** Never rank USD against HKD by raw number: group by currency, then by value. */
const byCurrencyThenCap = (a: OverseasCompany, b: OverseasCompany): number =>
  a.currency === b.currency ? a.marketCap - b.marketCap : a.currency.localeCompare(b.currency);

export function overseasColumns(input: ColumnInput): ColDef<OverseasCompany>[] {
  const { t, view } = input;
  return [
    starColumn<OverseasCompany>(),
    codeColumn<OverseasCompany>(input),
    nameColumn<OverseasCompany>(input),
    {
      ...state<OverseasCompany>('currency', view),
      headerName: t('grid.currency'),
      type: 'text',
      ...columnSource<OverseasCompany>((row) => row.currency),
      width: 84,
    },
    numberColumn<OverseasCompany>(
      'h1Revenue',
      t('grid.h1Revenue'),
      (r) => r.h1Revenue,
      input,
      { digits: 2 },
      { width: 108 },
    ),
    signedPercentColumn<OverseasCompany>(
      'h1RevenueYoy',
      t('grid.h1RevenueYoy'),
      (r) => r.h1RevenueYoy,
      input,
      { width: 108 },
    ),
    numberColumn<OverseasCompany>(
      'h1NetProfit',
      t('grid.h1NetProfit'),
      (r) => r.h1NetProfit,
      input,
      // The h1Revenue note is about the header's unit for revenue and net profit alike.
      { digits: 2, noteFields: ['h1Revenue'] },
      { width: 108 },
    ),
    signedPercentColumn<OverseasCompany>(
      'netProfitGrowth1y',
      t('grid.netProfitGrowth1y'),
      (r) => r.netProfitGrowth1y,
      input,
      { width: 108 },
    ),
    {
      ...state<OverseasCompany>('marketCap', view),
      headerName: t('grid.marketCap'),
      headerTooltip: t('grid.marketCapSort'),
      type: 'decimal',
      ...columnSource<OverseasCompany, GridContext, number, OverseasCompany>(
        (row) => row.marketCap,
        {
          format: (value, language, row) => formatForeignMoneyYi(value, row.currency, language, 2),
          sortKey: (row) => row,
          compare: byCurrencyThenCap,
        },
      ),
      width: 140,
    },
    ...valuationColumns<OverseasCompany>(input),
  ];
}

const forecastYears = [
  { key: 'a2023', label: '2023A', id: 'A2023' },
  { key: 'e2024', label: '2024E', id: 'E2024' },
  { key: 'e2025', label: '2025E', id: 'E2025' },
] as const;

export function forecastColumns(input: ColumnInput): ColDef<Forecast>[] {
  const { t, view } = input;
  // EPS as stored (the report prints "1.3" next to "1.02"); PE at two decimals.
  const eps = forecastYears.map(({ key, label, id }) =>
    numberColumn<Forecast>(`eps${id}`, t('grid.eps', { year: label }), (r) => r.eps[key], input, {
      noteFields: ['eps'],
    }),
  );
  const pe = forecastYears.map(({ key, label, id }) =>
    numberColumn<Forecast>(`pe${id}`, t('grid.pe', { year: label }), (r) => r.pe[key], input, {
      digits: 2,
      noteFields: ['pe'],
    }),
  );
  return [
    starColumn<Forecast>(),
    codeColumn<Forecast>(input),
    nameColumn<Forecast>(input),
    ...eps,
    ...pe,
    {
      ...state<Forecast>('rating', view),
      headerName: t('grid.rating'),
      type: 'collatedText',
      // No rating is a printed "-": blank, shown as the dash, empty in the CSV, sorted last.
      ...columnSource<Forecast>((row, { lang }) => (row.rating ? row.rating[lang] : null)),
      width: 110,
    },
  ];
}
