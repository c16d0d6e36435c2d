import { Suspense, useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import { LoadingPage } from '../route-states';
import { deck } from './deck';
import { SlideFooter } from './present-route';
import '../styles/present.css';
import { presentStrings } from '../../shared/i18n/locales/present';
import { sectorsStrings } from '../../shared/i18n/locales/sectors';
import { timelineStrings } from '../../shared/i18n/locales/timeline';
import { fundsStrings } from '../../shared/i18n/locales/funds';
import { companiesStrings } from '../../shared/i18n/locales/companies';
import { registerStrings } from '../../shared/i18n/i18n';

// This page's text loads with its code.
registerStrings('present', presentStrings);
registerStrings('sectors', sectorsStrings);
registerStrings('timeline', timelineStrings);
registerStrings('funds', fundsStrings);
registerStrings('companies', companiesStrings);

/**
 * The whole deck for the browser's print (and "save as PDF"): one slide a page, each with the data
 * date, source and disclaimer. Opens the print dialog once the charts have had time to draw.
 */
export function PrintDeckRoute(): ReactElement {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const autoPrint = !new URLSearchParams(location.search).has('noprint');
  useEffect(() => {
    if (!autoPrint) return;
    const timer = window.setTimeout(() => window.print(), 1500);
    return () => window.clearTimeout(timer);
  }, [autoPrint]);
  return (
    <div className="print-deck">
      <div className="print-toolbar">
        <h1>{t('present.printTitle')}</h1>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('present.printDeck')}
        </button>
        <button type="button" className="button" onClick={() => void navigate(-1)}>
          {t('present.exit')}
        </button>
      </div>
      {deck.map(({ id, Component }, index) => (
        <section key={id} className="print-slide" aria-labelledby={`print-${id}`}>
          <header className="present-top">
            <h2 id={`print-${id}`}>{t(`present.slides.${id}`)}</h2>
            <p className="present-counter">
              {t('present.counter', { current: index + 1, total: deck.length })}
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
