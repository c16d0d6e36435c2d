import type * as z from 'zod/mini';

import { jsonPath, shown, type DataProblem } from './problem';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** What a zod issue expected, in words ("a number", "one of "up", "not-up"", …). */
function expectedOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'array'
        ? 'a list'
        : issue.expected === 'object'
          ? 'an object'
          : `a ${issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'a non-empty text'
        : `at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : ''}`;
    case 'too_big':
      return `at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : ''}`;
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue
        ? `text matching ${String(issue.pattern)}`
        : `a ${issue.format}`;
    case 'unrecognized_keys':
      return `no field named ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** Every place `data` fails `schema`, as checker problems for `file`. */
export function schemaProblems(file: string, schema: z.ZodMiniType, data: unknown): DataProblem[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return (result.error.issues as Issue[]).map((issue) => ({
    file,
    path: jsonPath(issue.path),
    expected: expectedOf(issue),
    found: issue.code === 'unrecognized_keys' ? 'such a field' : shown(issue.input),
  }));
}
