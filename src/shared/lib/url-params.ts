/**
 * Parsers for view state kept in the URL. Everything in the address is untrusted: each parser
 * returns its fallback for anything it does not recognise, so garbage falls back to defaults.
 */
export function parseEnum<const T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A finite number within ±1e12, else null ("" and "abc" and "Infinity" are null). */
export function parseNumber(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && Math.abs(number) <= 1e12 ? number : null;
}

/** A comma-separated list keeping only allowed values, without duplicates. */
export function parseList<const T extends string>(
  value: string | null,
  allowed: readonly T[],
): T[] {
  if (!value) return [];
  const seen = new Set<T>();
  for (const item of value.split(',')) {
    if ((allowed as readonly string[]).includes(item)) seen.add(item as T);
  }
  return [...seen];
}

/** Free text, trimmed and capped so a huge parameter cannot slow the page. */
export function parseText(value: string | null, max = 200): string {
  return (value ?? '').trim().slice(0, max);
}

/** A list of codes (or ids) matching `pattern`, at most `max` of them. */
export function parseIds(value: string | null, pattern: RegExp, max = 50): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter((id) => pattern.test(id)))].slice(0, max);
}

/**
 * Writes `values` into a copy of `params`: null, undefined, '' and values equal to the default
 * are removed so that default views have clean URLs.
 */
export function withParams(
  params: URLSearchParams,
  values: Record<string, string | number | null | undefined>,
  defaults: Record<string, string | number> = {},
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '' || defaults[key] === value)
      next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}
