import { Suspense, useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';

import { formatDate } from '../../shared/lib/format';
import { useLanguage } from '../../shared/stores/preferences-store';
import { ChartFontProvider, MaskProvider } from '../../shared/ui/mask-context';
import { useResolvedTheme } from '../../shared/ui/use-theme';
import { provenanceText } from '../../shared/i18n/provenance-line';
import { EditionGate, useEdition } from '../edition/edition-context';
import { LoadingPage } from '../route-states';
import { deck } from './deck';
import { DeckButtons, DeckOverlays } from './deck-controls';
import { exitFullscreen } from './fullscreen';
import { PptxButton } from './pptx-button';
import { PresenterNotes, PresenterTimer } from './presenter-panels';
import { openPresenterWindow } from './presenter-window';
import { SlidePreview } from './slide-preview';
import { useSlideFontSize } from './slide-font-size';
import { slideToPng } from './slide-png';
import { useSlideTitle } from './use-slide-title';
import { slideIds, useDeckKeys, useDeckNavigation } from './use-deck-position';
import '../styles/present.css';

interface PresentState {
  from?: string;
  fullscreenRefused?: boolean;
}

/** Data date, source and disclaimer: on every slide and every printed page. */
export function SlideFooter(): ReactElement {
  const { t } = useTranslation(['present', 'translation']);
  const lang = useLanguage();
  const { edition } = useEdition();
  const text = provenanceText(edition, lang);
  return (
    <footer className="slide-footer">
      <span className="data-date">{text.dataDate}</span> <span>{text.source}</span>{' '}
      <span className="slide-disclaimer">
        {t('disclaimer', { publisher: edition.publisher[lang] })}
      </span>
    </footer>
  );
}

/*
 * The deck's two windows, /present/<slide> and /presenter/<slide>, are one route module: they draw
 * the same slides, and one lazy chunk keeps the route table that `/` loads small.
 */

/**
 * Present mode: one slide per URL (/present/<slide>), keyboard-driven (arrows, Space, PageUp /
 * PageDown as sent by presenter clickers; B blank; H hide values; Esc leave), in the current
 * language, theme and colour convention. The page's own URL parameters ride along, so a slide built
 * from a filtered screen keeps its filter.
 */
export function PresentRoute(): ReactElement {
  return (
    <EditionGate>
      <PresentSlides />
    </EditionGate>
  );
}

function PresentSlides(): ReactElement {
  const { t } = useTranslation(['present', 'translation']);
  const slideTitle = useSlideTitle();
  const { edition } = useEdition();
  const deckPosition = useDeckNavigation('present');
  const { slideId, index, masked, blank, search, setBlank } = deckPosition;
  const navigate = useNavigate();
  const state = (deckPosition.state ?? {}) as PresentState;
  const theme = useResolvedTheme();
  const lang = useLanguage();
  const slideFontSize = useSlideFontSize();
  const [fullscreenRefused] = useState(state.fullscreenRefused === true);
  const [overviewOpen, setOverviewOpen] = useState(false);
  const slideRef = useRef<HTMLDivElement>(null);
  const slide = deck[index]!;

  const leave = useCallback(() => {
    exitFullscreen();
    void navigate(
      state.from ?? `${slide.page}${search.replace(/([?&])mask=1&?/, '$1').replace(/[?&]$/, '')}`,
    );
  }, [navigate, state.from, slide.page, search]);
  const openPresenter = useCallback(
    () => openPresenterWindow(slide.id, search),
    [slide.id, search],
  );
  const typed = useDeckKeys({
    deck: deckPosition,
    overviewOpen,
    setOverviewOpen,
    onEscape: leave,
    onPresenter: openPresenter,
  });

  const exportPng = useCallback(async () => {
    const container = slideRef.current;
    if (!container) return;
    const styles = getComputedStyle(document.documentElement);
    const url = await slideToPng(container, {
      title: slideTitle(slide.id),
      footer: `${provenanceText(edition, lang).dataDate} · ${provenanceText(edition, lang).source}`,
      background:
        styles.getPropertyValue('--bg').trim() || (theme === 'dark' ? '#14171c' : '#f6f7f9'),
      text: styles.getPropertyValue('--text').trim() || '#1d2430',
      muted: styles.getPropertyValue('--muted').trim() || '#556270',
    });
    const link = document.createElement('a');
    link.href = url;
    link.download = `slide-${index + 1}-${slide.id}-${edition.dataAsOf}.png`;
    link.click();
  }, [slide.id, index, lang, slideTitle, theme, edition]);

  // Leaving full screen with the browser's own Esc also leaves present mode.
  useEffect(() => {
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onChange = (): void => {
      if (wasFullscreen && !document.fullscreenElement) leave();
      wasFullscreen = Boolean(document.fullscreenElement);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [leave]);

  useEffect(() => {
    document.title = `${slideTitle(slide.id)} · ${t('translation:app.name')}`;
  }, [slide.id, t, slideTitle]);

  if (slideId !== slide.id)
    return <Navigate to={`/present/${slide.id}${search}`} replace state={state} />;

  const { Component } = slide;
  return (
    <div className="present" data-blank={blank ? 'true' : undefined}>
      <header className="present-top">
        <h1>{slideTitle(slide.id)}</h1>
        <p
          className="present-counter"
          aria-label={t('slideOf', { current: index + 1, total: deck.length })}
        >
          {t('counter', { current: index + 1, total: deck.length })}
        </p>
      </header>
      {fullscreenRefused ? <p className="present-note">{t('fullscreenRefused')}</p> : null}
      <main className="present-body" ref={slideRef} aria-live="polite">
        <MaskProvider masked={masked}>
          <ChartFontProvider size={slideFontSize}>
            <Suspense fallback={<LoadingPage />}>
              <Component />
            </Suspense>
          </ChartFontProvider>
        </MaskProvider>
      </main>
      <SlideFooter />
      <nav className="present-controls" aria-label={t('title')}>
        <DeckButtons deck={deckPosition} onOverview={() => setOverviewOpen(true)} />
        <button type="button" className="button" onClick={openPresenter}>
          {t('presenterView')}
        </button>
        <button type="button" className="button" onClick={() => void exportPng()}>
          {t('exportPng')}
        </button>
        <PptxButton masked={masked} />
        <button
          type="button"
          className="button"
          onClick={() =>
            // The print page opens the dialog only when asked through history state (a click here),
            // never because of its address.
            void navigate(`/present/print${search}`, { state: { ...state, printRequested: true } })
          }
        >
          {t('printDeck')}
        </button>
        <button type="button" className="button" onClick={leave}>
          {t('exit')}
        </button>
        <span className="present-keys">{t('keys')}</span>
      </nav>
      <DeckOverlays
        deck={deckPosition}
        typed={typed}
        overviewOpen={overviewOpen}
        setOverviewOpen={setOverviewOpen}
      />
      {blank ? (
        <button type="button" className="present-blank" onClick={() => setBlank(false)}>
          <span className="visually-hidden">{t('blankNotice')}</span>
        </button>
      ) : null}
      <p className="visually-hidden">{formatDate(edition.dataAsOf, lang)}</p>
    </div>
  );
}

/**
 * The presenter's own screen (/presenter/<slide>): the slide on the projector, the next one, the
 * speaker notes, elapsed time and the clock. It moves with every /present window of the browser
 * and moves them: the same keys work in both.
 */
export function PresenterRoute(): ReactElement {
  return (
    <EditionGate>
      <PresenterScreen />
    </EditionGate>
  );
}

function PresenterScreen(): ReactElement {
  const { t } = useTranslation(['present', 'translation']);
  const slideTitle = useSlideTitle();
  const deckPosition = useDeckNavigation('presenter');
  const { slideId, index, slide, masked, blank, search } = deckPosition;
  const [overviewOpen, setOverviewOpen] = useState(false);
  // Esc closes the overview; there is nothing else here to leave to.
  const onEscape = useCallback(() => undefined, []);
  const typed = useDeckKeys({ deck: deckPosition, overviewOpen, setOverviewOpen, onEscape });
  const title = slideTitle(slide);
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
              {nextId ? t('presenter.next', { title: slideTitle(nextId) }) : t('presenter.end')}
            </h2>
            {nextId ? <SlidePreview index={index + 1} masked={masked} /> : null}
          </section>
          <PresenterNotes key={`${slide}`} slide={slide} title={title} />
        </div>
      </main>
      <nav className="present-controls" aria-label={t('presenter.title')}>
        <DeckButtons deck={deckPosition} onOverview={() => setOverviewOpen(true)} />
        <span className="present-keys">{t('presenter.keys')}</span>
      </nav>
      <DeckOverlays
        deck={deckPosition}
        typed={typed}
        overviewOpen={overviewOpen}
        setOverviewOpen={setOverviewOpen}
      />
    </div>
  );
}
