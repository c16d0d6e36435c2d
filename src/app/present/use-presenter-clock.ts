import { useCallback, useEffect, useState } from 'react';

export interface PresenterClock {
  now: Date;
  elapsedMs: number;
  running: boolean;
  pause: () => void;
  resume: () => void;
  reset: () => void;
}

/** The time of day and the talk's elapsed time (from opening the view; pause, resume, reset). */
export function usePresenterClock(): PresenterClock {
  const [now, setNow] = useState(() => new Date());
  // Elapsed = what was banked before the last pause + the running stretch since `since`.
  const [banked, setBanked] = useState(0);
  const [since, setSince] = useState<number | null>(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const pause = useCallback(() => {
    if (since === null) return;
    setBanked((value) => value + Date.now() - since);
    setSince(null);
  }, [since]);
  const resume = useCallback(() => setSince((value) => value ?? Date.now()), []);
  const reset = useCallback(() => {
    setBanked(0);
    setSince((value) => (value === null ? null : Date.now()));
    setNow(new Date());
  }, []);
  const elapsedMs = banked + (since === null ? 0 : Math.max(0, now.getTime() - since));
  return { now, elapsedMs, running: since !== null, pause, resume, reset };
}
