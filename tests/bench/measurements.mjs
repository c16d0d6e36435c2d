// Measurements beyond bytes and LCP (grid timings at scale, language switch, heap) are added here
// as the screeners and the full bench land. Each returns [metric, value, budget?, pass?] rows;
// timings are reported, never enforced.
import { gridScale } from './grid-scale.mjs';

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
  return rows;
}
