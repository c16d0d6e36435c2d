/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, runnerImport, type Plugin } from 'vite';

import type * as BootShell from './src/app/boot-shell';
import type * as Csp from './src/app/content-security-policy';
import type * as EditionsEmbedded from './src/app/editions-embedded';

/**
 * Writes the boot shell (header, data date and source in both languages) and the pre-paint
 * language/theme script into index.html, so the first paint needs no JavaScript bundle.
 */
function bootShell(): Plugin {
  return {
    name: 'boot-shell',
    async transformIndexHtml(html) {
      // Loaded through Vite's module runner (not a static import) so the config itself stays plain.
      const { module: boot } = await runnerImport<typeof BootShell>('./src/app/boot-shell.ts');
      const { module: editions } = await runnerImport<typeof EditionsEmbedded>(
        './src/app/editions-embedded.ts',
      );
      return html
        .replace(
          '<div id="root"></div>',
          `${boot.reportLineHtml(editions.embeddedEditions)}\n    <div id="root">${boot.bootShellHtml()}</div>`,
        )
        .replace('</head>', `<script>${boot.bootScript}</script>\n  </head>`);
    },
  };
}

/**
 * Writes the Content-Security-Policy <meta> into the built index.html, hashing the inline scripts
 * of the final HTML (after every other transform, Vite's own tag injection included). Build only:
 * the dev server's hot reload needs inline and evaluated scripts that the policy forbids.
 */
function contentSecurityPolicy(dataBaseUrl: string | undefined): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { module: csp } = await runnerImport<typeof Csp>(
          './src/app/content-security-policy.ts',
        );
        return csp.withContentSecurityPolicy(html, { dataBaseUrl });
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    bootShell(),
    contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_BASE_URL),
  ],
  resolve: {
    // react-router's package exports send every bundler to its development build (dev-only
    // warnings and checks included); production builds use the production build it also ships.
    alias:
      mode === 'production'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : [],
  },
  build: {
    target: 'es2022',
    // No modulepreload polyfill on `/`: a browser without modulepreload (Safari < 17) loses only
    // the head start on chunk downloads, never a page.
    modulePreload: { polyfill: false },
    // echarts and AG Grid are intentionally in their own lazily loaded chunks.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Every page needs the framework: one chunk compresses better than the handful
              // the splitter would otherwise make (measured: a few KiB less gzip on `/`).
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|zustand|zod|use-sync-external-store)[\\/]/,
              priority: 20,
            },
            {
              // The chart code `/` draws with (ECharts core, bars, grid, tooltip, aria, canvas, the
              // React wrapper) with its dependencies, as one chunk: better gzip than the pieces.
              name: 'charts',
              test: /node_modules[\\/](echarts[\\/](core\.js|lib[\\/](chart[\\/]bar[\\/]install|component[\\/](grid[\\/]installSimple|aria[\\/]install)|renderer[\\/]installCanvasRenderer))|echarts-for-react[\\/]esm[\\/]core)|src[\\/]shared[\\/]ui[\\/](chart|mask-option)\.tsx?$/,
              priority: 15,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    server: {
      deps: {
        // nuqs' React Router adapter must share the tests' react-router (and its contexts):
        // left to Node it would load react-router's CommonJS build beside the ES one.
        inline: ['nuqs'],
      },
    },
  },
}));
