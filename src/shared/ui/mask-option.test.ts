import { describe, expect, it } from 'vitest';

import type { DrawnOption } from './chart-types';
import { maskOption } from './mask-option';

describe('maskOption', () => {
  it('hides labels, value ticks and tooltips but keeps the data and category names', () => {
    const option = {
      xAxis: { type: 'category', data: ['A', 'B'] },
      yAxis: { type: 'value', axisLabel: { color: 'red' } },
      tooltip: { trigger: 'axis' },
      series: [{ type: 'bar', data: [1, -2], label: { show: true } }],
    } satisfies DrawnOption;
    const masked = maskOption(option) as typeof option & { aria: unknown };
    expect(masked.xAxis).toEqual(option.xAxis);
    expect(masked.yAxis).toEqual({ type: 'value', axisLabel: { color: 'red', show: false } });
    expect(masked.tooltip).toEqual({ trigger: 'axis', show: false });
    expect(masked.series[0]).toMatchObject({ data: [1, -2], label: { show: false } });
    // The original is untouched.
    expect(option.series[0]?.label.show).toBe(true);
  });

  it('handles axis arrays and scatter value axes', () => {
    const masked = maskOption({
      xAxis: [{ type: 'value' }, { type: 'log' }],
      yAxis: { type: 'value' },
      series: [],
    }) as {
      xAxis: { axisLabel: { show: boolean } }[];
    };
    expect(masked.xAxis.map((a) => a.axisLabel.show)).toEqual([false, false]);
  });
});
