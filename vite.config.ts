/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';

import type * as BootShell from './src/app/boot-shell';
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

export default defineConfig({
  plugins: [react(), bootShell()],
  build: {
    target: 'es2022',
    // echarts and AG Grid are intentionally in their own lazily loaded chunks.
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
  },
});
