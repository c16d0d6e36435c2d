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
 * exceljs ships one browserify bundle whose loader falls back to a global `require` for modules
 * outside the bundle (never the case in a browser). That free `require` makes the bundler put a
 * `require` shim into the runtime chunk every page loads (~200 bytes gzip on `/`); the fallback is
 * dead code here, so it is removed from that one file.
 */
function exceljsWithoutRequire(): Plugin {
  const fallback = '"function"==typeof require&&require';
  return {
    name: 'exceljs-without-require',
    transform(code, id) {
      if (!/exceljs[\\/]dist[\\/]exceljs\.min\.js$/.test(id) || !code.includes(fallback))
        return null;
      return { code: code.replaceAll(fallback, '!1'), map: null };
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
    exceljsWithoutRequire(),
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
    // echarts and AG Grid are intentionally in their own lazily loaded chunks.
    chunkSizeWarningLimit: 1200,
    // Every browser the es2022 target runs in preloads modules natively except Safari before 17,
    // which then fetches lazy chunks on demand instead of ahead: the polyfill (~0.3 KiB gzip on `/`)
    // buys only that. It made room for the click-loaded Excel export and the heat map on `/`'s budget.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Every page needs the framework: one chunk compresses better than the handful
              // the splitter would otherwise make (measured: a few KiB less gzip on `/`).
              name: 'framework',
              // Vite's preload helper (every lazy import uses it) goes here too: left alone it lands in
              // the first group whose code imports lazily (charts), and every page would load charts.
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|zustand|zod|use-sync-external-store)[\\/]|vite[\\/]preload-helper/,
              priority: 20,
            },
            {
              // The chart code `/` draws with (ECharts core, bars, grid, tooltip, aria, canvas, the
              // React wrapper) with its dependencies, as one chunk: better gzip than the pieces.
              name: 'charts',
              test: /node_modules[\\/](echarts[\\/](core\.js|lib[\\/](chart[\\/]bar[\\/]install|component[\\/](grid|tooltip|aria)[\\/]install|renderer[\\/]installCanvasRenderer))|echarts-for-react[\\/]esm[\\/]core)|src[\\/]shared[\\/]ui[\\/](chart|mask-option)\.tsx?$/,
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
