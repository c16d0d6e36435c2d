// First: schemas are built as their modules load, and must be built jitless (see zod-config.ts).
import './shared/lib/zod-config';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';

import { Providers } from './app/providers';
import { loadCoreStrings } from './shared/i18n/core-strings';
import { usePreferencesStore } from './shared/stores/preferences-store';
import { createQueryClient } from './app/query-client';
import { registerServiceWorker } from './app/offline/register-service-worker';
import { createRouter } from './app/router';
import './app/styles.css';

const queryClient = createQueryClient();
const router = createRouter(queryClient);
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

// The shell's strings in the language it opens in (the other language loads on the first switch).
// The header and data line a visitor sees first are static HTML in index.html meanwhile.
const language = usePreferencesStore.getState().language;
const coreStrings = { [language]: await loadCoreStrings(language) };

createRoot(root, {
  // React reports an error it recovered from by rendering again synchronously (e.g. a page's code
  // or strings failing to load the moment the network drops, then shown as the offline message by
  // the route's error element). The default reports it as an uncaught error although nothing is
  // broken; it is logged as a warning with its cause instead.
  onRecoverableError: (error, info) => {
    console.warn('React recovered from an error', error, info.componentStack ?? '');
  },
}).render(
  <StrictMode>
    <Providers queryClient={queryClient} coreStrings={coreStrings}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);

// Offline use (production builds only: the dev server and the tests run without a worker). The
// update prompt is a chunk of its own, fetched only when a new version is waiting.
if (import.meta.env.PROD) {
  registerServiceWorker(`${import.meta.env.BASE_URL}service-worker.js`, (waiting) => {
    void import('./app/offline/update-prompt').then((m) => m.showUpdatePrompt(waiting, router));
  });
}
