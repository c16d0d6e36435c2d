import type { FundGroup } from '../fund-filters';
import type { Fund } from '../funds-schema';

/** A grid row: one share class, or one fund with its classes side by side. */
export type FundRow = Fund | FundGroup;

export const isGroup = (row: FundRow): row is FundGroup => 'members' in row;
export const isGroupRow = (row: FundRow | undefined): boolean => row !== undefined && isGroup(row);
export const rowId = (row: FundRow): string => (isGroup(row) ? `fund:${row.fundKey}` : row.code);
/** The share-class codes behind a row (what the selection and the chart work with). */
export const codesOf = (row: FundRow | undefined): string[] =>
  row === undefined ? [] : isGroup(row) ? row.members.map((fund) => fund.code) : [row.code];

/** Whether a row is ticked when `wanted` codes are selected: all of its share classes are. */
export function isTicked(row: FundRow | undefined, wanted: ReadonlySet<string>): boolean {
  const codes = codesOf(row);
  return codes.length > 0 && codes.every((code) => wanted.has(code));
}
