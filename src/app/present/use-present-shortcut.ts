import { useCallback, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** True when a key press belongs to a text field or control, not to the page. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Starts present mode from the current page: the deck opens at this page's slide, keeps the
 * page's URL parameters (its filters) and remembers where to come back to. Bound to `P`.
 */
export function usePresentShortcut(): () => void {
  const navigate = useNavigate();
  const location = useLocation();
  const start = useCallback(() => {
    // Full screen needs a user activation; it lasts a few seconds, well beyond this local import.
    void import('./start-presenting').then(({ startPresenting }) =>
      startPresenting(navigate, location.pathname, location.search),
    );
  }, [navigate, location.pathname, location.search]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'p' && event.key !== 'P') return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      start();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [start]);
  return start;
}
