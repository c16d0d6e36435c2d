/**
 * Symmetric log scale: sign(x) · log10(1 + |x|). It keeps zero at zero, negative values negative
 * (a loss-making company's PE stays on the left) and squeezes decades, so −4114.88% and +4.72% are
 * both readable on one axis. Charts plot the transformed value and label the axis with real values.
 */
export function symlog(value: number): number {
  return Math.sign(value) * Math.log10(1 + Math.abs(value));
}

export function symlogInverse(value: number): number {
  return Math.sign(value) * (10 ** Math.abs(value) - 1);
}

/**
 * Real-valued tick positions for a symlog axis covering [min, max]. Up to three decades: 0, ±1, ±3,
 * ±10, ±30, ±100, ±300, ±1000; beyond that only 0, ±10, ±100, ±1000, …
 */
export function symlogTicks(min: number, max: number): number[] {
  const top = Math.max(Math.abs(min), Math.abs(max));
  const decades = Math.max(1, Math.ceil(Math.log10(top + 1)));
  const steps = decades <= 3 ? [1, 3] : [1];
  const ticks = new Set<number>([0]);
  // Past three decades, ±1 sits too close to 0 for both labels to be read: start at ±10.
  for (let k = decades <= 3 ? 0 : 1; k <= decades; k += 1) {
    for (const step of steps) {
      const v = step * 10 ** k;
      ticks.add(v);
      ticks.add(-v);
    }
  }
  return [...ticks].filter((v) => v >= min && v <= max).sort((a, b) => a - b);
}
