/** One problem the data checker found, in words a maintainer can act on. */
export interface DataProblem {
  /** File relative to the data root, e.g. "2024-11/funds.json". */
  file: string;
  /** JSON path inside the file, e.g. "$.funds[3].code" ("$" for the whole file). */
  path: string;
  /** What the rule expects, in plain words. */
  expected: string;
  /** What the file has. */
  found: string;
}

/** "$.funds[3].code" from ["funds", 3, "code"]. */
export function jsonPath(parts: readonly PropertyKey[]): string {
  return parts.reduce<string>(
    (path, part) =>
      typeof part === 'number'
        ? `${path}[${part}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(part))
          ? `${path}.${String(part)}`
          : `${path}[${JSON.stringify(String(part))}]`,
    '$',
  );
}

/** A short, printable rendering of a found value (long strings and objects are cut). */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    return JSON.stringify(cut);
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function formatProblem(problem: DataProblem): string {
  return `${problem.file} ${problem.path}: expected ${problem.expected}; found ${problem.found}`;
}
