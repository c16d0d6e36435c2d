/**
 * Where the datasets live. Defaults to the JSON embedded under public/data; set
 * VITE_DATA_BASE_URL at build time to serve them from any static host or CDN.
 */
export const DATA_BASE_URL: string = (
  import.meta.env.VITE_DATA_BASE_URL ?? `${import.meta.env.BASE_URL}data`
).replace(/\/+$/, '');

const timeoutFromEnv = Number(import.meta.env.VITE_DATA_TIMEOUT_MS);
/** A dataset that has not answered within this is reported as timed out (the files are small). */
export const DATA_TIMEOUT_MS: number =
  Number.isFinite(timeoutFromEnv) && timeoutFromEnv > 0 ? timeoutFromEnv : 8000;

/**
 * A dataset larger than this is refused before it is parsed (Content-Length, then a byte count as
 * it streams), so a junk or hostile file cannot take the page's memory. The largest real dataset,
 * news.json of edition 2024-10, is about 90 KB: 2 MiB is over 20 times that (tests/datasets/
 * size.test.ts keeps every real file under a tenth of the limit).
 */
export const DATA_MAX_BYTES = 2 * 1024 * 1024;
