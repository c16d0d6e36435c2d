import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { DeckOverview } from './deck-overview';
import { slideIds, type DeckNavigation } from './use-deck-position';

/** Previous, next, hide values, blank and overview: the buttons both deck windows share. */
export function DeckButtons({
  deck,
  onOverview,
}: {
  deck: DeckNavigation;
  onOverview: () => void;
}): ReactElement {
  const { t } = useTranslation(['present', 'translation']);
  const { index, masked, blank, go, setBlank, toggleMask } = deck;
  return (
    <>
      <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
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
      <button type="button" className="button" onClick={onOverview}>
        {t('overviewButton')}
      </button>
    </>
  );
}

/** The slide number being typed, and the overview (O) when open. */
export function DeckOverlays({
  deck,
  typed,
  overviewOpen,
  setOverviewOpen,
}: {
  deck: DeckNavigation;
  typed: string;
  overviewOpen: boolean;
  setOverviewOpen: (open: boolean) => void;
}): ReactElement {
  const { t } = useTranslation(['present', 'translation']);
  return (
    <>
      {typed ? (
        <p className="deck-typed" role="status">
          {t('goTo', { number: typed })}
        </p>
      ) : null}
      {overviewOpen ? (
        <DeckOverview
          current={deck.index}
          onGo={(to) => {
            setOverviewOpen(false);
            deck.go(to);
          }}
          onClose={() => setOverviewOpen(false)}
        />
      ) : null}
    </>
  );
}
