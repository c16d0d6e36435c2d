import { localeOf, type Lang } from './format';

/**
 * Times for the presenter view (clock and elapsed time), through `Intl` like every other figure.
 * Apart from format.ts so that every page's first bundle does not carry them.
 */
/** The time of day, "14:05:09", in the language's convention. */
export function formatClock(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** An elapsed time as "1:02:03" or "02:03" (hours only once there are some). */
export function formatElapsed(ms: number, lang: Lang): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const two = new Intl.NumberFormat(localeOf(lang), {
    minimumIntegerDigits: 2,
    useGrouping: false,
  });
  const hours = Math.floor(total / 3600);
  const minutes = two.format(Math.floor((total % 3600) / 60));
  const seconds = two.format(total % 60);
  return hours > 0
    ? `${new Intl.NumberFormat(localeOf(lang), { useGrouping: false }).format(hours)}:${minutes}:${seconds}`
    : `${minutes}:${seconds}`;
}
