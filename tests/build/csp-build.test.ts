// @vitest-environment node
/**
 * Builds the app (in memory) and checks the CSP <meta> of the index.html it emits: before every
 * script, and allowing exactly the inline scripts the build wrote, by their SHA-256.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function builtIndexHtml(): Promise<string> {
  // The service worker plugin writes its worker to outDir even without `write`: never into dist/.
  const outDir = mkdtempSync(join(tmpdir(), 'csp-build-'));
  const result = await build({
    root,
    mode: 'production',
    logLevel: 'silent',
    build: { write: false, outDir, emptyOutDir: false },
  }).finally(() => rmSync(outDir, { recursive: true, force: true }));
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  for (const { output } of outputs) {
    const html = output.find((file) => file.fileName === 'index.html');
    if (html && html.type === 'asset') return String(html.source);
  }
  throw new Error('the build emitted no index.html');
}

describe('the built index.html', () => {
  it('carries a CSP that allows its inline scripts by hash and nothing else inline', async () => {
    const html = await builtIndexHtml();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const policy = new Map(
      (meta?.[1] ?? '').split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (match) => match[1] ?? '',
    );
    // The boot shell's pre-paint script, at least.
    expect(inline.length).toBeGreaterThan(0);
    const hashes = inline.map(
      (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`,
    );
    expect(policy.get('script-src')).toEqual(["'self'", ...hashes]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('connect-src')?.[0]).toBe("'self'");
    // The offline service worker and the web app manifest (both linked from this site).
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('manifest-src')).toEqual(["'self'"]);
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    // The policy governs only what follows it: it must precede every script.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  }, 120_000);
});
