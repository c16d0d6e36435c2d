import { useCallback, type ReactElement } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { BilingualText, DataNote, Provenance } from '../lib/dataset-schema';
import { provenanceStrings } from '../i18n/provenance-line';
import { useLanguage, type Language } from '../stores/preferences-store';

export function pick(text: BilingualText, lang: Language): string {
  return text[lang];
}

/** Returns a function that picks the current language's side of a bilingual string. */
export function usePick(): (text: BilingualText) => string {
  const lang = useLanguage();
  return (text) => text[lang];
}

/** Marks report text shown in English as our translation (nothing is shown in Chinese). */
export function TranslationMark(): ReactElement | null {
  const lang = useLanguage();
  const { t } = useTranslation();
  if (lang === 'zh') return null;
  return (
    <span className="translation-mark" title={provenanceStrings.en.translationNote}>
      {t('provenance.translated')}
    </span>
  );
}

/** The core namespace's `t`, typed by its own keys only (all namespaces at once is too deep a type). */
type CoreT = TFunction<'translation'>;

export function provenanceLabel(source: Provenance, t: CoreT): string {
  const where =
    source.kind === 'table'
      ? t('provenance.table', { number: source.number ?? '' })
      : source.kind === 'figure'
        ? t('provenance.figure', { number: source.number ?? '' })
        : t('provenance.text');
  const section =
    source.section === 'front'
      ? t('provenance.front')
      : source.section === 'back'
        ? t('provenance.back')
        : t('provenance.section', { section: source.section });
  // The cover page's tables have no number: "Cover page" alone says where they are.
  if (source.kind === 'table' && source.number === null) return section;
  return `${where} · ${section}`;
}

/**
 * provenanceLabel bound to the core strings. Pages whose `t` defaults to their own
 * namespace use this: the provenance keys live in the core namespace.
 */
export function useProvenanceLabel(): (source: Provenance) => string {
  const { t } = useTranslation();
  return useCallback((source: Provenance) => provenanceLabel(source, t), [t]);
}

/** "Table 3 · §2.3": where a figure came from in the report. */
export function SourceTag({ source }: { source: Provenance }): ReactElement {
  const { t } = useTranslation();
  return <span className="source-tag">{provenanceLabel(source, t)}</span>;
}

/** Data notes in the current language; rendered as text, never HTML. */
export function DataNotes({
  notes,
  compact = false,
}: {
  notes: readonly DataNote[];
  compact?: boolean;
}): ReactElement | null {
  const lang = useLanguage();
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    // role="note", not a landmark: a page can carry many of these.
    <div className={compact ? 'data-notes compact' : 'data-notes'} role="note">
      <p className="data-notes-title">{t('provenance.dataNotes', { count: notes.length })}</p>
      <ul>
        {notes.map((note, index) => (
          <li key={index}>{note.text[lang]}</li>
        ))}
      </ul>
    </div>
  );
}
