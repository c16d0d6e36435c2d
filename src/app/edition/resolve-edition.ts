import type { Editions } from '../editions-schema';

export type Edition = Editions['editions'][number];

/** Why the edition shown is not the one asked for (the shell says so). */
export type EditionNotice =
  { kind: 'unknown-requested'; requested: string } | { kind: 'latest-not-listed'; latest: string };

export interface ResolvedEdition {
  edition: Edition;
  /** The edition before it (by data date), when the data host lists one. */
  previous: Edition | null;
  notice: EditionNotice | null;
}

const byDataDate = (a: Edition, b: Edition): number =>
  a.dataAsOf === b.dataAsOf ? a.id.localeCompare(b.id) : a.dataAsOf.localeCompare(b.dataAsOf);

/** The listed editions, oldest first by data date. */
export function editionsByDate(editions: Editions): Edition[] {
  return [...editions.editions].sort(byDataDate);
}

/**
 * The edition to show for `?edition=<requested>`: that edition when listed, otherwise `latest`
 * (with a notice when something was asked for). A `latest` that is not listed falls back to the
 * newest listed edition by data date, with a notice, so the other editions stay usable.
 * Null only when nothing is listed.
 */
export function resolveEdition(
  editions: Editions,
  requested: string | null,
): ResolvedEdition | null {
  const listed = editionsByDate(editions);
  const newest = listed.at(-1);
  if (!newest) return null;
  const latest = listed.find((e) => e.id === editions.latest);
  const asked = requested === null ? undefined : listed.find((e) => e.id === requested);
  const edition = asked ?? latest ?? newest;
  const notice: EditionNotice | null =
    requested !== null && !asked
      ? { kind: 'unknown-requested', requested }
      : !asked && !latest
        ? { kind: 'latest-not-listed', latest: editions.latest }
        : null;
  const index = listed.indexOf(edition);
  return { edition, previous: index > 0 ? (listed[index - 1] ?? null) : null, notice };
}
