import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';

import { parseAsFlag } from '../../shared/lib/url-params';
import { useUrlState } from '../../shared/lib/use-url-state';
import { useDeckChannel, type DeckPosition, type DeckRole } from './deck-channel';
import { slidePages, type SlideId } from './slide-pages';
import { isTypingTarget } from './use-present-shortcut';

/** `mask=1`: values hidden (H), so a masked deck can be shared as such. */
const deckUrlParsers = { mask: parseAsFlag('1').withDefault(false) };

/** The deck's slides, in order (the ids of slide-pages.ts: no slide code needed here). */
export const slideIds: readonly SlideId[] = slidePages.map((slide) => slide.id);

export function slideIndexOf(id: string | undefined): number {
  const index = slideIds.indexOf(id as SlideId);
  return index === -1 ? 0 : index;
}

/** `search` with `mask=1` set or removed; every other parameter (the pages' views) kept. */
export function searchWithMask(search: string, masked: boolean): string {
  const params = new URLSearchParams(search);
  if (masked) params.set('mask', '1');
  else params.delete('mask');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface DeckNavigation {
  slideId: string | undefined;
  index: number;
  slide: SlideId;
  masked: boolean;
  blank: boolean;
  search: string;
  state: unknown;
  /** Whether a window of the other kind (presenter / slides) answered on the channel. */
  otherConnected: boolean;
  go: (index: number) => void;
  setBlank: (blank: boolean) => void;
  toggleMask: () => void;
}

/**
 * The slide, blank screen and hidden values of a /present or /presenter window: read from the
 * URL (slide, mask) and this window (blank), changed by this window's keys and buttons, and kept
 * in step with every other deck window of the browser.
 */
export function useDeckNavigation(role: DeckRole): DeckNavigation {
  const base = role === 'present' ? '/present' : '/presenter';
  const { slide: slideId } = useParams();
  const [{ mask: masked }] = useUrlState(deckUrlParsers);
  const navigate = useNavigate();
  const location = useLocation();
  const state: unknown = location.state;
  const search = location.search;
  const [blank, setBlankState] = useState(false);
  const index = slideIndexOf(slideId);
  const slide = slideIds[index]!;

  const moveTo = useCallback(
    (next: DeckPosition) => {
      setBlankState(next.blank);
      // Moving between slides replaces the history entry: Back leaves the deck instead of
      // stepping back through every slide shown.
      void navigate(`${base}/${next.slide}${searchWithMask(search, next.masked)}`, {
        state,
        replace: true,
      });
    },
    [base, navigate, search, state],
  );
  const { otherConnected, publish } = useDeckChannel(role, { slide, blank, masked }, moveTo);

  const go = useCallback(
    (to: number) => {
      const next = {
        slide: slideIds[Math.max(0, Math.min(slideIds.length - 1, to))]!,
        blank: false,
        masked,
      };
      moveTo(next);
      publish(next);
    },
    [masked, moveTo, publish],
  );
  const setBlank = useCallback(
    (value: boolean) => {
      setBlankState(value);
      publish({ slide, blank: value, masked });
    },
    [slide, masked, publish],
  );
  const toggleMask = useCallback(() => {
    const next = { slide, blank, masked: !masked };
    moveTo(next);
    publish(next);
  }, [slide, blank, masked, moveTo, publish]);

  return useMemo(
    () => ({
      slideId,
      index,
      slide,
      masked,
      blank,
      search,
      state,
      otherConnected,
      go,
      setBlank,
      toggleMask,
    }),
    [slideId, index, slide, masked, blank, search, state, otherConnected, go, setBlank, toggleMask],
  );
}

// Presenter clickers send PageUp/PageDown (some send arrows, or B / '.' for a blank screen).
const nextKeys = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const previousKeys = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export interface DeckKeyActions {
  deck: DeckNavigation;
  overviewOpen: boolean;
  setOverviewOpen: (open: boolean) => void;
  /** Esc (when no overview is open). */
  onEscape: () => void;
  /** S: the presenter view (present mode only). */
  onPresenter?: () => void;
}

/**
 * The deck's keys, the same in both windows: arrows, Space, PageUp/PageDown, Home/End; B blank;
 * H hide values; O overview; a slide number then Enter jumps there; S presenter view; Esc.
 * Returns the slide number being typed (shown on screen while typed).
 */
export function useDeckKeys({
  deck,
  overviewOpen,
  setOverviewOpen,
  onEscape,
  onPresenter,
}: DeckKeyActions): string {
  const [typed, setTyped] = useState('');
  const typedRef = useRef(typed);
  const { go, index, setBlank, blank, toggleMask } = deck;

  useEffect(() => {
    const type = (value: string): void => {
      typedRef.current = value;
      setTyped(value);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const key = event.key;
      if (/^[0-9]$/.test(key)) {
        event.preventDefault();
        type(`${typedRef.current}${key}`.slice(-2));
        return;
      }
      if (key === 'Enter' && typedRef.current) {
        event.preventDefault();
        const number = Number(typedRef.current);
        type('');
        if (number >= 1 && number <= slideIds.length) {
          setOverviewOpen(false);
          go(number - 1);
        }
        return;
      }
      if (typedRef.current) type('');
      // Buttons keep Space and Enter for themselves.
      if ((key === ' ' || key === 'Enter') && event.target instanceof HTMLButtonElement) return;
      if (key === 'Escape') {
        event.preventDefault();
        if (overviewOpen) setOverviewOpen(false);
        else onEscape();
      } else if (key === 'o' || key === 'O') {
        event.preventDefault();
        setOverviewOpen(!overviewOpen);
      } else if ((key === 's' || key === 'S') && onPresenter) {
        event.preventDefault();
        onPresenter();
      } else if (overviewOpen) {
        // The overview has the keys until it closes (Tab and Enter work its buttons).
      } else if (key === 'b' || key === 'B' || key === '.') {
        event.preventDefault();
        setBlank(!blank);
      } else if (key === 'h' || key === 'H') {
        event.preventDefault();
        toggleMask();
      } else if (nextKeys.has(key)) {
        event.preventDefault();
        go(index + 1);
      } else if (previousKeys.has(key)) {
        event.preventDefault();
        go(index - 1);
      } else if (key === 'Home') {
        event.preventDefault();
        go(0);
      } else if (key === 'End') {
        event.preventDefault();
        go(slideIds.length - 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [
    go,
    index,
    blank,
    setBlank,
    toggleMask,
    overviewOpen,
    setOverviewOpen,
    onEscape,
    onPresenter,
  ]);

  return typed;
}
