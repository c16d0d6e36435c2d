import { useCallback, useState } from 'react';

import type { Language } from '../../shared/stores/preferences-store';
import {
  loadNotes,
  saveNotes,
  withNote,
  withoutNote,
  type LoadedNotes,
  type StoredNotes,
} from './speaker-notes';
import type { SlideId } from './slide-pages';

export interface SpeakerNotesState {
  notes: StoredNotes;
  /** Stored notes were unreadable and were ignored. */
  rejected: boolean;
  /** The browser refused the last save. */
  notSaved: boolean;
  edit: (lang: Language, slide: SlideId, text: string) => void;
  reset: (lang: Language, slide: SlideId) => void;
}

/** The presenter's notes, read once from this browser's storage and saved on every edit. */
export function useSpeakerNotes(): SpeakerNotesState {
  const [loaded] = useState<LoadedNotes>(loadNotes);
  const [notes, setNotes] = useState(loaded.notes);
  const [notSaved, setNotSaved] = useState(false);
  const store = useCallback((next: StoredNotes) => {
    setNotes(next);
    setNotSaved(!saveNotes(next));
  }, []);
  const edit = useCallback(
    (lang: Language, slide: SlideId, text: string) => store(withNote(notes, lang, slide, text)),
    [notes, store],
  );
  const reset = useCallback(
    (lang: Language, slide: SlideId) => store(withoutNote(notes, lang, slide)),
    [notes, store],
  );
  return { notes, rejected: loaded.rejected, notSaved, edit, reset };
}
