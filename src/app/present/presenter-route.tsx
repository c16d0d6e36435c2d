import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';

import { indicesQueryOptions } from '../../features/indices/api';
import { reportQueryOptions } from '../../features/report/api';
import { sectorsQueryOptions } from '../../features/sectors/api';
import { formatClock, formatElapsed } from '../../shared/lib/format';
import { useLanguage } from '../../shared/stores/preferences-store';
import { TranslationMark, useProvenanceLabel } from '../../shared/ui/bilingual';
import { DeckOverview } from './deck-overview';
import { SlidePreview } from './slide-preview';
import { notesFor, type NotesDatasets } from './speaker-notes';
import { useDeckKeys, useDeckNavigation, slideIds } from './use-deck-position';
import { usePresenterClock } from './use-presenter-clock';
import { useSpeakerNotes } from './use-speaker-notes';
import '../styles/present.css';

/** The datasets the report's commentary comes from (already cached by the deck's loader). */
export function useNotesDatasets(): NotesDatasets {
  const indices = useQuery(indicesQueryOptions()).data;
  const sectors = useQuery(sectorsQueryOptions()).data;
  const report = useQuery(reportQueryOptions()).data;
  return { indices, sectors, report };
}

function PresenterTimer(): ReactElement {
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

function PresenterNotes({ slide, title }: { slide: (typeof slideIds)[number]; title: string }) {
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

/**
 * The presenter's own screen (/presenter/<slide>): the slide on the projector, the next one, the
 * speaker notes, elapsed time and the clock. It moves with every /present window of the browser
 * and moves them: the same keys work in both.
 */
export function PresenterRoute(): ReactElement {
  const { t } = useTranslation(['present', 'translation']);
  const deckPosition = useDeckNavigation('presenter');
  const { slideId, index, slide, masked, blank, search, go, setBlank, toggleMask } = deckPosition;
  const [overviewOpen, setOverviewOpen] = useState(false);
  // Esc closes the overview; there is nothing else here to leave to.
  const onEscape = useCallback(() => undefined, []);
  const typed = useDeckKeys({ deck: deckPosition, overviewOpen, setOverviewOpen, onEscape });
  const title = t(`slides.${slide}`);
  const nextId = slideIds[index + 1];

  useEffect(() => {
    document.title = `${title} · ${t('presenter.title')} · ${t('translation:app.name')}`;
  }, [title, t]);

  if (slideId !== slide) return <Navigate to={`/presenter/${slide}${search}`} replace />;

  return (
    <div className="presenter">
      <header className="presenter-top">
        <h1>{title}</h1>
        <p
          className="present-counter"
          aria-label={t('slideOf', { current: index + 1, total: slideIds.length })}
        >
          {t('counter', { current: index + 1, total: slideIds.length })}
        </p>
        <PresenterTimer />
      </header>
      <p className="presenter-status" role="status">
        {deckPosition.otherConnected ? t('presenter.connected') : t('presenter.notConnected')}
        {blank ? ` · ${t('presenter.blanked')}` : ''}
        {masked ? ` · ${t('presenter.masked')}` : ''}
      </p>
      <main className="presenter-main">
        <section className="presenter-current" aria-labelledby="presenter-current-title">
          <h2 id="presenter-current-title">{t('presenter.current', { title })}</h2>
          <SlidePreview index={index} masked={masked} />
        </section>
        <div className="presenter-side">
          <section className="presenter-next" aria-labelledby="presenter-next-title">
            <h2 id="presenter-next-title">
              {nextId ? t('presenter.next', { title: t(`slides.${nextId}`) }) : t('presenter.end')}
            </h2>
            {nextId ? <SlidePreview index={index + 1} masked={masked} /> : null}
          </section>
          <PresenterNotes key={`${slide}`} slide={slide} title={title} />
        </div>
      </main>
      <nav className="present-controls" aria-label={t('presenter.title')}>
        <button
          type="button"
          className="button"
          onClick={() => go(index - 1)}
          disabled={index === 0}
        >
          ← {t('previous')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => go(index + 1)}
          disabled={index === slideIds.length - 1}
        >
          {t('next')} →
        </button>
        <button type="button" className="button" aria-pressed={masked} onClick={toggleMask}>
          {masked ? t('showValues') : t('hideValues')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={blank}
          onClick={() => setBlank(!blank)}
        >
          {t('blank')}
        </button>
        <button type="button" className="button" onClick={() => setOverviewOpen(true)}>
          {t('overviewButton')}
        </button>
        <span className="present-keys">{t('presenter.keys')}</span>
      </nav>
      {typed ? (
        <p className="deck-typed" role="status">
          {t('goTo', { number: typed })}
        </p>
      ) : null}
      {overviewOpen ? (
        <DeckOverview
          current={index}
          onGo={(to) => {
            setOverviewOpen(false);
            go(to);
          }}
          onClose={() => setOverviewOpen(false)}
        />
      ) : null}
    </div>
  );
}
