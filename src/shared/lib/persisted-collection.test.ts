import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';

import {
  cleanName,
  createCollectionStore,
  entryIdSchema,
  entryNameSchema,
  exportText,
  MAX_IMPORT_BYTES,
  mergeImported,
  newEntryId,
  parseImport,
  readImportFile,
  validateEntries,
  type CollectionSpec,
} from './persisted-collection';

/**
 * A collection at version 2 whose version 1 stored `title` where version 2 has `name`: the
 * migration path every real collection (screens, watchlists) goes through when it changes shape.
 */
const itemSchema = z.object({ id: entryIdSchema, name: entryNameSchema, size: z.int() });
type Item = z.infer<typeof itemSchema>;
const spec: CollectionSpec<Item> = {
  key: 'test.items',
  format: 'test.items',
  version: 2,
  entry: itemSchema,
  maxEntries: 3,
  migrate: (entries, from) =>
    from === 1
      ? entries.map((entry) => {
          const { title, ...rest } = entry as { title?: unknown };
          return { ...rest, name: title };
        })
      : [...entries],
};

const a: Item = { id: 'a', name: 'Alpha', size: 1 };
const b: Item = { id: 'b', name: 'Beta', size: 2 };
const stored = (state: unknown, version = 2): string => JSON.stringify({ state, version });

describe('entry names', () => {
  it('accepts ordinary names in any script and refuses control and bidi characters', () => {
    expect(entryNameSchema.safeParse('近3月回报 ≥ 20%').success).toBe(true);
    expect(entryNameSchema.safeParse('<img src=x onerror=alert(1)>').success).toBe(true);
    for (const bad of ['', ' padded ', 'a\u0000b', '\u202Eevil', 'x'.repeat(81), 42]) {
      expect(entryNameSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it('cleans what a person typed into a valid name', () => {
    expect(cleanName('  \u202Eevil\u0007 ')).toBe('evil');
    expect(cleanName('   ')).toBe('');
    expect(cleanName('x'.repeat(100))).toHaveLength(80);
  });

  it('makes ids the id schema accepts, different each time', () => {
    const id = newEntryId();
    expect(entryIdSchema.safeParse(id).success).toBe(true);
    expect(newEntryId()).not.toBe(id);
  });
});

describe('validateEntries', () => {
  it('keeps valid entries in order', () => {
    expect(validateEntries(spec, [a, b])).toEqual({ entries: [a, b], dropped: 0 });
    expect(validateEntries(spec, undefined)).toEqual({ entries: [], dropped: 0 });
  });

  it('drops invalid, repeated and excess entries and counts them', () => {
    const hostile = [
      a,
      { id: 'a', name: 'Again', size: 1 },
      { id: '../../etc', name: 'x', size: 1 },
      { id: 'c', name: '\u202Eevil', size: 1 },
      { id: 'd', name: 'D', size: '1' },
      null,
      'text',
      b,
      { id: 'e', name: 'E', size: 3 },
      { id: 'f', name: 'F', size: 4 },
    ];
    expect(validateEntries(spec, hostile)).toEqual({
      entries: [a, b, { id: 'e', name: 'E', size: 3 }],
      dropped: 7,
    });
    expect(validateEntries(spec, { 0: a })).toEqual({ entries: [], dropped: 1 });
  });

  it('strips unknown fields (a stored __proto__ key never reaches an object)', () => {
    const raw = JSON.parse('[{"id":"a","name":"Alpha","size":1,"__proto__":{"polluted":true}}]');
    const { entries } = validateEntries(spec, raw);
    expect(entries).toEqual([a]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('export and import', () => {
  it('round-trips', () => {
    const text = exportText(spec, [a, b], new Date('2024-11-07T00:00:00Z'));
    expect(JSON.parse(text)).toEqual({
      format: 'test.items',
      version: 2,
      exportedAt: '2024-11-07T00:00:00.000Z',
      entries: [a, b],
    });
    expect(parseImport(spec, text)).toEqual({ ok: true, entries: [a, b] });
    // A byte-order mark from an editor is fine.
    expect(parseImport(spec, `\uFEFF${text}`).ok).toBe(true);
  });

  it('migrates a file of an older version', () => {
    const v1 = JSON.stringify({
      format: 'test.items',
      version: 1,
      entries: [{ id: 'a', title: 'Alpha', size: 1 }],
    });
    expect(parseImport(spec, v1)).toEqual({ ok: true, entries: [a] });
  });

  it.each([
    ['not JSON', '<html></html>', 'notJson'],
    [
      'another format',
      JSON.stringify({ format: 'other', version: 2, entries: [a] }),
      'wrongFormat',
    ],
    ['no envelope', JSON.stringify([a]), 'wrongFormat'],
    [
      'a newer version',
      JSON.stringify({ format: 'test.items', version: 3, entries: [a] }),
      'newerVersion',
    ],
    ['no entries', JSON.stringify({ format: 'test.items', version: 2, entries: [] }), 'empty'],
    [
      'too many entries',
      JSON.stringify({ format: 'test.items', version: 2, entries: [a, b, a, b] }),
      'tooMany',
    ],
    ['too large', ' '.repeat(MAX_IMPORT_BYTES + 1), 'tooLarge'],
  ])('refuses %s', (_, text, problem) => {
    expect(parseImport(spec, text)).toEqual({ ok: false, problem });
  });

  it('refuses the whole file for one bad entry, naming it', () => {
    const text = JSON.stringify({
      format: 'test.items',
      version: 2,
      entries: [a, { id: 'x', name: '=HYPERLINK("http://evil")', size: 'big' }],
    });
    expect(parseImport(spec, text)).toEqual({ ok: false, problem: 'invalidEntry', entry: 2 });
    const repeated = JSON.stringify({ format: 'test.items', version: 2, entries: [a, a] });
    expect(parseImport(spec, repeated)).toEqual({ ok: false, problem: 'invalidEntry', entry: 2 });
  });

  it('refuses a large file without reading it', async () => {
    const file = new Blob(['x'.repeat(MAX_IMPORT_BYTES + 1)]);
    expect(await readImportFile(spec, file)).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('merges: same id replaces in place, new ones are appended, over the limit is refused', () => {
    const a2 = { ...a, name: 'Alpha 2' };
    expect(mergeImported(spec, [a, b], [a2])).toEqual([a2, b]);
    expect(mergeImported(spec, [a], [b])).toEqual([a, b]);
    const c = { id: 'c', name: 'C', size: 3 };
    const d = { id: 'd', name: 'D', size: 4 };
    expect(mergeImported(spec, [a, b], [c, d])).toBeNull();
  });
});

describe('the persisted store', () => {
  it('loads valid entries and the selection', async () => {
    localStorage.setItem(spec.key, stored({ entries: [a, b], selected: 'b' }));
    const store = createCollectionStore(spec);
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ entries: [a, b], selected: 'b', dropped: 0 });
  });

  it('migrates what an older version stored, and writes it back in the new shape', async () => {
    localStorage.setItem(
      spec.key,
      stored({ entries: [{ id: 'a', title: 'Alpha', size: 1 }], selected: 'a' }, 1),
    );
    const store = createCollectionStore(spec);
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ entries: [a], selected: 'a', dropped: 0 });
    expect(JSON.parse(localStorage.getItem(spec.key) ?? '')).toEqual({
      state: { entries: [a], selected: 'a' },
      version: 2,
    });
  });

  it('drops invalid entries with a count for the notice, and removes them from storage', () => {
    localStorage.setItem(
      spec.key,
      stored({ entries: [a, { id: 'x', name: '', size: 1 }, 'junk'], selected: 'x' }),
    );
    // localStorage is synchronous: the store is hydrated as it is created (as at page load).
    const store = createCollectionStore(spec);
    expect(store.getState()).toMatchObject({ entries: [a], selected: 'a', dropped: 2 });
    expect(JSON.parse(localStorage.getItem(spec.key) ?? '').state.entries).toEqual([a]);
    store.getState().actions.droppedNoticeDismissed();
    expect(store.getState().dropped).toBe(0);
  });

  it.each([
    ['corrupt JSON', '{not json'],
    ['a wrong type', stored(42)],
    ['entries that are not a list', stored({ entries: 'all of them' })],
  ])('survives %s: empty, one dropped, never throws', async (_, raw) => {
    localStorage.setItem(spec.key, raw);
    const store = createCollectionStore(spec);
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ entries: [], selected: null });
    expect(store.getState().dropped).toBeLessThanOrEqual(1);
  });

  it('keeps the selection on a remaining entry when entries change', () => {
    const store = createCollectionStore(spec);
    store.getState().actions.entriesChanged([a, b]);
    store.getState().actions.entrySelected('b');
    store.getState().actions.entriesChanged([a]);
    expect(store.getState().selected).toBe('a');
    expect(JSON.parse(localStorage.getItem(spec.key) ?? '').state).toEqual({
      entries: [a],
      selected: 'a',
    });
  });
});
