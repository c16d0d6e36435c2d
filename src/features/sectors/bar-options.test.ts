import { describe, expect, it } from 'vitest';

import { view } from '../../../tests/chart-option-view';
import { buildCountBarsOption, type CountBar } from './count-bars-option';
import { buildIndustryGrowthOption } from './industry-growth-option';
import { colours, frame, sectors, theme } from './test-fixtures';

describe('buildIndustryGrowthOption', () => {
  const build = (lang: 'zh' | 'en') =>
    view(
      buildIndustryGrowthOption({
        bars: [
          { name: 'Revenue', valuePct: sectors.industry.q3RevenueYoyPct, digits: 2 },
          { name: 'Net profit', valuePct: sectors.industry.q3NetProfitYoyPct, digits: 2 },
        ],
        lang,
        theme,
        colours,
        frame,
        seriesName: 'yoy',
      }),
    );

  it('plots the two printed growth rates with signed labels and rise colours', () => {
    const option = build('en');
    expect(option.xAxis.data).toEqual(['Revenue', 'Net profit']);
    const series = option.series[0];
    expect(series?.data.map((d) => d.value)).toEqual([5.88, 7.16]);
    expect(series?.data.every((d) => d.itemStyle.color === colours.up)).toBe(true);
    expect(series?.label.formatter({ value: 5.88, name: 'Revenue' })).toBe('+5.88%');
    expect(option.yAxis.axisLabel.formatter(4)).toBe('+4%');
  });

  it('tooltip is locale-formatted and escaped', () => {
    const html = build('zh').tooltip.formatter([{ name: '<营收>', value: 7.16 }]);
    expect(html).toBe('&lt;营收&gt;: +7.16%');
  });

  it('has the frame: aria description and the unit/source subtitle', () => {
    const option = build('en');
    expect(option.aria.label.description).toContain('D');
    expect(option.title.subtext).toBe('S');
  });
});

describe('buildCountBarsOption', () => {
  const p = sectors.distribution.profit;
  const bars: CountBar[] = [
    { name: 'growth', count: p.growth, tone: 'up' },
    { name: 'decline', count: p.decline, tone: 'down' },
    { name: 'loss widened', count: p.lossWidened, tone: 'down' },
    { name: 'loss narrowed', count: p.lossNarrowed, tone: 'up' },
    { name: 'turned profit', count: p.turnedProfit, tone: 'up' },
  ];
  const build = (lang: 'zh' | 'en') =>
    view(
      buildCountBarsOption({
        bars,
        lang,
        theme,
        colours,
        frame,
        seriesName: 'Companies',
        countText: (formatted) => (lang === 'zh' ? `${formatted} 家` : `${formatted} companies`),
      }),
    );

  it('plots the five profit statuses in the report’s order: 69/85/84/58/37', () => {
    const option = build('en');
    expect(option.yAxis.data).toEqual(bars.map((b) => b.name));
    expect(option.yAxis.inverse).toBe(true);
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([69, 85, 84, 58, 37]);
    expect(option.series[0]?.data.map((d) => d.itemStyle.color)).toEqual([
      colours.up,
      colours.down,
      colours.down,
      colours.up,
      colours.up,
    ]);
  });

  it('labels and tooltips say the count with its unit, locale-formatted', () => {
    expect(build('zh').series[0]?.label.formatter({ value: 1234 })).toBe('1,234 家');
    expect(build('en').tooltip.formatter([{ name: 'a&b', value: 69 }])).toBe(
      'a&amp;b: 69 companies',
    );
  });

  it('the dataset’s counts add up as its notes say (333 and 69)', () => {
    expect(p.growth + p.decline + p.lossWidened + p.lossNarrowed + p.turnedProfit).toBe(
      sectors.industry.sampleSize,
    );
    expect(sectors.distribution.growthBuckets.map((b) => b.count)).toEqual([18, 13, 20, 18]);
    expect(sectors.distribution.revenuePositive).toBe(168);
    expect(sectors.distribution.revenueAbove50Pct).toBe(30);
  });

  it('neutral bars take the first series colour', () => {
    const option = view(
      buildCountBarsOption({
        bars: [{ name: 'x', count: 1, tone: 'neutral' }],
        lang: 'en',
        theme,
        colours,
        frame,
        seriesName: 's',
        countText: (f) => f,
      }),
    );
    expect(option.series[0]?.data[0]?.itemStyle.color).toBe(theme.series[0]);
  });
});
