import sectorsJson from '../../../public/data/2024-10/sectors.json';
import { chartTheme } from '../../shared/ui/chart-theme';
import { marketColours } from '../../shared/ui/market-colours';
import type { GrowthScatterLabels } from './growth-scatter-option';
import { sectorsDatasetSchema } from './sectors-schema';

/** The embedded dataset, parsed, and neutral inputs for the option builders' unit tests. */
export const sectors = sectorsDatasetSchema.parse(sectorsJson);
export const theme = chartTheme('light');
export const colours = marketColours('red-up', 'light');
export const frame = { title: 'T', subtitle: 'S', description: 'D' };

export const scatterLabels: GrowthScatterLabels = {
  seriesName: 'Sub-industries',
  revenueAxis: 'Revenue',
  profitAxis: 'Profit',
  revenueDirection: { up: 'Up', 'not-up': 'Not reported as growing' },
  revenueDirectionLong: { up: 'Positive growth', 'not-up': 'Not in the list' },
  profitStatus: {
    growth: 'Profit growth',
    'turned-profit': 'Turned profitable',
    'loss-narrowed': 'Loss narrowed',
    decline: 'Profit declined',
    'turned-loss': 'Turned to a loss',
    'loss-widened': 'Loss widened',
  },
  quadrant: {
    'up-up': 'Revenue and profit both up',
    'up-down': 'Revenue up, profit down',
    'not-up-up': 'Not up, profit up',
    'not-up-down': 'Not up, profit down',
  },
  moreThan: (value) => `>${value}`,
  tooltipRevenue: 'Revenue',
  tooltipProfit: 'Net profit',
  tooltipQuadrant: 'Quadrant',
  tooltipWords: 'Words:',
  tooltipSource: 'Source',
};
