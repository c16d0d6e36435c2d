/**
 * Imported first by main.tsx, before any schema is built. Zod's JIT compiles object parsers with
 * `new Function`, and deciding whether it may do so it calls `new Function("")` once: under the
 * app's Content-Security-Policy (no 'unsafe-eval') that probe is refused and reported as a
 * `securitypolicyviolation`, even though zod catches the error. Jitless parsing never probes;
 * the datasets are small enough that it costs nothing measurable.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
