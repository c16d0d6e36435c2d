import { describe, expect, it } from 'vitest';

import { signedPercentAxis } from './chart-base';
import { chartTheme, echartsTheme, echartsThemeName } from './chart-theme';

describe('echartsTheme', () => {
  it('holds the styling every chart shares, per colour scheme', () => {
    for (const mode of ['light', 'dark'] as const) {
      const theme = chartTheme(mode);
      const registered = echartsTheme(theme);
      expect(registered).toMatchObject({
        color: theme.series,
        backgroundColor: 'transparent',
        textStyle: { fontFamily: theme.fontFamily, color: theme.text, fontSize: 12 },
        tooltip: { backgroundColor: theme.tooltipBackground, borderColor: theme.axisLine },
      });
      for (const axis of ['categoryAxis', 'valueAxis', 'timeAxis', 'logAxis'])
        expect(registered[axis]).toEqual({
          axisLine: { lineStyle: { color: theme.axisLine } },
          axisTick: { lineStyle: { color: theme.axisLine } },
          axisLabel: { color: theme.subtleText, fontSize: 12 },
          splitLine: { lineStyle: { color: theme.splitLine } },
          nameTextStyle: { color: theme.subtleText },
        });
    }
  });

  it('is registered under one name per scheme, and per text size on slides', () => {
    expect(echartsThemeName(chartTheme('light'))).toBe('dashboard-light');
    expect(echartsThemeName(chartTheme('dark'))).toBe('dashboard-dark');
    expect(echartsThemeName(chartTheme('dark', 18))).toBe('dashboard-dark-18px');
    expect(echartsTheme(chartTheme('dark', 18))).toMatchObject({ textStyle: { fontSize: 18 } });
  });

  it('leaves rise/fall colours to the builders: no market colour in the theme', () => {
    const text = JSON.stringify(echartsTheme(chartTheme('light')));
    for (const colour of ['#c62828', '#1b7f3b', '#b35900', '#1c5fa8'])
      expect(text).not.toContain(colour);
  });
});

describe('signedPercentAxis', () => {
  it('labels ticks with a signed, localised percent and keeps what the chart adds', () => {
    const axis = signedPercentAxis('en', {
      name: 'n',
      splitNumber: 2,
      axisLabel: { hideOverlap: true },
    });
    expect(axis).toMatchObject({ type: 'value', name: 'n', splitNumber: 2 });
    expect(axis.axisLabel?.hideOverlap).toBe(true);
    const format = axis.axisLabel?.formatter;
    const label = (value: number) =>
      typeof format === 'function' ? format(value, 0, null) : format;
    expect([12.5, -4, 0].map(label)).toEqual(['+12.5%', '-4%', '0%']);
  });
});
