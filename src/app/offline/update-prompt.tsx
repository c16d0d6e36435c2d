import { StrictMode, Suspense, useState, useSyncExternalStore, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';

import { SKIP_WAITING } from './offline-cache';
import '../styles/offline.css';

/** Where the app is: the router, as far as the prompt needs it. */
export interface Whereabouts {
  subscribe(onChange: () => void): () => void;
  readonly state: { readonly location: { readonly pathname: string } };
}

export interface UpdatePromptProps {
  /** The new version's worker, installed and waiting. */
  waiting: ServiceWorker;
  whereabouts: Whereabouts;
  container?: Pick<ServiceWorkerContainer, 'controller' | 'addEventListener'>;
  reload?: () => void;
}

/** Slides are on the projector and the presenter view is mid-talk: the prompt waits for both. */
const PRESENTING = /^\/present(er)?(\/|$)/;

/**
 * Offers the new version: reloading is the user's choice, never automatic, and the prompt never
 * shows over a slide being presented. Reloading keeps the address, so the page and its filters
 * come back as they were.
 */
export function UpdatePrompt({
  waiting,
  whereabouts,
  container = navigator.serviceWorker,
  reload = () => window.location.reload(),
}: UpdatePromptProps): ReactElement | null {
  const { t } = useTranslation('offline');
  const [dismissed, setDismissed] = useState(false);
  const [reloading, setReloading] = useState(false);
  const pathname = useSyncExternalStore(
    (onChange) => whereabouts.subscribe(onChange),
    () => whereabouts.state.location.pathname,
  );
  if (dismissed || PRESENTING.test(pathname)) return null;

  const onReload = (): void => {
    setReloading(true);
    // Another tab may have accepted the update already: then this page's worker is the new one.
    if (container.controller === waiting) {
      reload();
      return;
    }
    container.addEventListener('controllerchange', reload, { once: true });
    waiting.postMessage({ type: SKIP_WAITING });
  };

  return (
    <section className="update-prompt" aria-labelledby="update-prompt-title">
      <h2 id="update-prompt-title" className="update-prompt-title">
        {t('updateTitle')}
      </h2>
      <p role="status">{t('updateReady')}</p>
      <div className="update-prompt-actions">
        <button type="button" className="button primary" onClick={onReload} disabled={reloading}>
          {reloading ? t('reloading') : t('reload')}
        </button>
        <button type="button" className="button" onClick={() => setDismissed(true)}>
          {t('later')}
        </button>
      </div>
    </section>
  );
}

/**
 * Mounts the prompt in a root of its own beside the app (called once a new version waits). It
 * reads the app's i18next instance (react-i18next's global one), so it follows the language.
 */
export function showUpdatePrompt(waiting: ServiceWorker, whereabouts: Whereabouts): void {
  const host = document.createElement('div');
  document.body.append(host);
  createRoot(host).render(
    <StrictMode>
      <Suspense fallback={null}>
        <UpdatePrompt waiting={waiting} whereabouts={whereabouts} />
      </Suspense>
    </StrictMode>,
  );
}
