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

/** The rows of `measure`, or one row saying why it could not be measured. */
async function orNotMeasured(name, measure) {
  try {
    return (await measure()).map(reportOnly);
  } catch (error) {
    return [
      [name, `not measured: ${String(error?.message ?? error).split('\n')[0]}`, '', undefined],
    ];
  }
}

export async function extraMeasurements({ browser, appUrl }) {
  const rows = [];
  // /funds with 20,000 synthetic funds (served by page.route only): sort and filter, input → paint.
  // A failure in one (e.g. the app refusing the synthetic file) is reported in the table and the
  // bench goes on, so the other measurements still print.
  rows.push(
    ...(await orNotMeasured('20,000 synthetic funds: sort and filter', () =>
      gridScale({ browser, appUrl }),
    )),
  );
  rows.push(
    ...(await orNotMeasured('20,000 synthetic funds: Excel export', () =>
      excelExportScale({ browser, appUrl }),
    )),
  );
  rows.push(...(await languageSwitch({ browser, appUrl })));
  rows.push(...(await heap({ browser, appUrl })));
  const routes = ['/', '/sectors', '/funds', '/companies', '/timeline'];
  const runs = 3;
  for (const { url, scores, tbt, runs: each } of await lighthouseScores(
    routes.map((route) => `${appUrl}${route}`),
    { runs },
  )) {
    const path = new URL(url).pathname;
    for (const [category, score] of Object.entries(scores)) {
      rows.push([
        `Lighthouse ${category} ${path} (desktop, median of ${runs})`,
        category === 'performance'
          ? `${score} (runs: ${each.map((run) => run.performance).join(', ')})`
          : String(score),
        `≥ ${lighthouseBudgets[category]}`,
        undefined,
      ]);
    }
    rows.push([
      `Lighthouse total blocking time ${path} (median of ${runs})`,
      `${Math.round(tbt)} ms (runs: ${each.map((run) => Math.round(run.tbt)).join(', ')})`,
      '',
      undefined,
    ]);
  }
  return rows;
}
