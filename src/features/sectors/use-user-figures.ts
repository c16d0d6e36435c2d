import { useCallback, useMemo, useRef, useState } from 'react';

import { stripBidiControls } from '../../shared/lib/bidi';
import { decodeImportBytes, type TextEncodingName } from './user-figures-decode';
import {
  USER_FIGURES_MAX_BYTES,
  USER_FIGURES_MAX_CHARS,
  type NamedSubIndustry,
} from './user-figures';
import {
  applyImport,
  clearUserFigures,
  loadUserFigures,
  refusedImport,
  saveUserFigures,
  type ImportOutcome,
  type StoredUserFigures,
} from './user-figures-storage';

export interface UserFiguresController {
  /** The good data currently loaded (from this session's import or from storage). */
  stored: StoredUserFigures | null;
  outcome: ImportOutcome | null;
  busy: boolean;
  /** False when the browser refused to save the last import. */
  saved: boolean;
  cleared: boolean;
  importFile: (file: File) => void;
  importText: (text: string) => void;
  clear: () => void;
}

/** Text to parse and the encoding it was decoded from (null for pasted text), or why there is none. */
type ReadText =
  | { ok: true; text: string; encoding: TextEncodingName | null }
  | { ok: false; reason: 'binary' | 'encoding' };

/** Yields to the browser once, so "Reading…" paints before the (bounded) parse runs. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * State of the analyst's own figures: loaded from localStorage (validated; corrupt is ignored),
 * replaced only by an import with at least one good row, cleared on request. Files over the size
 * limit are refused from `File.size` before a byte is read, so a 10 MB file costs nothing.
 */
export function useUserFigures(subIndustries: readonly NamedSubIndustry[]): UserFiguresController {
  const [stored, setStored] = useState<StoredUserFigures | null>(() => loadUserFigures());
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(true);
  const [cleared, setCleared] = useState(false);
  // Only the latest import may change the state (a slow read must not overwrite a newer one).
  const latest = useRef(0);

  const run = useCallback(
    async (ticket: number, read: () => Promise<ReadText>, fileName: string | null) => {
      setBusy(true);
      setCleared(false);
      try {
        // The parser (Papa Parse with it) loads with the first import, not with the page.
        const [got, { parseUserFigures }] = await Promise.all([
          read(),
          import('./user-figures-parse'),
        ]);
        await nextTask();
        if (ticket !== latest.current) return;
        if (!got.ok) {
          const code = got.reason === 'encoding' ? 'undecodable' : 'unreadable';
          setOutcome(refusedImport(fileName, { row: null, column: null, code }));
          return;
        }
        const { text, encoding } = got;
        if (text.includes('\u0000')) {
          setOutcome(refusedImport(fileName, { row: null, column: null, code: 'unreadable' }));
          return;
        }
        const parse = parseUserFigures(text, subIndustries);
        // Without a good row `next` is the previous data, which the state still holds: only a
        // replacement needs writing, so the previous value need not be read here.
        const { next, outcome: imported } = applyImport(null, parse, fileName, new Date());
        const result = { ...imported, encoding };
        setOutcome(result);
        if (result.replaced && next) {
          setStored(next);
          setSaved(saveUserFigures(next));
        }
      } catch {
        if (ticket === latest.current)
          setOutcome(refusedImport(fileName, { row: null, column: null, code: 'unreadable' }));
      } finally {
        if (ticket === latest.current) setBusy(false);
      }
    },
    [subIndustries],
  );

  const importFile = useCallback(
    (file: File) => {
      latest.current += 1;
      const ticket = latest.current;
      if (file.size > USER_FIGURES_MAX_BYTES) {
        setCleared(false);
        setBusy(false);
        setOutcome(
          refusedImport(stripBidiControls(file.name), {
            row: null,
            column: null,
            code: 'too-large',
            size: file.size,
            limit: USER_FIGURES_MAX_BYTES,
          }),
        );
        return;
      }
      // A file name is an identifier: bidi controls in it would only disguise it ("‮gpj.exe").
      void run(
        ticket,
        async () => decodeImportBytes(new Uint8Array(await file.arrayBuffer())),
        stripBidiControls(file.name),
      );
    },
    [run],
  );

  const importText = useCallback(
    (text: string) => {
      latest.current += 1;
      const ticket = latest.current;
      if (text.length > USER_FIGURES_MAX_CHARS) {
        setCleared(false);
        setBusy(false);
        setOutcome(
          refusedImport(null, {
            row: null,
            column: null,
            code: 'too-large',
            limit: USER_FIGURES_MAX_CHARS,
          }),
        );
        return;
      }
      // Pasted text is already text: no encoding to guess.
      void run(ticket, () => Promise.resolve({ ok: true, text, encoding: null }), null);
    },
    [run],
  );

  const clear = useCallback(() => {
    latest.current += 1;
    clearUserFigures();
    setStored(null);
    setOutcome(null);
    setBusy(false);
    setSaved(true);
    setCleared(true);
  }, []);

  return useMemo(
    () => ({ stored, outcome, busy, saved, cleared, importFile, importText, clear }),
    [stored, outcome, busy, saved, cleared, importFile, importText, clear],
  );
}
