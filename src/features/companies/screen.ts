import type { BilingualText, DataNote } from '../../shared/lib/dataset-schema';
import { formatList } from '../../shared/lib/format';
import type { AShareCompany, ColumnNote, Forecast, OverseasCompany } from './companies-schema';
import { capRangeApplies, type CompaniesView, type NumberRange } from './view-state';

/**
 * The screener's filters as pure functions, so the grid, the count line and the charts all show
 * the same rows. Ranges are inclusive and in the units the table prints (% for returns, 亿 of the
 * row's currency for market cap). A row without a value (overseas PE printed "-") never passes an
 * active range on that value: "PE between 0 and 50" must not include "no PE".
 */
export function inRange(value: number | null, range: NumberRange): boolean {
  if (range.min === null && range.max === null) return true;
  if (value === null) return false;
  return (range.min === null || value >= range.min) && (range.max === null || value <= range.max);
}

const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, '');

/** Quick search: the code or either language's name contains the query (case and spaces ignored). */
export function matchesQuery(row: { code: string; name: BilingualText }, query: string): boolean {
  const q = normalise(query);
  if (q === '') return true;
  return [row.code, row.name.zh, row.name.en].some((text) => normalise(text).includes(q));
}

export function screenAShare(rows: readonly AShareCompany[], view: CompaniesView): AShareCompany[] {
  const { ranges } = view;
  return rows.filter(
    (row) =>
      matchesQuery(row, view.query) &&
      inRange(row.monthChangePct, ranges.month) &&
      inRange(row.ytdChangePct, ranges.ytd) &&
      inRange(row.peTtm, ranges.pe) &&
      inRange(row.psTtm, ranges.ps) &&
      inRange(row.marketCapYi, ranges.cap),
  );
}

export function screenOverseas(
  rows: readonly OverseasCompany[],
  view: CompaniesView,
): OverseasCompany[] {
  const { ranges } = view;
  const capApplies = capRangeApplies('overseas', view.currency);
  return rows.filter(
    (row) =>
      matchesQuery(row, view.query) &&
      (view.currency === 'all' || row.currency === view.currency) &&
      inRange(row.monthChangePct, ranges.month) &&
      inRange(row.ytdChangePct, ranges.ytd) &&
      inRange(row.peTtm, ranges.pe) &&
      inRange(row.psTtm, ranges.ps) &&
      (!capApplies || inRange(row.marketCap, ranges.cap)),
  );
}

export function screenForecasts(rows: readonly Forecast[], view: CompaniesView): Forecast[] {
  return rows.filter((row) => matchesQuery(row, view.query));
}

/** The notes on one field of a row (or on the whole row, field null), for cell markers. */
export function notesFor(row: { notes: readonly DataNote[] }, field: string): DataNote[] {
  return row.notes.filter((note) => note.field === field);
}

/**
 * All notes of some rows for the list under a grid, each prefixed with the companies it concerns.
 * Identical notes (the same text on eight overseas rows) are listed once with every name.
 */
export function groupNotes(
  rows: readonly { code: string; name: BilingualText; notes: readonly DataNote[] }[],
): DataNote[] {
  const groups = new Map<string, { note: DataNote; zh: string[]; en: string[] }>();
  for (const row of rows) {
    for (const note of row.notes) {
      const key = `${note.field ?? ''}|${note.text.zh}`;
      const group = groups.get(key) ?? { note, zh: [], en: [] };
      group.zh.push(`${row.name.zh}（${row.code}）`);
      group.en.push(`${row.name.en} (${row.code})`);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ note, zh, en }) => ({
    field: note.field,
    text: {
      zh: `${formatList(zh, 'zh')}：${note.text.zh}`,
      en: `${formatList(en, 'en')}: ${note.text.en}`,
    },
  }));
}

/** A table's column-level notes, for the notes list under its grid (each said once). */
export function tableColumnNotes(notes: readonly ColumnNote[], table: number): ColumnNote[] {
  return notes.filter((note) => note.table === table);
}

export function columnNotesAsDataNotes(notes: readonly ColumnNote[]): DataNote[] {
  return notes.map((note) => ({ field: note.fields[0] ?? null, text: note.text }));
}
