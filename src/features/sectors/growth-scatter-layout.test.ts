import { describe, expect, it } from 'vitest';

import { CELL_COLUMNS, layoutGrowthScatter, ROW_HEIGHT } from './growth-scatter-layout';
import { PROFIT_STATUS_ORDER, REVENUE_DIRECTION_ORDER } from './quadrants';
import type { ProfitStatus, RevenueDirection } from './sectors-schema';
import { sectors } from './test-fixtures';

const rows = sectors.subIndustries;

describe('layoutGrowthScatter', () => {
  const layout = layoutGrowthScatter(rows);

  it('places every one of the 25 sub-industries exactly once', () => {
    expect(layout.points).toHaveLength(25);
    expect(new Set(layout.points.map((p) => p.id)).size).toBe(25);
  });

  it('never overlaps: every pair of points is at least a row apart or a slot apart', () => {
    const slot = 1 / CELL_COLUMNS;
    for (const [i, a] of layout.points.entries()) {
      for (const b of layout.points.slice(i + 1)) {
        const dx = Math.abs(a.x - b.x) / slot;
        const dy = Math.abs(a.y - b.y) / ROW_HEIGHT;
        // In units of one slot (x) and one row (y): neighbours are exactly 1 apart.
        expect(Math.hypot(dx, dy), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(0.999);
      }
    }
  });

  it('keeps each point inside its own cell, with its label room to the right', () => {
    for (const point of layout.points) {
      const row = rows.find((r) => r.id === point.id);
      expect(row).toBeDefined();
      if (!row) continue;
      const column = REVENUE_DIRECTION_ORDER.indexOf(row.revenueDirection);
      const band = layout.bands.find((b) => b.status === row.profitStatus);
      expect(band).toBeDefined();
      if (!band) continue;
      expect(point.x).toBeGreaterThan(column);
      // The label's slot (half a cell) fits before the cell ends.
      expect(point.x + layout.slotWidth * 0.9).toBeLessThan(column + 1);
      expect(point.y).toBeGreaterThan(band.from);
      expect(point.y).toBeLessThan(band.to);
    }
  });

  it('orders the bands worst to best and leaves a name strip above each half', () => {
    expect(layout.bands.map((b) => b.status)).toEqual(PROFIT_STATUS_ORDER);
    expect(layout.halves.map((h) => h.half)).toEqual(['down', 'up']);
    const [down, up] = layout.halves;
    expect(down?.from).toBe(0);
    expect(up?.from).toBe(down?.to);
    expect(up?.to).toBe(layout.yMax);
    // No point sits in a strip.
    for (const half of layout.halves)
      for (const point of layout.points)
        expect(point.y < half.stripFrom || point.y > half.to).toBe(true);
  });

  it('gives the six-member cell (revenue up, profit growth) three rows', () => {
    const growth = layout.bands.find((b) => b.status === 'growth');
    expect(growth && growth.to - growth.from).toBe(3 * ROW_HEIGHT);
  });

  it('is deterministic and independent of input order', () => {
    const again = layoutGrowthScatter([...rows].reverse());
    const byId = (l: typeof layout) => Object.fromEntries(l.points.map((p) => [p.id, [p.x, p.y]]));
    expect(byId(again)).toEqual(byId(layout));
  });

  it('spreads any number of points in a cell without overlap', () => {
    const many = Array.from({ length: 11 }, (_, index) => ({
      id: `x${index}`,
      order: index + 1,
      revenueDirection: 'up' as RevenueDirection,
      profitStatus: 'turned-loss' as ProfitStatus,
    }));
    const points = layoutGrowthScatter(many).points;
    for (const [i, a] of points.entries())
      for (const b of points.slice(i + 1))
        expect(a.x !== b.x || Math.abs(a.y - b.y) >= ROW_HEIGHT - 1e-9).toBe(true);
  });
});
