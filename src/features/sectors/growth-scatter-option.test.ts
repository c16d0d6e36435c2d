import { describe, expect, it } from 'vitest';

import { view } from '../../../tests/chart-option-view';
import {
  buildGrowthScatterOption,
  figureText,
  LABEL_WIDTH,
  labelWidthFor,
  type GrowthScatterDatum,
} from './growth-scatter-option';
import type { QuadrantFilter } from './quadrants';
import type { SubIndustry } from './sectors-schema';
import { colours, frame, scatterLabels, sectors, theme } from './test-fixtures';

const build = (
  filter: QuadrantFilter = 'all',
  lang: 'zh' | 'en' = 'en',
  rows: readonly SubIndustry[] = sectors.subIndustries,
) =>
  view(
    buildGrowthScatterOption({
      rows,
      filter,
      lang,
      theme,
      colours,
      frame,
      labels: scatterLabels,
      sourceOf: () => 'Text · §1.2',
    }),
  );

type Option = ReturnType<typeof build>;
interface PointSeries {
  data: GrowthScatterDatum[];
  label: { show: boolean; formatter: (p: { data: GrowthScatterDatum }) => string };
  labelLayout: unknown;
}
interface AreaItem {
  name?: string;
  itemStyle?: Record<string, unknown>;
}
const points = (option: Option): GrowthScatterDatum[] => pointSeries(option).data;
interface FrameSeries {
  markArea: { data: [AreaItem, AreaItem][]; label: { formatter: (p: { name: string }) => string } };
}
const pointSeries = (option: Option) => option.series[0] as unknown as PointSeries;
const frameSeries = (option: Option) => option.series[1] as unknown as FrameSeries;
const tooltip = (option: Option, id: string): string =>
  (option.tooltip.formatter as (p: unknown) => string)({ seriesIndex: 0, data: { id } });

describe('buildGrowthScatterOption', () => {
  it('plots all 25 sub-industries, each with a label', () => {
    const option = build();
    const data = points(option);
    expect(data).toHaveLength(25);
    const series = pointSeries(option);
    expect(series.label.show).toBe(true);
    for (const datum of data) expect(series.label.formatter({ data: datum })).toBe(datum.labelText);
    expect(data.every((d) => d.labelText.length > 0)).toBe(true);
    // Labels are never hidden by the overlap policy.
    expect(series.labelLayout).toEqual({ hideOverlap: false });
  });

  it('shows the report’s only figures: HarmonyOS +88.75%, data centers and computing >20%', () => {
    const data = points(build('all', 'en'));
    const label = (id: string) => data.find((d) => d.id === id)?.labelText;
    expect(label('huawei-harmonyos')).toBe('Huawei HarmonyOS +88.75%');
    expect(label('data-centers')).toBe('Data Centers >20%');
    expect(label('computing-infrastructure')).toBe('Computing-Power Infrastructure >20%');
    expect(label('office-software')).toBe('Office Software');
    const zh = points(build('all', 'zh'));
    expect(zh.find((d) => d.id === 'huawei-harmonyos')?.labelText).toBe('华为鸿蒙 +88.75%');
  });

  it('figureText formats "=" as a signed percent and ">" with the given wording', () => {
    const huawei = sectors.subIndustries.find((r) => r.id === 'huawei-harmonyos');
    const centres = sectors.subIndustries.find((r) => r.id === 'data-centers');
    expect(huawei && figureText(huawei, 'zh', (v) => `超过${v}`)).toBe('+88.75%');
    expect(centres && figureText(centres, 'zh', (v) => `超过${v}`)).toBe('超过20%');
    expect(figureText({ revenueFigure: null }, 'en', (v) => v)).toBeNull();
  });

  it('the quadrant filter hides other quadrants’ points but keeps every point’s place', () => {
    const all = points(build('all'));
    const upUp = points(build('up-up'));
    expect(upUp).toHaveLength(8);
    expect(upUp.every((d) => d.quadrant === 'up-up')).toBe(true);
    for (const d of upUp) expect(d.value).toEqual(all.find((a) => a.id === d.id)?.value);
    expect(points(build('not-up-down'))).toHaveLength(7);
  });

  it('draws the four named quadrants and highlights the selected one', () => {
    const option = build('up-down');
    const { markArea } = frameSeries(option);
    const areas = markArea.data;
    expect(areas).toHaveLength(4);
    const names = areas.map(([from]) => from.name);
    expect(names.sort()).toEqual(['not-up-down', 'not-up-up', 'up-down', 'up-up']);
    expect(markArea.label.formatter({ name: 'up-up' })).toBe('Revenue and profit both up');
    const selected = areas.find(([from]) => from.name === 'up-down');
    expect(selected?.[0].itemStyle).toMatchObject({ borderWidth: 2 });
  });

  it('labels the axes with directions and statuses, not numbers', () => {
    const option = build();
    const x = option.xAxis.axisLabel.formatter;
    expect(x(0.5)).toBe('Not reported as growing');
    expect(x(1.5)).toBe('Up');
    const y = option.yAxis.axisLabel.formatter;
    const statuses = option.yAxis.axisLabel.customValues.map((v) => y(v));
    expect(statuses).toEqual([
      'Loss widened',
      'Turned to a loss',
      'Profit declined',
      'Loss narrowed',
      'Turned profitable',
      'Profit growth',
    ]);
  });

  it('tooltip: name, revenue wording with the printed figure, status and the report’s words, escaped', () => {
    const html = tooltip(build('all', 'en'), 'huawei-harmonyos');
    expect(html).toContain('<strong>Huawei HarmonyOS</strong>');
    expect(html).toContain('Positive growth; Revenue growth of 88.75%');
    expect(html).toContain('Net profit: Profit growth');
    expect(html).toContain('Quadrant: Revenue and profit both up');
    // Quotes are escaped text: the dataset's "pure-blood" becomes &quot;.
    expect(html).toContain('&quot;pure-blood&quot; HarmonyOS');
    const zh = tooltip(build('all', 'zh'), 'data-elements');
    expect(zh).toContain('“数据要素转亏”');
  });

  it('escapes hostile dataset text in the tooltip', () => {
    const base = sectors.subIndustries[0];
    if (!base) throw new Error('no rows');
    const evil: SubIndustry = {
      ...base,
      name: { zh: '<img src=x onerror=alert(1)>', en: '<script>x</script>' },
      quotes: [{ zh: '<b>q</b>', en: '<b>q</b>' }],
    };
    const html = tooltip(build('all', 'en', [evil]), evil.id);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>q</b>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('carries the aria description and uses the rise/fall colours for the profit halves', () => {
    const option = build();
    expect(JSON.stringify(option.aria)).toContain('D');
    const data = points(option);
    expect(data.find((d) => d.id === 'huawei-harmonyos')?.itemStyle.color).toBe(colours.up);
    expect(data.find((d) => d.id === 'smart-city')?.itemStyle.color).toBe(colours.down);
  });

  it('fits label width to the slot, with a fallback before the chart is measured', () => {
    expect(labelWidthFor(0)).toBe(LABEL_WIDTH);
    expect(labelWidthFor(900)).toBeLessThan((900 - 150) / 4);
    expect(labelWidthFor(1200)).toBeGreaterThan(labelWidthFor(900));
    expect(labelWidthFor(5000)).toBe(280);
  });
});
