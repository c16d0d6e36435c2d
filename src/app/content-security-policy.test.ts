// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  contentSecurityPolicy,
  dataOrigin,
  inlineScripts,
  scriptHash,
  withContentSecurityPolicy,
} from './content-security-policy';

const html = `<!doctype html>
<html><head>
    <meta charset="UTF-8" />
    <script type="module" crossorigin src="/assets/index.js"></script>
    <script>(function () { document.documentElement.lang = 'en'; })();</script>
  </head><body><div id="root"></div></body></html>`;

describe('content security policy', () => {
  it('hashes inline scripts only, as CSP defines the hash', () => {
    expect(inlineScripts(html)).toEqual([
      "(function () { document.documentElement.lang = 'en'; })();",
    ]);
    // The empty string's SHA-256, a known vector.
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('allows scripts from this site and the inline ones by hash, nothing else', () => {
    const policy = contentSecurityPolicy(html, { dataBaseUrl: undefined });
    expect(policy.split('; ')).toEqual([
      "default-src 'self'",
      `script-src 'self' ${scriptHash(inlineScripts(html)[0] ?? '')}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]);
    expect(policy).not.toMatch(/unsafe-eval|frame-ancestors/);
  });

  it('allows the configured data host in connect-src', () => {
    const policy = contentSecurityPolicy(html, {
      dataBaseUrl: 'https://cdn.example.com:8443/ai-dashboard/data',
    });
    expect(policy).toContain("connect-src 'self' https://cdn.example.com:8443;");
  });

  it('refuses a data base URL that could smuggle a directive into the policy', () => {
    expect(dataOrigin(undefined)).toBeNull();
    expect(dataOrigin('/data')).toBeNull();
    expect(dataOrigin('data')).toBeNull();
    expect(dataOrigin('http://127.0.0.1:9000/x')).toBe('http://127.0.0.1:9000');
    // Only the origin goes into the policy, never the path.
    expect(dataOrigin("https://cdn.example.com/x; script-src 'unsafe-inline'")).toBe(
      'https://cdn.example.com',
    );
    expect(() => dataOrigin('/data; script-src *')).toThrow();
    expect(() => dataOrigin('javascript:alert(1)')).toThrow();
    expect(() => dataOrigin('//cdn.example.com/data')).toThrow();
  });

  it('places the meta before every script', () => {
    const out = withContentSecurityPolicy(html, { dataBaseUrl: undefined });
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
  });
});
