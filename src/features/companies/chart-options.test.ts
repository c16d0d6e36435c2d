import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { chartTheme } from '../../shared/ui/chart-theme';
import { marketColours } from '../../shared/ui/market-colours';
import { companiesDatasetSchema } from './companies-schema';
import { buildGrowthOption } from './growth-option';
import { bubbleSizes, buildScatterOption, planLabels, type ScatterItem } from './scatter-option';
import { symlog } from './symlog';
import { buildValuationOption, fromAShare, fromOverseas, splitByPe } from './valuation-option';

const data = companiesDatasetSchema.parse(
  JSON.parse(readFileSync('public/data/2024-10/companies.json', 'utf8')),
);
const theme = chartTheme('light');
const colours = marketColours('red-up', 'light');
const frame = { title: 'T', subtitle: 'line 1\nline 2\nline 3', description: 'D' };
const valuationLabels = {
  pe: 'PE (TTM)',
  ytd: 'YTD return',
  month: 'Monthly change',
  cap: 'Market cap',
  up: 'YTD change positive',
  down: 'YTD change negative',
  flat: 'YTD flat',
};

interface Series {
  name: string;
  symbol: string;
  itemStyle: { color: string };
  data: ScatterItem[];
}
const seriesOf = (option: { series?: unknown }): Series[] => option.series as Series[];
const items = (option: { series?: unknown }): ScatterItem[] =>
  seriesOf(option).flatMap((s) => s.data);
type Tooltip = { formatter: (p: { data?: { code?: string } }) => string };
type Axis = {
  min?: number;
  max?: number;
  axisLabel: { customValues?: number[]; formatter: (v: number) => string };
};

describe('valuation scatter (PE vs YTD, bubble = market cap)', () => {
  const option = buildValuationOption({
    rows: data.aShare.map(fromAShare),
    lang: 'en',
    theme,
    colours,
    frame,
    labels: valuationLabels,
    colourBy: 'ytd',
    selectedCode: null,
  });

  it('plots every A-share, negative PE included, on a symmetric log x axis', () => {
    const all = items(option);
    expect(all).toHaveLength(29);
    const negative = all.filter((item) => item.real[0] < 0);
    expect(negative.map((item) => item.code)).toContain('688256.SH');
    expect(negative.length).toBe(data.aShare.filter((r) => r.peTtm < 0).length);
    const cambricon = all.find((item) => item.code === '688256.SH');
    expect(cambricon?.real).toEqual([-247.46, 114.26]);
    expect(cambricon?.value[0]).toBeCloseTo(symlog(-247.46));
    expect(cambricon?.value[1]).toBe(114.26);
  });

  it('labels the symlog axis with real values', () => {
    const x = option.xAxis as Axis;
    const positions = x.axisLabel.customValues ?? [];
    expect(positions.map((p) => x.axisLabel.formatter(p))).toEqual([
      '-100',
      '-10',
      '0',
      '10',
      '100',
      '1,000',
    ]);
    expect(x.min).toBeLessThan(symlog(-247.46));
    expect(x.max).toBeGreaterThan(symlog(2192.15));
  });

  it('colours and shapes by direction, following the convention', () => {
    const [up, down] = seriesOf(option);
    expect(up?.name).toBe('YTD change positive');
    expect(up?.itemStyle.color).toBe(colours.up);
    expect(up?.symbol).toBe('triangle');
    expect(down?.itemStyle.color).toBe(colours.down);
    expect(down?.symbol).toMatch(/^path:/);
    expect(up?.data.every((item) => item.real[1] > 0)).toBe(true);
    const byMonth = buildValuationOption({
      rows: data.aShare.map(fromAShare),
      lang: 'en',
      theme,
      colours: marketColours('green-up', 'light'),
      frame,
      labels: valuationLabels,
      colourBy: 'month',
      selectedCode: null,
    });
    // Every A-share rose in October: one series, and green is "up" in the green-up convention.
    const [monthUp, monthDown] = seriesOf(byMonth);
    expect(monthUp?.data).toHaveLength(29);
    expect(monthDown?.data).toHaveLength(0);
    expect(monthUp?.itemStyle.color).toBe(marketColours('green-up', 'light').up);
  });

  it('sizes bubbles by the square root of market cap', () => {
    const sizes = bubbleSizes([100, 25, 0]);
    expect(sizes[0]).toBe(56);
    expect(sizes[1]).toBe(28);
    expect(sizes[2]).toBe(7);
    const hik = items(option).find((item) => item.code === '002415.SZ');
    expect(hik?.symbolSize).toBe(56); // the largest A-share market cap
  });

  it('tooltips escape dataset text and show printed values', () => {
    const hostile = {
      ...fromAShare(data.aShare[0]!),
      name: { zh: '<img src=x onerror=alert(1)>', en: '<b>x</b>' },
    };
    const opt = buildValuationOption({
      rows: [hostile],
      lang: 'en',
      theme,
      colours,
      frame,
      labels: valuationLabels,
      colourBy: 'ytd',
      selectedCode: null,
    });
    const html = (opt.tooltip as Tooltip).formatter({ data: { code: hostile.code } });
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>x');
    expect(html).toContain('PE (TTM): 30.07');
    expect(html).toContain('YTD return: +25.43%');
    expect(html).toContain('Market cap: CNY 68.866bn');
  });

  it('highlights the selected company and dims the others', () => {
    const selected = buildValuationOption({
      rows: data.aShare.map(fromAShare),
      lang: 'zh',
      theme,
      colours,
      frame,
      labels: valuationLabels,
      colourBy: 'ytd',
      selectedCode: '688256.SH',
    });
    const all = items(selected);
    const pick = all.find((item) => item.code === '688256.SH');
    expect(pick?.isSelected).toBe(true);
    expect(pick?.itemStyle.borderWidth).toBe(3);
    expect(pick?.label).toMatchObject({ show: true });
    expect(all.filter((item) => item.isSelected)).toHaveLength(1);
    expect(all.find((item) => item.code === '000977.SZ')?.itemStyle.opacity).toBe(0.45);
    // Drawn last in its series, on top of its neighbours.
    const series = seriesOf(selected).find((s) => s.data.some((item) => item.isSelected));
    expect(series?.data.at(-1)?.code).toBe('688256.SH');
  });

  it('keeps the plot below a multi-line subtitle, without an ECharts legend', () => {
    expect(option).not.toHaveProperty('legend');
    expect((option.grid as { top: number }).top).toBeGreaterThanOrEqual(24 + 16 * 3);
  });

  it('overseas: one currency per chart, PE "-" rows listed as not plotted', () => {
    const hkd = data.overseas.filter((r) => r.currency === 'HKD').map(fromOverseas);
    const { plotted, notPlotted } = splitByPe(hkd);
    expect(notPlotted.map((r) => r.code)).toEqual(['2158.HK', '0020.HK']);
    const opt = buildValuationOption({
      rows: hkd,
      lang: 'zh',
      theme,
      colours,
      frame,
      labels: valuationLabels,
      colourBy: 'ytd',
      selectedCode: null,
    });
    expect(
      items(opt)
        .map((item) => item.code)
        .sort(),
    ).toEqual(plotted.map((r) => r.code).sort());
    const html = (opt.tooltip as Tooltip).formatter({ data: { code: '0700.HK' } });
    expect(html).toContain('Market cap: 37,545.34亿港元');
    expect(() =>
      buildValuationOption({
        rows: data.overseas.map(fromOverseas),
        lang: 'en',
        theme,
        colours,
        frame,
        labels: valuationLabels,
        colourBy: 'ytd',
        selectedCode: null,
      }),
    ).toThrow(/currencies/);
  });
});

describe('label placement', () => {
  const point = (code: string, px: number, py: number, size = 10) => ({
    code,
    name: 'Name',
    size,
    px,
    py,
  });

  it('labels the biggest bubbles first and never two overlapping labels', () => {
    const plans = planLabels(
      [point('a', 10, 10, 10), point('b', 12, 12, 30), point('c', 10, 200)],
      null,
      440,
    );
    expect(plans.get('b')?.show).toBe(true);
    expect(plans.get('a')?.show).toBe(false);
    expect(plans.get('c')?.show).toBe(true);
  });

  it('always labels the selected point, on the left near the right edge', () => {
    const plans = planLabels([point('a', 468, 10, 30), point('b', 470, 12)], 'b', 440);
    expect(plans.get('b')).toEqual({ show: true, position: 'left' });
    expect(plans.get('a')?.show).toBe(false);
  });

  it('labels a fair share of the A-share chart', () => {
    const option = buildValuationOption({
      rows: data.aShare.map(fromAShare),
      lang: 'zh',
      theme,
      colours,
      frame,
      labels: valuationLabels,
      colourBy: 'ytd',
      selectedCode: null,
    });
    const shown = items(option).filter((item) => item.label.show);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(29);
    expect(shown.map((item) => item.code)).toContain('002415.SZ'); // the largest market cap
  });
});

describe('growth scatter (revenue vs net profit growth)', () => {
  const labels = {
    revenue: 'H1 2024 (interim) revenue growth (%)',
    profit: 'H1 2024 (interim) net profit growth (%)',
    ytd: 'YTD return',
    month: 'Monthly change',
    up: 'up',
    down: 'down',
    flat: 'flat',
  };
  const build = (period: 'h1-2024' | '2023') =>
    buildGrowthOption({
      rows: data.aShare,
      period,
      lang: 'en',
      theme,
      colours,
      frame,
      labels,
      axisNames: { revenue: 'Revenue growth (%)', profit: 'Net profit growth (%, symmetric log)' },
      colourBy: 'ytd',
      selectedCode: '688207.SH',
    });

  it('reads the H1 2024 pair per the dataset and keeps −4114.88% visible on a symlog y axis', () => {
    const option = build('h1-2024');
    const deepglint = items(option).find((item) => item.code === '688207.SH');
    expect(deepglint?.real).toEqual([-67.23, -4114.88]);
    expect(deepglint?.value[1]).toBeCloseTo(symlog(-4114.88));
    const y = option.yAxis as Axis;
    expect(y.min).toBeLessThan(symlog(-4114.88));
    expect((y.axisLabel.customValues ?? []).map((v) => y.axisLabel.formatter(v))).toEqual([
      '-1,000%',
      '-100%',
      '-10%',
      '0%',
      '+10%',
      '+100%',
      '+1,000%',
    ]);
    // Revenue growth stays linear.
    expect(deepglint?.value[0]).toBe(-67.23);
    const html = (option.tooltip as Tooltip).formatter({ data: { code: '688207.SH' } });
    expect(html).toContain('H1 2024 (interim) net profit growth (%): -4,114.88%');
  });

  it('switches to the 2023 pair', () => {
    const inspur = items(build('2023')).find((item) => item.code === '000977.SZ');
    expect(inspur?.real).toEqual([-5.41, -12.89]);
  });

  it('is the generic scatter underneath', () => {
    const option = buildScatterOption({
      points: [],
      x: { name: 'x', scale: 'linear', format: String },
      y: { name: 'y', scale: 'symlog', format: String },
      frame,
      theme,
      colours,
      selectedCode: null,
      seriesNames: { up: 'u', down: 'd', flat: 'f' },
    });
    expect(items(option)).toEqual([]);
    expect(seriesOf(option).map((series) => series.name)).toEqual(['u', 'd', 'f']);
  });
});
