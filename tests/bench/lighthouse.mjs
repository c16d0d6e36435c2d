// Lighthouse 12 (pinned: 13 needs Node 22), desktop preset, against Debian's chromium driven over
// its DevTools port. Scores are reported by the bench (performance ≥ 95, accessibility 100,
// best practices 100), not enforced: they move with machine load. Each route is measured several
// times and the median reported, with its total blocking time (what the grid pages lose to).
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { launch } from '../support/chromium.mjs';

// Next to the bench's two servers (BENCH_PORT and +1), so two checkouts can bench side by side.
const PORT = Number(process.env.BENCH_PORT || 4180) + 2;
export const lighthouseBudgets = { performance: 95, accessibility: 100, 'best-practices': 100 };
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Scores (0–100) and total blocking time (ms) of each URL: the median of `runs` cold loads, with
 * every run's performance score and TBT kept so the spread can be reported.
 */
export async function lighthouseScores(urls, { runs = 3 } = {}) {
  const browser = await launch([`--remote-debugging-port=${PORT}`]);
  const results = [];
  try {
    for (const url of urls) {
      const samples = [];
      for (let run = 0; run < runs; run += 1) {
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
        samples.push({
          scores: Object.fromEntries(
            Object.keys(lighthouseBudgets).map((key) => [
              key,
              Math.round((categories[key]?.score ?? 0) * 100),
            ]),
          ),
          tbt: runner?.lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        });
      }
      results.push({
        url,
        scores: Object.fromEntries(
          Object.keys(lighthouseBudgets).map((key) => [
            key,
            median(samples.map((sample) => sample.scores[key])),
          ]),
        ),
        tbt: median(samples.map((sample) => sample.tbt)),
        runs: samples.map((sample) => ({
          performance: sample.scores.performance,
          tbt: sample.tbt,
        })),
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}
