import * as z from 'zod/mini';

import { readStored, removeStored, writeStored } from '../../shared/lib/safe-storage';
import type { TextEncodingName } from './user-figures-decode';

import {
  USER_FIGURES_MAX_ROWS,
  type UserFigure,
  type UserFigureError,
  type UserFiguresParse,
} from './user-figures';

/** The analyst's own figures, kept apart from the report's data under their own key. */
export const USER_FIGURES_KEY = 'ai-dashboard.sectors.user-figures';

const finite = z.number().check(z.refine(Number.isFinite));

const storedSchema = z.object({
  version: z.literal(1),
  /** File name, or empty for pasted text. */
  source: z.string().check(z.maxLength(300)),
  savedAt: z.string().check(z.maxLength(40)),
  figures: z
    .array(
      z.object({
        id: z.string().check(z.minLength(1), z.maxLength(100)),
        revenueGrowthPct: finite,
        profitGrowthPct: finite,
        row: z.int().check(z.positive()),
      }),
    )
    .check(z.minLength(1), z.maxLength(USER_FIGURES_MAX_ROWS)),
});

export interface StoredUserFigures {
  version: 1;
  source: string;
  savedAt: string;
  figures: UserFigure[];
}

/** What was saved, or null. Anything stored is untrusted: a corrupt value is ignored (and removed). */
export function loadUserFigures(): StoredUserFigures | null {
  const raw = readStored(USER_FIGURES_KEY);
  if (raw === null) return null;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    /* not JSON: fall through */
  }
  removeStored(USER_FIGURES_KEY);
  return null;
}

/** Saves; false when the browser refuses (private mode, quota), so the page can say it will not survive a reload. */
export function saveUserFigures(value: StoredUserFigures): boolean {
  return writeStored(USER_FIGURES_KEY, JSON.stringify(value));
}

export function clearUserFigures(): void {
  removeStored(USER_FIGURES_KEY);
}

/** What one import did, for the page to report. */
export interface ImportOutcome {
  /** The file's name, or null for pasted text. */
  fileName: string | null;
  errors: UserFigureError[];
  accepted: number;
  headerRow: number | null;
  /** True when the import's good rows replaced what was loaded before. */
  replaced: boolean;
  /** The encoding a file was decoded from; null for pasted text or a file refused unread. */
  encoding?: TextEncodingName | null;
}

/**
 * Decides what an import leaves loaded. An import with at least one good row replaces the previous
 * data (the analyst chose a new file; mixing two files' rows would give a table nobody wrote);
 * its bad rows are reported. An import without a single good row changes nothing: the previous
 * data stays, and the errors say why the new file was not used.
 */
export function applyImport(
  previous: StoredUserFigures | null,
  parse: Pick<UserFiguresParse, 'figures' | 'errors' | 'headerRow'>,
  fileName: string | null,
  now: Date,
): { next: StoredUserFigures | null; outcome: ImportOutcome } {
  const outcome = (replaced: boolean): ImportOutcome => ({
    fileName,
    errors: parse.errors,
    accepted: replaced ? parse.figures.length : 0,
    headerRow: parse.headerRow,
    replaced,
  });
  if (parse.figures.length === 0) return { next: previous, outcome: outcome(false) };
  return {
    next: {
      version: 1,
      source: fileName ?? '',
      savedAt: now.toISOString(),
      figures: parse.figures.slice(0, USER_FIGURES_MAX_ROWS),
    },
    outcome: outcome(true),
  };
}

/** An import refused before parsing (too large, unreadable): nothing changes. */
export function refusedImport(fileName: string | null, error: UserFigureError): ImportOutcome {
  return { fileName, errors: [error], accepted: 0, headerRow: null, replaced: false };
}
