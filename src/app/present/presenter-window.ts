import type { SlideId } from './slide-pages';

/** One presenter window: S again brings it forward instead of opening another. */
const PRESENTER_WINDOW = 'ai-dashboard-presenter';

/**
 * Opens the presenter view (/presenter/<slide>, same URL parameters: the same views and mask) in a
 * second window, to drag onto the laptop's screen while the slides stay on the projector.
 */
export function openPresenterWindow(slide: SlideId, search: string): void {
  const opened = window.open(
    `/presenter/${slide}${search}`,
    PRESENTER_WINDOW,
    'popup,width=1280,height=800',
  );
  opened?.focus();
}
