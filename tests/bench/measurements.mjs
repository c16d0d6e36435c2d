// Measurements beyond bytes and LCP (grid timings at scale, language switch, heap) are added here
// as the screeners and the full bench land. Each returns [metric, value, budget?, pass?] rows;
// timings are reported, never enforced.
export async function extraMeasurements() {
  return [];
}
