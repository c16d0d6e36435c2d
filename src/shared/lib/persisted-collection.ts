import * as z from 'zod/mini';
import { create, type Mutate, type StoreApi, type UseBoundStore } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';

import { readStored, removeStored, writeStored } from './safe-storage';

/**
 * A list of things the user keeps in this browser (saved screens, watchlists), written once for
 * all of them: persisted with zustand `persist` under a version, every entry validated with zod
 * when it is loaded, exported to and imported from a JSON file.
 *
 * Whatever storage or a file holds is untrusted. On load an entry that fails its schema (or
 * repeats an id, or exceeds the limit) is dropped and counted, so the page can say so; the rest
 * load, and nothing throws. An import is all or nothing: a file that is too large, not JSON, not
 * ours, from a newer version, or has one bad entry is refused with its reason and changes nothing.
 */
export interface CollectionSpec<T extends { id: string }> {
  /** localStorage key. */
  key: string;
  /** The `format` an exported file carries, so a file of another kind is refused. */
  format: string;
  version: number;
  entry: z.ZodMiniType<T>;
  maxEntries: number;
  /** The entries an older version stored, in this version's shape (they are validated after). */
  migrate: (entries: readonly unknown[], fromVersion: number) => unknown[];
}

/** An exported file is refused unread beyond this size (a real one is a few KB). */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** Names people give: trimmed, no control or bidi formatting characters, at most 80 characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE_NAME = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
export const MAX_NAME_LENGTH = 80;
export const entryNameSchema = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_NAME_LENGTH),
  z.refine((name) => name.trim() === name && !UNSAFE_NAME.test(name)),
);

/** What a person typed, made into a valid name ('' when nothing is left). */
export function cleanName(typed: string): string {
  return typed
    .replace(new RegExp(UNSAFE_NAME.source, 'gu'), '')
    .trim()
    .slice(0, MAX_NAME_LENGTH)
    .trim();
}

export const entryIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/**
 * A new entry id, random so entries imported from another machine do not collide
 * (`getRandomValues`, unlike `randomUUID`, also works on a plain-http host).
 */
export function newEntryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface Loaded<T> {
  entries: T[];
  /** Stored entries that were not valid and were left out. */
  dropped: number;
}

/** The valid entries of `raw` (anything), in order, and how many were dropped. */
export function validateEntries<T extends { id: string }>(
  spec: CollectionSpec<T>,
  raw: unknown,
): Loaded<T> {
  if (raw === undefined || raw === null) return { entries: [], dropped: 0 };
  if (!Array.isArray(raw)) return { entries: [], dropped: 1 };
  const entries: T[] = [];
  const ids = new Set<string>();
  let dropped = 0;
  for (const item of raw as unknown[]) {
    const parsed = spec.entry.safeParse(item);
    if (!parsed.success || ids.has(parsed.data.id) || entries.length >= spec.maxEntries) {
      dropped += 1;
      continue;
    }
    ids.add(parsed.data.id);
    entries.push(parsed.data);
  }
  return { entries, dropped };
}

/** Why an import was refused (each has a localised message on the page). */
export type ImportProblem =
  'tooLarge' | 'notJson' | 'wrongFormat' | 'newerVersion' | 'invalidEntry' | 'tooMany' | 'empty';

export type ImportResult<T> =
  | { ok: true; entries: T[] }
  | { ok: false; problem: ImportProblem; /** 1-based, for `invalidEntry` */ entry?: number };

/**
 * The file's outer shape, checked by hand: the entries get their own schema, and zod's `unknown`
 * would add to the framework chunk that `/` loads.
 */
function envelopeOf(json: unknown): { format: string; version: number; entries: unknown[] } | null {
  if (typeof json !== 'object' || json === null) return null;
  const { format, version, entries } = json as Record<string, unknown>;
  if (typeof format !== 'string' || !Array.isArray(entries)) return null;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return null;
  return { format, version, entries: entries as unknown[] };
}

/** The file an export writes: format, version, when, and the entries. */
export function exportText<T extends { id: string }>(
  spec: CollectionSpec<T>,
  entries: readonly T[],
  now: Date = new Date(),
): string {
  return `${JSON.stringify(
    { format: spec.format, version: spec.version, exportedAt: now.toISOString(), entries },
    null,
    2,
  )}\n`;
}

/** Reads an exported file's text: its entries, or why it is refused. */
export function parseImport<T extends { id: string }>(
  spec: CollectionSpec<T>,
  text: string,
): ImportResult<T> {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'tooLarge' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  const envelope = envelopeOf(json);
  if (!envelope || envelope.format !== spec.format) return { ok: false, problem: 'wrongFormat' };
  const { version } = envelope;
  if (version > spec.version) return { ok: false, problem: 'newerVersion' };
  const raw = version < spec.version ? spec.migrate(envelope.entries, version) : envelope.entries;
  if (raw.length === 0) return { ok: false, problem: 'empty' };
  if (raw.length > spec.maxEntries) return { ok: false, problem: 'tooMany' };
  const entries: T[] = [];
  const ids = new Set<string>();
  for (const [index, item] of raw.entries()) {
    const parsed = spec.entry.safeParse(item);
    if (!parsed.success || ids.has(parsed.data.id)) {
      return { ok: false, problem: 'invalidEntry', entry: index + 1 };
    }
    ids.add(parsed.data.id);
    entries.push(parsed.data);
  }
  return { ok: true, entries };
}

/** A chosen file's entries, or why not (a large file is refused before it is read). */
export async function readImportFile<T extends { id: string }>(
  spec: CollectionSpec<T>,
  file: Blob,
): Promise<ImportResult<T>> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: 'tooLarge' };
  try {
    return parseImport(spec, await file.text());
  } catch {
    return { ok: false, problem: 'notJson' };
  }
}

/**
 * `imported` added to `current`: an entry with an id already there replaces it in place (the
 * same screen or list exported earlier), the others are appended. Null when the result would
 * exceed the limit (then nothing changes).
 */
export function mergeImported<T extends { id: string }>(
  spec: CollectionSpec<T>,
  current: readonly T[],
  imported: readonly T[],
): T[] | null {
  const byId = new Map(imported.map((entry) => [entry.id, entry]));
  const merged = current.map((entry) => byId.get(entry.id) ?? entry);
  const known = new Set(current.map((entry) => entry.id));
  merged.push(...imported.filter((entry) => !known.has(entry.id)));
  return merged.length > spec.maxEntries ? null : merged;
}

export interface CollectionState<T> {
  entries: T[];
  /** The entry new things go to or that is shown first (watchlists); null when none. */
  selected: string | null;
  /** Stored entries dropped as invalid when this page loaded them (for a notice); 0 once dismissed. */
  dropped: number;
  actions: {
    entriesChanged: (entries: T[]) => void;
    entrySelected: (id: string | null) => void;
    droppedNoticeDismissed: () => void;
  };
}

type Persisted = { entries?: unknown; selected?: unknown };

/** Storage that never throws and hands a value it cannot parse to `merge` as unreadable. */
function guardedJsonStorage(version: number): PersistStorage<Persisted> {
  return {
    getItem: (name) => {
      const raw = readStored(name);
      if (raw === null) return null;
      try {
        const value = JSON.parse(raw) as unknown;
        if (typeof value === 'object' && value !== null && 'state' in value) {
          return value as StorageValue<Persisted>;
        }
      } catch {
        /* not JSON: reported as one dropped entry below */
      }
      return { state: { entries: 'unreadable' }, version };
    },
    setItem: (name, value) => {
      writeStored(name, JSON.stringify(value));
    },
    removeItem: (name) => {
      removeStored(name);
    },
  };
}

export type CollectionStore<T> = UseBoundStore<
  Mutate<StoreApi<CollectionState<T>>, [['zustand/persist', Persisted]]>
>;

/** The zustand store of one collection (create it once, at module level). */
export function createCollectionStore<T extends { id: string }>(
  spec: CollectionSpec<T>,
): CollectionStore<T> {
  return create<CollectionState<T>>()(
    persist(
      (set) => ({
        entries: [],
        selected: null,
        dropped: 0,
        actions: {
          entriesChanged: (entries) =>
            set((state) => ({
              entries,
              selected: entries.some((entry) => entry.id === state.selected)
                ? state.selected
                : (entries[0]?.id ?? null),
            })),
          entrySelected: (selected) => set({ selected }),
          droppedNoticeDismissed: () => set({ dropped: 0 }),
        },
      }),
      {
        name: spec.key,
        version: spec.version,
        storage: guardedJsonStorage(spec.version),
        partialize: ({ entries, selected }) => ({ entries, selected }),
        migrate: (persisted, fromVersion) => {
          const state = (persisted ?? {}) as Persisted;
          return {
            ...state,
            entries: Array.isArray(state.entries)
              ? spec.migrate(state.entries, fromVersion)
              : state.entries,
          };
        },
        merge: (persisted, current) => {
          const state = (persisted ?? {}) as Persisted;
          const { entries, dropped } = validateEntries(spec, state.entries);
          const selected =
            typeof state.selected === 'string' && entries.some((e) => e.id === state.selected)
              ? state.selected
              : (entries[0]?.id ?? null);
          // What is left is written back, so a bad entry is reported once, not on every load.
          if (dropped > 0) {
            writeStored(
              spec.key,
              JSON.stringify({ state: { entries, selected }, version: spec.version }),
            );
          }
          return { ...current, entries, selected, dropped };
        },
      },
    ),
  );
}
