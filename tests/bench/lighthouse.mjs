// Lighthouse 12 (pinned: 13 needs Node 22), desktop preset, against Debian's chromium driven over
// its DevTools port. Scores are reported by the bench (performance ≥ 95, accessibility 100,
// best practices 100), not enforced: they move with machine load.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { launch } from '../support/chromium.mjs';

const PORT = 9333;
export const lighthouseBudgets = { performance: 95, accessibility: 100, 'best-practices': 100 };

export async function lighthouseScores(urls) {
  const browser = await launch([`--remote-debugging-port=${PORT}`]);
  const results = [];
  try {
    for (const url of urls) {
      const runner = await lighthouse(
        url,
        {
          port: PORT,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(lighthouseBudgets),
        },
        desktopConfig,
      );
      const categories = runner?.lhr.categories ?? {};
      const scores = Object.fromEntries(
        Object.keys(lighthouseBudgets).map((key) => [
          key,
          Math.round((categories[key]?.score ?? 0) * 100),
        ]),
      );
      const failing = Object.values(runner?.lhr.audits ?? {})
        .filter(
          (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
        )
        .map((audit) => audit.id);
      const metrics = Object.fromEntries(
        [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ].map((id) => [id, runner?.lhr.audits[id]?.displayValue ?? '']),
      );
      results.push({ url, scores, failing, metrics });
    }
  } finally {
    await browser.close();
  }
  return results;
}
