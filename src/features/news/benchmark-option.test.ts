import { describe, expect, it } from 'vitest';

import frontierJson from '../../../public/data/2024-10/frontier.json';
import { view } from '../../../tests/chart-option-view';
import { chartTheme } from '../../shared/ui/chart-theme';
import { buildBenchmarkOption, MISSING } from './benchmark-option';
import { frontierDatasetSchema, type BenchmarkTable } from './news-schema';

const frontier = frontierDatasetSchema.parse(frontierJson);
const table = (figure: number): BenchmarkTable => {
  const found = frontier.benchmarks.find((b) => b.figure === figure);
  if (!found) throw new Error(`no 图${figure}`);
  return found;
};
const build = (figure: number, mode: 'light' | 'dark' = 'light') =>
  view(
    buildBenchmarkOption({
      table: table(figure),
      theme: chartTheme(mode),
      frame: { title: 'T', subtitle: 'S', description: 'D' },
      missingLabel: '- (no value printed)',
    }),
  );

interface BarDatum {
  value: number | string;
  printed: string;
  label?: { show: boolean; formatter: () => string };
}
const seriesData = (option: ReturnType<typeof build>, model: number): BarDatum[] =>
  (option.series[model]?.data ?? []) as BarDatum[];

describe('buildBenchmarkOption', () => {
  it('groups bars by metric with one series per model', () => {
    const option = build(14);
    expect(option.xAxis.data).toEqual([
      'MMLU (5-shot)',
      'MMLU-Pro (5-shot)',
      'Hellaswag (10-shot)',
      'ARC-C (25-shot)',
      'GSM8K (5-shot)',
    ]);
    const label = option.xAxis.axisLabel as { formatter: (v: string) => string };
    expect(label.formatter('MMLU (5-shot)')).toBe('MMLU\n(5-shot)');
    expect(option.series).toHaveLength(10);
    expect(option.series.map((s) => s.name)).toEqual(table(14).models);
    expect(option.legend).toMatchObject({ top: 48 });
    expect(option.grid.top).toBeGreaterThanOrEqual(84);
    // Ten models need ten colours.
    expect(new Set(option.color).size).toBeGreaterThanOrEqual(10);
  });

  it('plots the printed values', () => {
    const lfm = seriesData(build(14), 0);
    expect(lfm.map((d) => d.value)).toEqual([58.55, 30.65, 67.28, 54.95, 55.34]);
  });

  it('leaves "-" cells as gaps, never 0', () => {
    // 图15: Zamba 2 (column 2) and AFM Edge (column 3) print "-" for MMLU-Pro and GSM8K.
    const zamba = seriesData(build(15), 2);
    expect(zamba[1]?.value).toBe(MISSING);
    expect(zamba[4]?.value).toBe(MISSING);
    for (const option of [build(14), build(15), build(16)])
      for (const series of option.series)
        for (const datum of series.data as BarDatum[]) expect(datum.value).not.toBe(0);
  });

  it('flags starred values with their asterisk in a label', () => {
    const zamba = seriesData(build(15), 2);
    expect(zamba[0]?.value).toBe(56);
    expect(zamba[0]?.label?.show).toBe(true);
    expect(zamba[0]?.label?.formatter()).toBe('56*');
    const lfm = seriesData(build(15), 0);
    expect(lfm[0]?.label).toBeUndefined();
  });

  it('shows printed values, asterisks and missing cells in the tooltip, escaped', () => {
    const option = build(15);
    const formatter = option.tooltip.formatter as (p: unknown) => string;
    const html = formatter([{ dataIndex: 1, seriesIndex: 0, marker: '' }]);
    expect(html).toContain('MMLU-Pro (5-shot)');
    expect(html).toContain('Zamba 2 (Zyphra) 2.7B: <strong>- (no value printed)</strong>');
    const mmlu = formatter([{ dataIndex: 0, seriesIndex: 0, marker: '' }]);
    expect(mmlu).toContain('<strong>56*</strong>');
    expect(mmlu).toContain('<strong>60.64*</strong>');
    const hostile = view(
      buildBenchmarkOption({
        table: { ...table(14), models: ['<b>x</b>', ...table(14).models.slice(1)] },
        theme: chartTheme('dark'),
        frame: { title: 'T', subtitle: 'S', description: 'D' },
        missingLabel: '-',
      }),
    );
    const escaped = (hostile.tooltip.formatter as (p: unknown) => string)([{ dataIndex: 0 }]);
    expect(escaped).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(formatter([{ dataIndex: 99 }])).toBe('');
  });

  it('starts the value axis at zero', () => {
    expect(build(16).yAxis.min).toBe(0);
  });
});
