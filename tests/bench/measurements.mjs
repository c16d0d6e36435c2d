// Measurements beyond bytes and LCP (grid timings at scale, language switch, heap) are added here
// as the screeners and the full bench land. Each returns [metric, value, budget?, pass?] rows;
// timings are reported, never enforced.
import { excelExportScale, gridScale } from './grid-scale.mjs';
import { lighthouseBudgets, lighthouseScores } from './lighthouse.mjs';
import { heap, languageSwitch } from './runtime.mjs';

/** A timing row keeps its verdict in the value and never fails the bench (noisy machines). */
const reportOnly = ([metric, value, budget, pass]) => [
  metric,
  pass === undefined ? value : `${value} (${pass ? 'within budget' : 'OVER budget'})`,
  budget,
  undefined,
];

export async function extraMeasurements({ browser, appUrl }) {
  const rows = [];
  // /funds with 20,000 synthetic funds (served by page.route only): sort and filter, input → paint.
  rows.push(...(await gridScale({ browser, appUrl })).map(reportOnly));
  rows.push(...(await excelExportScale({ browser, appUrl })).map(reportOnly));
  rows.push(...(await languageSwitch({ browser, appUrl })));
  rows.push(...(await heap({ browser, appUrl })));
  for (const { url, scores } of await lighthouseScores([`${appUrl}/`, `${appUrl}/funds`])) {
    const path = new URL(url).pathname;
    for (const [category, score] of Object.entries(scores)) {
      rows.push([
        `Lighthouse ${category} ${path} (desktop)`,
        String(score),
        `≥ ${lighthouseBudgets[category]}`,
        undefined,
      ]);
    }
  }
  return rows;
}
