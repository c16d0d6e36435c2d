import { describe, expect, it } from 'vitest';

import { view } from '../../../tests/chart-option-view';
import { buildUserFiguresOption } from './user-figures-option';
import { frame, theme } from './test-fixtures';

const build = (lang: 'zh' | 'en' = 'en') =>
  view(
    buildUserFiguresOption({
      points: [
        {
          id: 'huawei-harmonyos',
          name: 'Huawei <HarmonyOS>',
          revenueGrowthPct: 88.75,
          profitGrowthPct: 120,
          row: 2,
        },
        {
          id: 'smart-city',
          name: 'Smart City',
          revenueGrowthPct: -3.5,
          profitGrowthPct: -45,
          row: 5,
        },
      ],
      lang,
      theme,
      frame,
      labels: {
        seriesName: 'Your data',
        revenueAxis: 'Revenue growth (%)',
        profitAxis: 'Net-profit growth (%)',
        stamp: 'your data — not from the report',
        tooltipRevenue: 'revenue growth',
        tooltipProfit: 'net-profit growth',
        rowOf: (row) => `row ${row} of your file`,
      },
    }),
  );

describe('buildUserFiguresOption', () => {
  it('plots the user’s numbers on true numeric axes in %, with quadrant lines at 0', () => {
    const option = build();
    expect(option.xAxis.type).toBe('value');
    expect(option.yAxis.type).toBe('value');
    expect(option.xAxis.scale).toBe(false); // the extent always includes 0
    expect(option.xAxis.axisLabel.formatter(50)).toBe('+50%');
    const series = option.series[0];
    expect(series?.data.map((d) => d.value)).toEqual([
      [88.75, 120],
      [-3.5, -45],
    ]);
    expect(series?.markLine.data).toEqual([{ xAxis: 0 }, { yAxis: 0 }]);
  });

  it('is stamped as the user’s data, apart from the report', () => {
    const option = build();
    expect(option.graphic[0]?.style.text).toBe('your data — not from the report');
    expect(option.series[0]?.name).toBe('Your data');
  });

  it('labels every point and never hides a label', () => {
    const series = build().series[0];
    expect(series?.label.show).toBe(true);
    expect(series?.labelLayout.hideOverlap).toBe(false);
    expect(series?.label.formatter({ name: 'Smart City' })).toBe('Smart City');
  });

  it('tooltip: escaped name, locale-formatted signed figures, the row of the file', () => {
    const html = build('zh').tooltip.formatter({ data: { id: 'huawei-harmonyos' } });
    expect(html).toContain('Huawei &lt;HarmonyOS&gt;');
    expect(html).toContain('revenue growth: +88.75%');
    expect(html).toContain('net-profit growth: +120%');
    expect(html).toContain('row 2 of your file');
    expect(build().tooltip.formatter({ data: { id: 'nope' } })).toBe('');
  });
});
