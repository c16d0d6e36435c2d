import { Suspense, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import { EditionGate } from '../edition/edition-context';
import { LoadingPage } from '../route-states';
import { deck } from './deck';
import { PptxButton } from './pptx-button';
import { SlideFooter } from './present-route';
import { useSlideTitle } from './use-slide-title';
import '../styles/present.css';

/** Set in history state by present mode's "Print / save deck as PDF" button, never by a link. */
export interface PrintRequest {
  printRequested?: boolean;
}

/**
 * The whole deck for the browser's print (and "save as PDF"): one slide a page, each with the data
 * date, source and disclaimer. The print dialog opens only on the user's action: the Print button
 * here, or present mode's print button, which asks for it through history state. A shared link
 * carries no history state, so opening `/present/print` from chat never pops a dialog.
 */
export function PrintDeckRoute(): ReactElement {
  return (
    <EditionGate>
      <PrintDeck />
    </EditionGate>
  );
}

function PrintDeck(): ReactElement {
  const { t } = useTranslation(['present', 'translation']);
  const slideTitle = useSlideTitle();
  const navigate = useNavigate();
  const location = useLocation();
  const masked = new URLSearchParams(location.search).get('mask') === '1';
  // Read once, on arrival: the request is then removed from history state (which survives a
  // reload), and that change must not cancel the print it asked for.
  const [request] = useState(() =>
    (location.state as PrintRequest | null)?.printRequested === true
      ? { pathname: location.pathname, search: location.search, state: location.state as object }
      : null,
  );
  useEffect(() => {
    if (!request) return;
    void navigate(
      { pathname: request.pathname, search: request.search },
      { replace: true, state: { ...request.state, printRequested: false } },
    );
    // Give the charts a moment to draw before the dialog freezes the page.
    const timer = window.setTimeout(() => window.print(), 1500);
    return () => window.clearTimeout(timer);
  }, [request, navigate]);
  return (
    <div className="print-deck">
      <div className="print-toolbar">
        <h1>{t('printTitle')}</h1>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('printDeck')}
        </button>
        <PptxButton masked={masked} />
        <button type="button" className="button" onClick={() => void navigate(-1)}>
          {t('exit')}
        </button>
      </div>
      {deck.map(({ id, Component }, index) => (
        <section key={id} className="print-slide" aria-labelledby={`print-${id}`}>
          <header className="present-top">
            <h2 id={`print-${id}`}>{slideTitle(id)}</h2>
            <p className="present-counter">
              {t('counter', { current: index + 1, total: deck.length })}
            </p>
          </header>
          <div className="present-body">
            <Suspense fallback={<LoadingPage />}>
              <Component />
            </Suspense>
          </div>
          <SlideFooter />
        </section>
      ))}
    </div>
  );
}
