// Lighthouse alone, against an app already served at APP_URL (default: the bench's preview port):
// `node tests/bench/lighthouse-only.mjs [route…]`. For profiling one route while changing it; the
// full bench (`npm run bench`) reports the same numbers for every route.
import { lighthouseScores } from './lighthouse.mjs';

const app = process.env.APP_URL ?? `http://127.0.0.1:${Number(process.env.BENCH_PORT || 4180)}`;
const routes = process.argv.slice(2);
const runs = Number(process.env.RUNS || 3);
for (const { url, scores, tbt, runs: each } of await lighthouseScores(
  (routes.length ? routes : ['/', '/sectors', '/funds', '/companies', '/timeline']).map(
    (route) => `${app}${route}`,
  ),
  { runs },
)) {
  console.log(
    `${new URL(url).pathname}\t${Object.values(scores).join(' · ')}\tTBT ${Math.round(tbt)} ms\t(${each
      .map((run) => `${run.performance}/${Math.round(run.tbt)}`)
      .join(', ')})`,
  );
}
