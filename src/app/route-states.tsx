import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

import { useOnline } from '../shared/ui/use-online';

export function LoadingPage(): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="loading-panel" aria-busy="true">
      {t('app.loading')}
    </div>
  );
}

/** A route that throws while rendering fails alone: the shell and the other routes keep working. */
export function RouteErrorPage(): ReactElement {
  const error = useRouteError();
  if (import.meta.env.DEV) console.warn(error);
  return <PageUnavailable />;
}

/** What a failed page shows in its place (also when its code could not be downloaded). */
export function PageUnavailable(): ReactElement {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <section className="page route-error" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t('errors.routeTitle')}</h1>
      {/* Offline, a page whose code was never loaded cannot open: say that, not "it failed". */}
      <p>{online ? t('errors.routeBody') : t('errors.offlineRoute')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </section>
  );
}
