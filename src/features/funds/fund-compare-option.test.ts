import { describe, expect, it } from 'vitest';

import { readDataFile } from '../../../mocks/handlers';
import { view } from '../../../tests/chart-option-view';
import { chartTheme } from '../../shared/ui/chart-theme';
import { marketColours } from '../../shared/ui/market-colours';
import { buildFundCompareOption, compareChartHeight } from './fund-compare-option';
import { fundsDatasetSchema, type Fund } from './funds-schema';

const { funds } = fundsDatasetSchema.parse(readDataFile('2024-10/funds.json'));
const byCode = (code: string): Fund => funds.find((fund) => fund.code === code) as Fund;
const selected = ['159819.OF', '006281.OF', '014630.OF', '005729.OF'].map(byCode);
const theme = chartTheme('light');
const colours = marketColours('red-up', 'light');
const frame = { title: 'T', subtitle: '单位：% · 表3', description: 'D' };
const seriesNames = { r1m: '近1月回报（%）', r3m: '近3月回报（%）', r6m: '近6月回报（%）' };
const periodNames = { r1m: '近1月', r3m: '近3月', r6m: '近6月' };

const build = (overrides: Partial<Parameters<typeof buildFundCompareOption>[0]> = {}) =>
  view(
    buildFundCompareOption({
      funds: selected,
      period: 'r1m',
      lang: 'zh',
      theme,
      colours,
      frame,
      seriesNames,
      periodNames,
      ...overrides,
    }),
  );

describe('buildFundCompareOption', () => {
  it('draws one group per fund and one bar per period with the printed returns', () => {
    const option = build();
    expect(option.series.map((s) => s.name)).toEqual(Object.values(seriesNames));
    expect(option.yAxis.data).toEqual([
      '万家人工智能A',
      '易方达中证人工智能 ETF',
      '南方人工智能主题',
      '汇添富中证人工智能主题联接A', // blank 1-month return: last
    ]);
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([11.29, 5.5, 1.67, null]);
    expect(option.series[1]?.data.map((d) => d.value)).toEqual([23.11, 22.74, 15.09, null]);
    expect(option.series[2]?.data.map((d) => d.value)).toEqual([20.22, 14.95, 10.68, null]);
    expect(option.yAxis.inverse).toBe(true);
  });

  it('orders by the chosen period, highest first, blanks last', () => {
    const option = build({ period: 'r6m' });
    expect(option.series[2]?.data.map((d) => d.code)).toEqual([
      '006281.OF',
      '159819.OF',
      '005729.OF',
      '014630.OF',
    ]);
  });

  it('labels each bar with its period and a signed percent in the rise/fall colour', () => {
    const option = build({ funds: [{ ...byCode('006281.OF'), return1m: -3.16 }] });
    const bar = option.series[0]?.data[0];
    expect(bar?.label.color).toBe(colours.down);
    expect(bar?.label.position).toBe('left');
    expect(option.series[0]?.label.formatter({ value: -3.16 })).toBe('近1月 -3.16%');
    expect(option.series[1]?.label.formatter({ value: 23.11 })).toBe('近3月 +23.11%');
    expect(option.series[1]?.data[0]?.label.color).toBe(colours.up);
    expect(option.series[0]?.label.formatter({ value: null })).toBe('');
  });

  it('escapes dataset text in the HTML tooltip and shows blanks as a dash', () => {
    const hostile = {
      ...byCode('014630.OF'),
      name: { zh: '<img src=x onerror=alert(1)>', en: 'x' },
    };
    const option = build({ funds: [hostile] });
    const html = option.tooltip.formatter([
      { dataIndex: 0, seriesIndex: 0, marker: '' },
      { dataIndex: 0, seriesIndex: 1, marker: '' },
    ]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('近1月回报（%）: —');
    expect(option.tooltip.formatter([])).toBe('');
  });

  it('has the frame, English formatting and room for every fund', () => {
    const option = build({ lang: 'en' });
    expect(option.title.subtext).toBe(frame.subtitle);
    expect(option.aria.label.description).toContain('D');
    expect(option.xAxis.axisLabel.formatter(20)).toBe('+20%');
    expect(option.series.map((s) => s.itemStyle.color)).toEqual(['#0072b2', '#e69f00', '#cc79a7']);
    expect(compareChartHeight(10)).toBeGreaterThan(compareChartHeight(2));
    expect(compareChartHeight(0)).toBe(compareChartHeight(1));
    const narrow = build({ compact: true });
    expect(narrow.yAxis.axisLabel.overflow).toBe('break');
    expect(narrow.xAxis.splitNumber).toBe(2);
  });
});
