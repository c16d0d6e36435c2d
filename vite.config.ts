/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, runnerImport, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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
 * The export libraries loaded on click (pptxgenjs, JSZip, exceljs) test for a Node `require` the
 * browser never has: pptxgenjs's `require('sizeof')` branch, and the `"function"==typeof
 * require&&require` of the browserify preludes of JSZip and exceljs. Left in, the bundler adds its
 * `require` shim to the runtime chunk that every page loads (about 200 B gzip on `/`); every one of
 * these tests is false in a browser anyway, so they are removed from those files.
 */
function exportsWithoutNodeRequire(): Plugin {
  const nodeOnly = [
    ["typeof require !== 'undefined' ? require('sizeof') : null", 'null'],
    ['"function"==typeof require&&require', '!1'],
  ] as const;
  return {
    name: 'exports-without-node-require',
    transform(code, id) {
      if (!/node_modules[\\/](pptxgenjs|jszip|exceljs)[\\/]/.test(id)) return null;
      const patched = nodeOnly.reduce((text, [from, to]) => text.split(from).join(to), code);
      return patched === code ? null : { code: patched, map: null };
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

/**
 * Offline use: the service worker (src/app/offline/service-worker.ts, built by vite-plugin-pwa with
 * the list of files to precache written into it) and the web app manifest, so the app installs.
 * Precached: the shell, every JS and CSS file of the build (lazily loaded chunks included, so an
 * export loaded on click works offline too), the icons, and the embedded edition's datasets with
 * the glossary. Datasets served from another host (VITE_DATA_BASE_URL) are not precached.
 * 'prompt': a new version waits until the user reloads; nothing reloads by itself. The page
 * registers the worker itself (register-service-worker.ts), so the plugin injects no script.
 */
async function offline(dataBaseUrl: string | undefined): Promise<Plugin[]> {
  // The edition editions.json opens by default (its `latest`) is the one saved for offline use.
  const { latest } = JSON.parse(readFileSync('public/data/editions.json', 'utf8')) as {
    latest: string;
  };
  const datasets = dataBaseUrl
    ? []
    : ['data/editions.json', 'data/glossary.json', `data/${latest}/*.json`];
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/app/offline',
    filename: 'service-worker.ts',
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg', ...datasets],
    injectManifest: {
      // A classic worker: every browser that has service workers runs it.
      rollupFormat: 'iife',
      globPatterns: ['**/*.{js,css,html}'],
      // The biggest lazy chunks (Excel, PowerPoint) must be precached too; a file over this
      // fails the build rather than being left out silently.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
    manifest: {
      id: '/',
      name: 'AI 行业看板 · AI Sector Dashboard',
      short_name: 'AI 看板',
      description:
        'Bilingual dashboard of a China computer and AI sector monthly research report (data as of 2024-10-31).',
      lang: 'zh-CN',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#f6f7f9',
      theme_color: '#1f4e8c',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
  });
}

/** Modules (with their dependencies) that every page loads at start; see the 'app-common' group. */
const appCommonModules = [
  'app/shell.tsx',
  'app/router.tsx',
  'app/providers.tsx',
  'app/route-states.tsx',
  'app/links.ts',
  'app/kpi-grid.tsx',
  'shared/lib/api-client.ts',
  'shared/lib/dataset-schema.ts',
  'shared/ui/query-panel.tsx',
  'shared/ui/panel.tsx',
  'shared/ui/loading-block.tsx',
  'shared/ui/when-visible.tsx',
  'shared/ui/signed-value.tsx',
  'shared/ui/kpi-card.tsx',
  'shared/ui/use-market-colours.ts',
].map((module) => `/src/${module}`);

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    exportsWithoutNodeRequire(),
    bootShell(),
    contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_BASE_URL),
    offline(loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_BASE_URL),
  ],
  resolve: {
    // react-router's package exports send every bundler to its development build (dev-only
    // warnings and checks included); production builds use the production build it also ships.
    // The useSyncExternalStore shim react-i18next imports is React's own hook here (see the file).
    alias:
      mode === 'production'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
            {
              find: /^use-sync-external-store\/shim$/,
              replacement: fileURLToPath(
                new URL('./src/app/use-sync-external-store.ts', import.meta.url),
              ),
            },
          ]
        : [],
  },
  build: {
    target: 'es2022',
    // No module-preload polyfill (about 0.35 KiB gzip on every page, made room for the offline
    // service worker's registration): Chrome 66+, Firefox 115+ and Safari 17+ preload modules
    // natively; older browsers still load every chunk, only without the head start.
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
              // Vite's preload helper (every lazy import uses it) goes here too: left alone it lands in
              // the first group whose code imports lazily (charts), and every page would load charts.
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|zustand|zod|use-sync-external-store)[\\/]|vite[\\/]preload-helper/,
              priority: 20,
            },
            {
              // The chart code `/` draws with (ECharts core, bars, grid, tooltip, aria, canvas, the
              // React wrapper) with its dependencies, as one chunk: better gzip than the pieces.
              // Only modules no grid page needs: a group takes its modules' dependencies along, so
              // adding chart-base (which imports format.ts) once put all of this on /funds.
              name: 'charts',
              test: /node_modules[\\/](echarts[\\/](core\.js|lib[\\/](chart[\\/]bar[\\/]install|component[\\/](grid[\\/]installSimple|aria[\\/]install)|renderer[\\/]installCanvasRenderer)))|src[\\/]shared[\\/]ui[\\/](chart|chart-base|mask-option|use-echarts|use-chart-context|use-element-width)\.tsx?$/,
              priority: 15,
            },
            {
              // The app's own start-up code (shell, router, shared helpers, the overview's KPI
              // cards) as one chunk: a dozen tiny chunks cost `/` more (each a request with its
              // own imports, compressed apart) — measured 320.0 → 319.5 KiB gzip with this group.
              name: 'app-common',
              test: (id: string) =>
                appCommonModules.some((module) => id.replaceAll('\\', '/').endsWith(module)),
              // Above 'charts': modules both use (mask context, rise/fall colours) stay here, so
              // no page without a chart loads the chart chunk for them.
              priority: 16,
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
