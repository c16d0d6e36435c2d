/**
 * The Content-Security-Policy of the static build, written into the built index.html as a
 * <meta http-equiv> by vite.config.ts (build only: the dev server's hot reload injects inline and
 * evaluated scripts that this policy forbids). Runs in Node at build time and in tests; the app
 * never imports it.
 *
 * Directives a <meta> cannot carry (frame-ancestors, report-to) belong in the host's headers; the
 * README's Deploy section gives them with an nginx example.
 */
import { createHash } from 'node:crypto';

/** Every inline <script> (no src) in `html`, as the exact text a browser hashes. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

/** 'sha256-…' source expression of a script's text (UTF-8, base64), as CSP Level 3 defines it. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The origin to allow in connect-src for the configured data base URL: null when it is a path on
 * this site ('self' covers it). Anything but a path or an http(s) URL fails the build: the value
 * goes into the policy, so a stray ";" or space must never become a directive of its own.
 */
export function dataOrigin(dataBaseUrl: string | undefined): string | null {
  if (!dataBaseUrl) return null;
  if (/^\/(?!\/)/.test(dataBaseUrl) || /^[\w.-]+(\/|$)/.test(dataBaseUrl)) {
    if (/[\s;,'"]/.test(dataBaseUrl))
      throw new Error(`VITE_DATA_BASE_URL has characters a URL path should not: ${dataBaseUrl}`);
    return null;
  }
  let url: URL;
  try {
    url = new URL(dataBaseUrl);
  } catch {
    throw new Error(`VITE_DATA_BASE_URL is neither a path nor an absolute URL: ${dataBaseUrl}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`VITE_DATA_BASE_URL must be http(s): ${dataBaseUrl}`);
  if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(url.origin))
    throw new Error(`VITE_DATA_BASE_URL has an unusual host: ${dataBaseUrl}`);
  return url.origin;
}

export interface PolicyOptions {
  /** VITE_DATA_BASE_URL as configured (undefined: the datasets under /data on this site). */
  dataBaseUrl: string | undefined;
}

/** The policy for `html`, whose inline scripts it allows by hash and nothing else inline. */
export function contentSecurityPolicy(html: string, { dataBaseUrl }: PolicyOptions): string {
  const hashes = [...new Set(inlineScripts(html).map(scriptHash))];
  const origin = dataOrigin(dataBaseUrl);
  const directives: [string, ...string[]][] = [
    // Everything not named below: this site only.
    ['default-src', "'self'"],
    // The bundle's files, plus the pre-paint language/theme script by its hash (computed here
    // from the built HTML, so it can never drift from the script). No 'unsafe-inline', no eval:
    // zod runs jitless (main.tsx) so it never probes `new Function`.
    ['script-src', "'self'", ...hashes],
    // 'unsafe-inline' for styles, knowingly: AG Grid's theming API injects <style> elements at
    // run time (a nonce would need a server to vary it per response; a fixed one in a static file
    // protects nothing), and ECharts' tooltips carry style attributes in their HTML. Styles
    // cannot run script; scripts stay locked down above.
    ['style-src', "'self'", "'unsafe-inline'"],
    // data: for AG Grid's icons (SVG data URLs in its CSS) and for slide PNG export, which loads
    // each chart's toDataURL() image into a canvas. No remote images.
    ['img-src', "'self'", 'data:'],
    // The datasets: this site, or the configured data host's origin.
    ['connect-src', "'self'", ...(origin ? [origin] : [])],
    // Offline use: the service worker script and the web app manifest, both from this site
    // (named although default-src already says so, so nobody narrows default-src and loses them).
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    // No plugins; no <base> pointing elsewhere (it would re-root every relative URL); forms, if
    // ever one submits, only to this site.
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** `html` with the policy as the first element after <meta charset>, before any script it governs. */
export function withContentSecurityPolicy(html: string, options: PolicyOptions): string {
  const policy = contentSecurityPolicy(html, options);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (!charset)
    throw new Error('index.html has no <meta charset>: cannot place the CSP before scripts');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}
