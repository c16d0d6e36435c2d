import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';

import { indicesQueryOptions } from '../../features/indices/api';
import { reportQueryOptions } from '../../features/report/api';
import { sectorsQueryOptions } from '../../features/sectors/api';
import { formatClock, formatElapsed } from '../../shared/lib/format-time';
import { useLanguage } from '../../shared/stores/preferences-store';
import { TranslationMark, useProvenanceLabel } from '../../shared/ui/bilingual';
import { useEdition } from '../edition/edition-context';
import { notesFor, type NotesDatasets } from './speaker-notes';
import type { SlideId } from './slide-pages';
import { usePresenterClock } from './use-presenter-clock';
import { useSpeakerNotes } from './use-speaker-notes';

/** The datasets the report's commentary comes from (already cached by the deck's loader). */
function useNotesDatasets(): NotesDatasets {
  const { edition } = useEdition();
  const indices = useQuery(indicesQueryOptions(edition.id)).data;
  const sectors = useQuery(sectorsQueryOptions(edition.id)).data;
  const report = useQuery(reportQueryOptions(edition.id)).data;
  return { indices, sectors, report };
}

/** Elapsed time (pause, resume, reset) and the time of day. */
export function PresenterTimer(): ReactElement {
  const { t } = useTranslation(['present', 'translation']);
  const lang = useLanguage();
  const clock = usePresenterClock();
  return (
    <div className="presenter-times">
      <p>
        <span className="presenter-time-label">{t('presenter.elapsed')}</span>{' '}
        <span className="presenter-time" role="timer" aria-label={t('presenter.elapsed')}>
          {formatElapsed(clock.elapsedMs, lang)}
        </span>
      </p>
      <button type="button" className="button" onClick={clock.running ? clock.pause : clock.resume}>
        {clock.running ? t('presenter.pause') : t('presenter.resume')}
      </button>
      <button type="button" className="button" onClick={clock.reset}>
        {t('presenter.reset')}
      </button>
      <p>
        <span className="presenter-time-label">{t('presenter.clock')}</span>{' '}
        <span className="presenter-time">{formatClock(clock.now, lang)}</span>
      </p>
    </div>
  );
}

/**
 * The slide's speaker notes: the presenter's own, else the report's words for what the slide shows
 * (marked as such, with where they are printed). Edits are kept in this browser.
 */
export function PresenterNotes({ slide, title }: { slide: SlideId; title: string }): ReactElement {
  const { t } = useTranslation(['present', 'translation']);
  const lang = useLanguage();
  const provenance = useProvenanceLabel();
  const data = useNotesDatasets();
  const speakerNotes = useSpeakerNotes();
  const note = notesFor(speakerNotes.notes, lang, slide, data);
  const where = [...new Set(note.passages.map((p) => provenance(p.source)))].join('; ');
  return (
    <section className="presenter-notes" aria-labelledby="presenter-notes-title">
      <h2 id="presenter-notes-title">{t('presenter.notes')}</h2>
      {speakerNotes.rejected ? <p role="status">{t('presenter.notesRejected')}</p> : null}
      {speakerNotes.notSaved ? <p role="status">{t('presenter.notesNotSaved')}</p> : null}
      <p className="presenter-notes-origin">
        {note.own ? (
          t('presenter.ownNotes')
        ) : note.passages.length > 0 ? (
          <>
            {t('presenter.reportWords', { where })}
            <TranslationMark />
          </>
        ) : (
          t('presenter.noReportWords')
        )}
      </p>
      <textarea
        aria-label={t('presenter.notesLabel', { title })}
        value={note.text}
        onChange={(event) => speakerNotes.edit(lang, slide, event.target.value)}
        rows={10}
      />
      <button
        type="button"
        className="button"
        disabled={!note.own}
        onClick={() => speakerNotes.reset(lang, slide)}
      >
        {t('presenter.resetNotes')}
      </button>
    </section>
  );
}
