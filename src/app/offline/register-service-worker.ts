/**
 * Registers the offline service worker (service-worker.ts) after the page's load event, so its
 * precaching never competes with the first paint. This is the only offline code in the first
 * bundle, so it stays this small: the update prompt is a chunk of its own, loaded only when a new
 * version is actually waiting. If the load event has passed already (main.tsx awaits the shell's
 * strings before it gets here), it registers at once.
 *
 * `onUpdate` is called when a new version has installed while an older one controls the page
 * (never on the first install). Nothing reloads by itself.
 */
export function registerServiceWorker(
  url: string,
  onUpdate: (waiting: ServiceWorker) => void,
): void {
  const container = navigator.serviceWorker;
  if (!container) return;
  const register = (): void => {
    container.register(url).then(
      (registration?: ServiceWorkerRegistration) => {
        // Playwright's `serviceWorkers: 'block'` (the e2e default) resolves with nothing.
        if (!registration) return;
        const offer = (): void => {
          if (registration.waiting && container.controller) onUpdate(registration.waiting);
        };
        offer();
        registration.addEventListener('updatefound', () =>
          registration.installing?.addEventListener('statechange', offer),
        );
      },
      // Refused (private window, blocked by policy): the app works online as before.
      () => undefined,
    );
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
