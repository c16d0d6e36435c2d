import {
  PROFIT_STATUS_ORDER,
  profitHalf,
  REVENUE_DIRECTION_ORDER,
  type ProfitHalf,
} from './quadrants';
import type { ProfitStatus, RevenueDirection, SubIndustry } from './sectors-schema';

/**
 * Where each sub-industry sits on the direction scatter. The axes are value axes in "layout
 * units", not figures: x has one unit per revenue direction, y one band per profit status. Points
 * are spread inside their cell on a fixed grid computed from their position in the report's list,
 * never at random, so the same data always gives the same picture and no two points overlap.
 *
 * Inside a cell, points go in two columns (labels sit to the right of each point) and as many rows
 * as needed; a band that must hold more rows is taller, so every row keeps the same height.
 * Above each half (profit up / profit down) a strip holds the quadrant names, so they never sit on
 * a point or its label.
 */
export const CELL_COLUMNS = 2;
/** Height of one row of points, in y units. */
export const ROW_HEIGHT = 0.5;
/** Height of the strip above each half that holds the quadrant names. */
export const STRIP_HEIGHT = 0.5;
/** Left margin of a point inside its slot, as a share of the cell width. */
const SLOT_LEFT = 0.04;

export interface Band {
  status: ProfitStatus;
  half: ProfitHalf;
  from: number;
  to: number;
}

export interface HalfArea {
  half: ProfitHalf;
  from: number;
  /** Top of the half including its name strip. */
  to: number;
  /** Where the name strip starts. */
  stripFrom: number;
}

export interface PlacedPoint {
  id: string;
  x: number;
  y: number;
  /** Cell column (0 = not reported as growing, 1 = up) and band. */
  column: number;
  status: ProfitStatus;
}

export interface ScatterLayout {
  bands: Band[];
  halves: HalfArea[];
  /** Column boundaries: column c spans [c, c + 1]. */
  columns: readonly RevenueDirection[];
  xMax: number;
  yMax: number;
  points: PlacedPoint[];
  /** Width of one point's slot, in x units (for label room). */
  slotWidth: number;
}

type Placeable = Pick<SubIndustry, 'id' | 'order' | 'revenueDirection' | 'profitStatus'>;

/** Places every row; rows keep the report's order inside each cell (left to right, top down). */
export function layoutGrowthScatter(rows: readonly Placeable[]): ScatterLayout {
  const cells = new Map<string, Placeable[]>();
  const key = (direction: RevenueDirection, status: ProfitStatus): string =>
    `${direction}|${status}`;
  for (const row of [...rows].sort((a, b) => a.order - b.order)) {
    const k = key(row.revenueDirection, row.profitStatus);
    const list = cells.get(k) ?? [];
    list.push(row);
    cells.set(k, list);
  }

  const rowsIn = (status: ProfitStatus): number =>
    Math.max(
      2,
      ...REVENUE_DIRECTION_ORDER.map((direction) =>
        Math.ceil((cells.get(key(direction, status))?.length ?? 0) / CELL_COLUMNS),
      ),
    );

  const bands: Band[] = [];
  const halves: HalfArea[] = [];
  let y = 0;
  let halfStart = 0;
  PROFIT_STATUS_ORDER.forEach((status, index) => {
    const height = rowsIn(status) * ROW_HEIGHT;
    bands.push({ status, half: profitHalf(status), from: y, to: y + height });
    y += height;
    const next = PROFIT_STATUS_ORDER[index + 1];
    if (next === undefined || profitHalf(next) !== profitHalf(status)) {
      halves.push({
        half: profitHalf(status),
        from: halfStart,
        stripFrom: y,
        to: y + STRIP_HEIGHT,
      });
      y += STRIP_HEIGHT;
      halfStart = y;
    }
  });

  const points: PlacedPoint[] = [];
  const slotWidth = 1 / CELL_COLUMNS;
  REVENUE_DIRECTION_ORDER.forEach((direction, column) => {
    for (const band of bands) {
      const members = cells.get(key(direction, band.status)) ?? [];
      // The cell's rows are centred in the band; the first row is the top one.
      const cellRows = Math.ceil(members.length / CELL_COLUMNS);
      const top = (band.from + band.to) / 2 + (cellRows * ROW_HEIGHT) / 2;
      members.forEach((member, index) => {
        const slotColumn = index % CELL_COLUMNS;
        const slotRow = Math.floor(index / CELL_COLUMNS);
        points.push({
          id: member.id,
          x: column + slotColumn * slotWidth + SLOT_LEFT,
          y: top - (slotRow + 0.5) * ROW_HEIGHT,
          column,
          status: band.status,
        });
      });
    }
  });

  return {
    bands,
    halves,
    columns: REVENUE_DIRECTION_ORDER,
    xMax: REVENUE_DIRECTION_ORDER.length,
    yMax: y,
    points,
    slotWidth,
  };
}
