import {
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';

import { formatDate } from '../../shared/lib/format';
import { parseAsFlag } from '../../shared/lib/url-params';
import { useUrlState } from '../../shared/lib/use-url-state';
import { useLanguage } from '../../shared/stores/preferences-store';
import { ChartFontProvider, MaskProvider } from '../../shared/ui/mask-context';
import { useResolvedTheme } from '../../shared/ui/use-theme';
import { provenanceText } from '../boot-shell';
import { EditionGate, useEdition, useEditionWords } from '../edition/edition-context';
import { LoadingPage } from '../route-states';
import { deck, slideIndex } from './deck';
import { exitFullscreen } from './fullscreen';
import { slideToPng } from './slide-png';
import { isTypingTarget } from './use-present-shortcut';
import '../styles/present.css';

/** `mask=1`: values hidden (H), so a masked deck can be shared as such. */
const presentUrlParsers = { mask: parseAsFlag('1').withDefault(false) };

interface PresentState {
  from?: string;
  fullscreenRefused?: boolean;
}

// Presenter clickers send PageUp/PageDown (some send arrows, or B / '.' for a blank screen).
/** Chart text on slides: 16 px at 1280 wide, 22 px at 1920 (read once; slides re-render on resize anyway). */
function useSlideFontSize(): number {
  const [size, setSize] = useState(() =>
    Math.round(Math.min(24, Math.max(14, window.innerWidth / 88))),
  );
  useEffect(() => {
    const onResize = (): void =>
      setSize(Math.round(Math.min(24, Math.max(14, window.innerWidth / 88))));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

const nextKeys = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const previousKeys = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

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

/** A slide's title: the month words come from the edition shown. */
export function useSlideTitle(): (id: string) => string {
  const { t } = useTranslation(['present', 'translation']);
  const { month, day } = useEditionWords();
  return useCallback(
    (id: string) => t(`slides.${id}` as 'slides.kpis', { month, day }),
    [t, month, day],
  );
}

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
  const { slide: slideId } = useParams();
  const [{ mask: masked }, setUrl] = useUrlState(presentUrlParsers);
  const navigate = useNavigate();
  const location = useLocation();
  const state = useMemo(() => (location.state ?? {}) as PresentState, [location.state]);
  const theme = useResolvedTheme();
  const lang = useLanguage();
  const [blank, setBlank] = useState(false);
  const slideFontSize = useSlideFontSize();
  const [fullscreenRefused] = useState(state.fullscreenRefused === true);
  const slideRef = useRef<HTMLDivElement>(null);
  const index = slideIndex(slideId);
  const slide = deck[index]!;
  const search = location.search;

  const go = useCallback(
    (to: number) => {
      const target = deck[Math.max(0, Math.min(deck.length - 1, to))]!;
      setBlank(false);
      // Moving between slides replaces the history entry: Back leaves present mode instead of
      // stepping back through every slide shown.
      void navigate(`/present/${target.id}${search}`, { state, replace: true });
    },
    [navigate, search, state],
  );
  const leave = useCallback(() => {
    exitFullscreen();
    void navigate(
      state.from ?? `${slide.page}${search.replace(/([?&])mask=1&?/, '$1').replace(/[?&]$/, '')}`,
    );
  }, [navigate, state.from, slide.page, search]);
  // The location's state (where to come back to) stays: nuqs keeps it when it replaces the entry.
  const toggleMask = useCallback(() => setUrl((current) => ({ mask: !current.mask })), [setUrl]);

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

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      // Buttons keep Space and Enter for themselves.
      if ((event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLButtonElement)
        return;
      if (event.key === 'Escape') {
        event.preventDefault();
        leave();
      } else if (event.key === 'b' || event.key === 'B' || event.key === '.') {
        event.preventDefault();
        setBlank((value) => !value);
      } else if (event.key === 'h' || event.key === 'H') {
        event.preventDefault();
        toggleMask();
      } else if (nextKeys.has(event.key)) {
        event.preventDefault();
        go(index + 1);
      } else if (previousKeys.has(event.key)) {
        event.preventDefault();
        go(index - 1);
      } else if (event.key === 'Home') {
        event.preventDefault();
        go(0);
      } else if (event.key === 'End') {
        event.preventDefault();
        go(deck.length - 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, leave, toggleMask]);

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
          disabled={index === deck.length - 1}
        >
          {t('next')} →
        </button>
        <button type="button" className="button" aria-pressed={masked} onClick={toggleMask}>
          {masked ? t('showValues') : t('hideValues')}
        </button>
        <button type="button" className="button" onClick={() => setBlank(true)}>
          {t('blank')}
        </button>
        <button type="button" className="button" onClick={() => void exportPng()}>
          {t('exportPng')}
        </button>
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
      {blank ? (
        <button type="button" className="present-blank" onClick={() => setBlank(false)}>
          <span className="visually-hidden">{t('blankNotice')}</span>
        </button>
      ) : null}
      <p className="visually-hidden">{formatDate(edition.dataAsOf, lang)}</p>
    </div>
  );
}
