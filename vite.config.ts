/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

import { bootScript, bootShellHtml, reportLineHtml } from './src/app/boot-shell';
import { embeddedEditions } from './src/app/editions-embedded';

/**
 * Writes the boot shell (header, data date and source in both languages) and the pre-paint
 * language/theme script into index.html, so the first paint needs no JavaScript bundle.
 */
function bootShell(): Plugin {
  return {
    name: 'boot-shell',
    transformIndexHtml: (html) =>
      html
        .replace(
          '<div id="root"></div>',
          `${reportLineHtml(embeddedEditions)}\n    <div id="root">${bootShellHtml()}</div>`,
        )
        .replace('</head>', `<script>${bootScript}</script>\n  </head>`),
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
