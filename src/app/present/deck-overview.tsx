import { useEffect, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { slideIds } from './use-deck-position';
import { useSlideTitle } from './use-slide-title';

/**
 * O: every slide as a numbered tile to jump to (a slide number then Enter does the same from the
 * keyboard). Titles only: drawing every slide's charts at once would stall a presentation.
 */
export function DeckOverview({
  current,
  onGo,
  onClose,
}: {
  current: number;
  onGo: (index: number) => void;
  onClose: () => void;
}): ReactElement {
  const { t } = useTranslation(['present', 'translation']);
  const slideTitle = useSlideTitle();
  const currentButton = useRef<HTMLButtonElement>(null);
  useEffect(() => currentButton.current?.focus(), []);
  return (
    <div
      className="deck-overview"
      role="dialog"
      aria-modal="true"
      aria-labelledby="deck-overview-title"
    >
      <div className="deck-overview-head">
        <h2 id="deck-overview-title">{t('overview')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('closeOverview')}
        </button>
      </div>
      <ol className="deck-overview-grid">
        {slideIds.map((id, index) => (
          <li key={id}>
            <button
              type="button"
              ref={index === current ? currentButton : undefined}
              aria-current={index === current ? 'true' : undefined}
              onClick={() => onGo(index)}
            >
              <span className="deck-overview-number">{index + 1}</span>
              <span>{slideTitle(id)}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
