import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { view } from '../../../tests/chart-option-view';
import { chartTheme } from '../../shared/ui/chart-theme';
import { marketColours } from '../../shared/ui/market-colours';
import { buildConstituentsOption } from './constituents-option';
import { buildIndexReturnsOption } from './index-returns-option';
import { indicesDatasetSchema } from './indices-schema';

const data = indicesDatasetSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../../public/data/2024-10/indices.json'), 'utf8')),
);
const frame = { title: 'T', subtitle: 'Unit: % · Table 1', description: 'D' };
const theme = chartTheme('light');

describe('buildIndexReturnsOption', () => {
  const redUp = marketColours('red-up', 'light');
  const option = view(
    buildIndexReturnsOption({
      indices: data.indices,
      lang: 'zh',
      colours: redUp,
      theme,
      frame,
      seriesName: '10月涨跌幅',
    }),
  );

  it('plots the five indices with their printed October changes', () => {
    const values = option.series[0]?.data.map((d) => d.value);
    expect(values).toEqual(data.indices.map((i) => i.octoberChangePct));
    expect(option.xAxis).toMatchObject({
      type: 'category',
      data: data.indices.map((i) => i.name.zh),
    });
  });

  it('lays the bars down on a phone: names on the left, first index on top, values after the bars', () => {
    const narrow = view(
      buildIndexReturnsOption({
        indices: data.indices,
        lang: 'en',
        colours: redUp,
        theme,
        frame,
        seriesName: 'October change',
        narrow: true,
      }),
    );
    expect(narrow.yAxis).toMatchObject({
      type: 'category',
      inverse: true,
      data: data.indices.map((i) => i.name.en),
    });
    expect(narrow.xAxis).toMatchObject({ type: 'value', axisLabel: { hideOverlap: true } });
    expect(narrow.series[0]?.label.position).toBe('right');
    expect(narrow.series[0]?.data.map((d) => d.value)).toEqual(
      data.indices.map((i) => i.octoberChangePct),
    );
  });

  it('colours rises and falls by the convention', () => {
    const colours = option.series[0]?.data.map((d) => d.itemStyle.color);
    expect(colours?.[0]).toBe(redUp.up); // AI index rose
    expect(colours?.[2]).toBe(redUp.down); // SSE Composite fell
    const greenUp = marketColours('green-up', 'light');
    const western = view(
      buildIndexReturnsOption({
        indices: data.indices,
        lang: 'en',
        colours: greenUp,
        theme,
        frame,
        seriesName: 's',
      }),
    );
    expect(western.series[0]?.data[0]?.itemStyle.color).toBe(greenUp.up);
    expect(greenUp.up).not.toBe(redUp.up);
  });

  it('labels bars with a signed, localised percent and describes the chart for screen readers', () => {
    const label = option.series[0]?.label.formatter({ value: -1.7, data: { digits: 2 } });
    expect(label).toBe('-1.70%');
    // The labels carry the values: no tooltip repeats them (and `/` loads no tooltip code).
    expect('tooltip' in option).toBe(false);
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toContain('D');
  });
});

describe('buildConstituentsOption', () => {
  const build = (narrow = false) =>
    view(
      buildConstituentsOption({
        rows: data.top10,
        lang: 'en',
        colours: marketColours('green-up', 'dark'),
        theme: chartTheme('dark'),
        frame,
        changeName: 'October change',
        relativeName: 'Relative to computer index',
        relativeShort: 'vs computer',
        narrow,
      }),
    );
  const option = build();

  it('keeps the table order top-down and carries the code for click-through', () => {
    const names = option.yAxis.data;
    expect(names[names.length - 1]).toBe(data.top10[0]?.name.en);
    const first = option.series[0]?.data[option.series[0].data.length - 1];
    expect(first?.code).toBe(data.top10[0]?.code);
  });

  it('labels each bar with the change and the relative figure', () => {
    const last = data.top10.length - 1;
    const text = option.series[0]?.label.formatter({ dataIndex: last });
    expect(text).toBe('+104.22% · vs computer +89.76%');
  });

  it('labels only the change on a phone (the relative figure stays in the tooltip and table)', () => {
    const narrow = build(true);
    const last = data.top10.length - 1;
    expect(narrow.series[0]?.label.formatter({ dataIndex: last })).toBe('+104.22%');
  });

  it('escapes names in the HTML tooltip', () => {
    const hostile = view(
      buildConstituentsOption({
        rows: [
          {
            ...data.top10[0]!,
            name: { zh: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' },
          },
        ],
        lang: 'en',
        colours: marketColours('green-up', 'light'),
        theme,
        frame,
        changeName: 'c',
        relativeName: 'r',
        relativeShort: 'r',
      }),
    );
    const html = hostile.tooltip.formatter({ dataIndex: 0 });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });
});
