import { createParser, type SingleParserBuilder } from 'nuqs';

/**
 * nuqs parsers for the value syntaxes pages keep in their URLs. Everything in the address is
 * untrusted: each parser returns null for anything it does not recognise, and nuqs then gives the
 * parameter's default, so garbage falls back to defaults value by value and never throws.
 * Each page declares its own parser map from these (see the features' view-state files).
 */

const MAX_MAGNITUDE = 1e12;

/** A finite number within ±1e12, else null ("" and "abc" and "Infinity" are null). */
export function parseNumber(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && Math.abs(number) <= MAX_MAGNITUDE ? number : null;
}

/** A bound such as `min3m=-3.5`: finite and within ±1e12 (a typed-in 1e400 is not a filter). */
export const parseAsBoundedNumber: SingleParserBuilder<number> = createParser({
  parse: parseNumber,
  serialize: String,
});

/** Free text, trimmed and capped so a huge parameter cannot slow the page. */
export function parseAsText(max = 200): SingleParserBuilder<string> {
  return createParser({
    parse: (value) => value.trim().slice(0, max),
    serialize: (value) => value.trim(),
  });
}

/** Equal lists, item by item (lists are parsed anew on every address change). */
function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * A comma-separated list (`kind=etf,index`) keeping only allowed values, in the address's order,
 * without duplicates. Pages that want one address per view write it in a canonical order.
 */
export function parseAsList<const T extends string>(
  allowed: readonly T[],
): SingleParserBuilder<T[]> {
  return createParser({
    parse: (value) => {
      if (value === '') return [];
      const seen = new Set<T>();
      for (const item of value.split(',')) {
        if ((allowed as readonly string[]).includes(item)) seen.add(item as T);
      }
      return [...seen];
    },
    serialize: (values) => values.join(','),
    eq: sameList,
  });
}

/** A list of codes (or ids) matching `pattern`, at most `max` of them, without duplicates. */
export function parseAsIdList(pattern: RegExp, max = 50): SingleParserBuilder<string[]> {
  return createParser({
    parse: (value) =>
      value === ''
        ? []
        : [...new Set(value.split(',').filter((id) => pattern.test(id)))].slice(0, max),
    serialize: (values) => values.slice(0, max).join(','),
    eq: sameList,
  });
}

/** A single id or code matching `pattern` (an expanded item, a selected row). */
export function parseAsMatch(pattern: RegExp): SingleParserBuilder<string> {
  return createParser({
    parse: (value) => (pattern.test(value) ? value : null),
    serialize: String,
  });
}

/**
 * A switch written as one fixed token (`one=1`, `top=1m`): true only for that token. Use with
 * `.withDefault(false)` so "off" leaves the parameter out.
 */
export function parseAsFlag(token: string): SingleParserBuilder<boolean> {
  return createParser<boolean>({
    parse: (value) => (value === token ? true : null),
    // Off is written as nothing (read back as off); with the default it is not written at all.
    serialize: (on) => (on ? token : ''),
  });
}

export interface ColumnSort<C extends string> {
  column: C;
  direction: 'asc' | 'desc';
}

/** A sort written `column.direction` (`sort=r1m.desc`); anything else (`r1m`, `x.asc`) is null. */
export function parseAsSort<const C extends string>(
  columns: readonly C[],
): SingleParserBuilder<ColumnSort<C>> {
  return createParser({
    parse: (value) => {
      const [column, direction, ...rest] = value.split('.');
      if (rest.length > 0 || !(columns as readonly string[]).includes(column ?? '')) return null;
      if (direction !== 'asc' && direction !== 'desc') return null;
      return { column: column as C, direction };
    },
    serialize: (sort) => `${sort.column}.${sort.direction}`,
    eq: (a, b) => a.column === b.column && a.direction === b.direction,
  });
}

/** A real calendar day written yyyy-mm-dd (2024-02-30 and 2024-13-01 are null). */
export function parseIsoDay(value: string | null): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}

/** A day as its yyyy-mm-dd text (kept as text: the pages compare and display it as written). */
export const parseAsIsoDay: SingleParserBuilder<string> = createParser({
  parse: parseIsoDay,
  serialize: String,
});
