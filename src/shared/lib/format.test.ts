import { describe, expect, it } from 'vitest';

import {
  decimalsOf,
  formatCount,
  formatDate,
  formatForeignMoneyYi,
  formatList,
  formatMoneyYi,
  formatNumber,
  formatPercent,
  formatPercentPlain,
} from './format';

describe('formatNumber', () => {
  it('keeps every decimal the value holds and pads to the printed precision', () => {
    expect(formatNumber(4542.764, 'en', { digits: 4 })).toBe('4,542.7640');
    expect(formatNumber(7686.4296, 'zh', { digits: 4 })).toBe('7,686.4296');
    expect(formatNumber(1.9, 'en', { digits: 2 })).toBe('1.90');
    // A column printed with 2 decimals never truncates a value that has more.
    expect(formatNumber(14.0889, 'en', { digits: 2 })).toBe('14.0889');
    expect(formatNumber(1.3, 'zh')).toBe('1.3');
  });

  it('adds an explicit sign on request', () => {
    expect(formatNumber(-41.54, 'en', { sign: true })).toBe('-41.54');
    expect(formatNumber(8.34, 'zh', { sign: true })).toBe('+8.34');
    expect(formatNumber(0, 'en', { sign: true })).toBe('0');
  });
});

describe('decimalsOf', () => {
  it('counts decimals including exponent notation', () => {
    expect(decimalsOf(56)).toBe(0);
    expect(decimalsOf(0.38)).toBe(2);
    expect(decimalsOf(1e-7)).toBe(7);
  });
});

describe('formatPercent', () => {
  it('always shows the sign, in both languages', () => {
    expect(formatPercent(14.0889, 'zh')).toBe('+14.0889%');
    expect(formatPercent(-3.16, 'en')).toBe('-3.16%');
    expect(formatPercent(-1.7, 'en', 2)).toBe('-1.70%');
    expect(formatPercent(0.3, 'zh', 2)).toBe('+0.30%');
    expect(formatPercent(-4114.88, 'en')).toBe('-4,114.88%');
  });

  it('plain percents have no sign', () => {
    expect(formatPercentPlain(20, 'en')).toBe('20%');
    expect(formatPercentPlain(88.75, 'zh')).toBe('88.75%');
  });
});

describe('formatMoneyYi', () => {
  it('uses 亿元 in Chinese', () => {
    expect(formatMoneyYi(3148.31, 'zh')).toBe('3,148.31亿元');
    expect(formatMoneyYi(0.06, 'zh', 2)).toBe('0.06亿元');
  });

  it('scales to bn or M in English without losing a printed digit', () => {
    expect(formatMoneyYi(3148.31, 'en')).toBe('CNY 314.831bn');
    expect(formatMoneyYi(16947.87, 'en')).toBe('CNY 1,694.787bn');
    expect(formatMoneyYi(94.43, 'en')).toBe('CNY 9.443bn');
    expect(formatMoneyYi(7.19, 'en')).toBe('CNY 719M');
    expect(formatMoneyYi(0.06, 'en')).toBe('CNY 6M');
    expect(formatMoneyYi(10, 'en', 2)).toBe('CNY 1.000bn');
  });

  it('keeps foreign currencies in their own unit', () => {
    expect(formatForeignMoneyYi(8020.33, 'USD', 'zh')).toBe('8,020.33亿美元');
    expect(formatForeignMoneyYi(37545.34, 'HKD', 'en')).toBe('HKD 3,754.534bn');
  });
});

describe('formatDate and formatCount', () => {
  it('formats ISO days in each language', () => {
    expect(formatDate('2024-10-31', 'zh')).toBe('2024年10月31日');
    expect(formatDate('2024-10-31', 'en')).toBe('October 31, 2024');
    expect(formatDate('2024-10-09', 'en', 'short')).toBe('Oct 9');
    expect(formatDate('2024-10-31', 'zh', 'short')).toBe('10月31日');
    // The month alone, as labels such as "October change" / "10月涨跌幅" take it from the edition.
    expect(formatDate('2024-10-31', 'en', 'month')).toBe('October');
    expect(formatDate('2024-10-31', 'zh', 'month')).toBe('10月');
    expect(formatDate('2024-11-30', 'zh', 'month')).toBe('11月');
    expect(formatDate('2024-10-31', 'en', 'day')).toBe('October 31');
    expect(formatDate('2024-10-31', 'zh', 'day')).toBe('10月31日');
    // Month and year, as in "Undated (October 2024 report)" / "未注明日期（2024年10月报告）".
    expect(formatDate('2024-10-31', 'en', 'year-month')).toBe('October 2024');
    expect(formatDate('2024-10-31', 'zh', 'year-month')).toBe('2024年10月');
    expect(formatDate('2024-11-30', 'zh', 'year-month')).toBe('2024年11月');
    expect(formatDate('not-a-date', 'en')).toBe('not-a-date');
  });

  it('groups counts', () => {
    expect(formatCount(20000, 'en')).toBe('20,000');
    expect(formatCount(20000, 'zh')).toBe('20,000');
  });
});

describe('formatList', () => {
  it('joins names the way each language lists them', () => {
    expect(formatList(['华为鸿蒙', '数据中心', '办公软件'], 'zh')).toBe(
      '华为鸿蒙、数据中心、办公软件',
    );
    expect(formatList(['Office Software', 'Data Centers'], 'en')).toBe(
      'Office Software, Data Centers',
    );
    expect(formatList(['only'], 'en')).toBe('only');
    expect(formatList([], 'zh')).toBe('');
  });
});
