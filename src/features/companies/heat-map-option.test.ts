import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { chartTheme } from '../../shared/ui/chart-theme';
import { marketColours } from '../../shared/ui/market-colours';
import { companiesDatasetSchema } from './companies-schema';
import {
  buildHeatMapOption,
  changeText,
  heatColour,
  heatScaleMax,
  labelColour,
  neutralColour,
  splitByCap,
  type HeatMapInput,
  type HeatMapItem,
} from './heat-map-option';

const data = companiesDatasetSchema.parse(
  JSON.parse(readFileSync('public/data/2024-10/companies.json', 'utf8')),
);
const theme = chartTheme('light');
const redUp = marketColours('red-up', 'light');
const greenUp = marketColours('green-up', 'light');
const labels = { cap: 'Market cap', ytd: 'YTD return', month: 'Monthly change' };
const frame = { title: 'Market heat map', subtitle: 'Table 4 · §2.3', description: 'D' };

const input: HeatMapInput = {
  rows: data.aShare,
  lang: 'en',
  theme,
  colours: redUp,
  colourBy: 'ytd',
  selectedCode: null,
  labels,
  frame,
};

interface Series {
  type: string;
  nodeClick: unknown;
  label: { show: boolean; formatter: (p: unknown) => string };
  data: (HeatMapItem & { label: { color: string } })[];
}
const seriesOf = (option: { series?: unknown }): Series => (option.series as Series[])[0] as Series;
type Tooltip = { formatter: (p: unknown) => string };

describe('market heat map (表4, area = market cap)', () => {
  const option = buildHeatMapOption(input);
  const series = seriesOf(option);
  const item = (code: string) => series.data.find((d) => d.code === code);

  it('draws one tile per A-share company, area by the printed market cap, largest first', () => {
    expect(series.type).toBe('treemap');
    expect(series.data).toHaveLength(29);
    expect(series.nodeClick).toBe(false);
    const inspur = item('000977.SZ');
    expect(inspur?.value).toBe(688.66);
    expect(inspur?.name).toBe('Inspur Electronic Information');
    const caps = series.data.map((d) => d.value);
    expect(caps).toEqual([...caps].sort((a, b) => b - a));
    expect(new Set(series.data.map((d) => d.code))).toEqual(
      new Set(data.aShare.map((row) => row.code)),
    );
  });

  it('labels each tile with its name and the printed change, with an arrow', () => {
    const formatter = series.label.formatter;
    expect(formatter({ data: { code: '000977.SZ' } })).toBe(
      'Inspur Electronic Information\n▲ +25.43%',
    );
    expect(formatter({ data: { code: '002230.SZ' } })).toBe('iFLYTEK\n▼ -3.95%');
    const monthly = seriesOf(buildHeatMapOption({ ...input, colourBy: 'month', lang: 'zh' }));
    expect(monthly.label.formatter({ data: { code: '000977.SZ' } })).toBe('浪潮信息\n▲ +28.17%');
  });

  it('shows the printed figures on hover, escaped', () => {
    const formatter = (option.tooltip as Tooltip).formatter;
    expect(formatter({ data: { code: '000977.SZ' } })).toBe(
      [
        '<strong>Inspur Electronic Information</strong> 000977.SZ',
        'Market cap: CNY 68.866bn',
        'YTD return: +25.43%',
        'Monthly change: +28.17%',
      ].join('<br/>'),
    );
    const zh = buildHeatMapOption({
      ...input,
      lang: 'zh',
      labels: { cap: '总市值', ytd: 'y', month: 'm' },
    });
    expect((zh.tooltip as Tooltip).formatter({ data: { code: '000977.SZ' } })).toContain(
      '总市值: 688.66亿元',
    );
    const hostile = buildHeatMapOption({
      ...input,
      rows: [{ ...data.aShare[0]!, name: { zh: '<img src=x onerror=alert(1)>', en: '<b>x</b>' } }],
    });
    expect((hostile.tooltip as Tooltip).formatter({ data: { code: '000977.SZ' } })).toContain(
      '&lt;b&gt;x&lt;/b&gt;',
    );
  });

  it('colours by the reader’s convention on a diverging scale, flat in the middle', () => {
    const rise = item('000977.SZ')?.itemStyle.color;
    const fall = item('002230.SZ')?.itemStyle.color;
    expect(rise).toBe(heatColour(25.43, heatScaleMax(data.aShare, 'ytd'), redUp, theme));
    expect(fall).toBe(heatColour(-3.95, heatScaleMax(data.aShare, 'ytd'), redUp, theme));
    // The largest move takes the full colour; red-up makes rises red, green-up makes them green.
    const max = heatScaleMax(data.aShare, 'ytd');
    expect(max).toBe(Math.max(...data.aShare.map((r) => Math.abs(r.ytdChangePct))));
    expect(heatColour(max, max, redUp, theme)).toBe(redUp.up);
    expect(heatColour(-max, max, redUp, theme)).toBe(redUp.down);
    expect(heatColour(max, max, greenUp, theme)).toBe(greenUp.up);
    const green = seriesOf(buildHeatMapOption({ ...input, colours: greenUp }));
    expect(green.data.find((d) => d.code === '000977.SZ')?.itemStyle.color).not.toBe(rise);
    expect(heatColour(0, max, redUp, theme)).toBe(neutralColour(theme));
  });

  it('colours by the monthly change when switched', () => {
    const monthly = seriesOf(buildHeatMapOption({ ...input, colourBy: 'month' }));
    const inspur = monthly.data.find((d) => d.code === '000977.SZ');
    expect(inspur?.change).toBe(28.17);
    expect(inspur?.itemStyle.color).toBe(
      heatColour(28.17, heatScaleMax(data.aShare, 'month'), redUp, theme),
    );
  });

  it('marks the selected company', () => {
    const selected = seriesOf(buildHeatMapOption({ ...input, selectedCode: '002230.SZ' }));
    const tile = selected.data.find((d) => d.code === '002230.SZ');
    expect(tile?.isSelected).toBe(true);
    expect(tile?.itemStyle.borderWidth).toBe(4);
    expect(selected.data.filter((d) => d.isSelected)).toHaveLength(1);
  });

  it('leaves out a company without a market cap instead of inventing one', () => {
    const rows = [...data.aShare.slice(0, 3), { ...data.aShare[3]!, marketCapYi: null }];
    const { shown, noCap } = splitByCap(rows);
    expect(shown).toHaveLength(3);
    expect(noCap.map((r) => r.code)).toEqual([data.aShare[3]!.code]);
    expect(seriesOf(buildHeatMapOption({ ...input, rows })).data).toHaveLength(3);
  });

  it('picks label colours that read on the tile', () => {
    expect(labelColour('#c62828')).toBe('#ffffff');
    expect(labelColour('#e9ecef')).toBe('#1d2430');
    for (const tile of series.data)
      expect(tile.label.color).toBe(labelColour(tile.itemStyle.color));
  });

  it('writes changes with sign and arrow in both languages', () => {
    expect(changeText(-3.16, 'zh')).toBe('▼ -3.16%');
    expect(changeText(0, 'en')).toBe('0.00%');
  });
});
