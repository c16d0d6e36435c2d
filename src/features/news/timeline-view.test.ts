import { describe, expect, it } from 'vitest';

import {
  defaultTimelineView,
  parseIsoDay,
  parseTimelineView,
  withTimelineView,
} from './timeline-view';

const parse = (search: string) => parseTimelineView(new URLSearchParams(search));

describe('parseTimelineView', () => {
  it('reads a full view', () => {
    expect(
      parse(
        'cat=financing,policy&q=%E9%AB%98%E9%80%9A&from=2024-10-01&to=2024-10-22&order=asc&open=t12-5&bench=table',
      ),
    ).toEqual({
      categories: ['policy', 'financing'],
      query: '高通',
      from: '2024-10-01',
      to: '2024-10-22',
      order: 'asc',
      open: 't12-5',
      bench: 'table',
    });
  });

  it('falls back to defaults for garbage', () => {
    expect(
      parse(
        'cat=nope,%3Cscript%3E&from=2024-13-45&to=yesterday&order=sideways&open=%3Cimg%3E&bench=3d',
      ),
    ).toEqual(defaultTimelineView);
    expect(parse('')).toEqual(defaultTimelineView);
    expect(parse('open=' + 'a'.repeat(100)).open).toBeNull();
  });

  it('keeps the valid part of a mixed category list, without duplicates', () => {
    expect(parse('cat=policy,zzz,policy').categories).toEqual(['policy']);
  });

  it('caps and trims the query', () => {
    expect(parse(`q=${'x'.repeat(500)}`).query).toHaveLength(200);
    expect(parse('q=%20%20a%20').query).toBe('a');
  });

  it('reads a reversed range as the range meant', () => {
    const view = parse('from=2024-10-31&to=2024-10-01');
    expect([view.from, view.to]).toEqual(['2024-10-01', '2024-10-31']);
  });
});

describe('parseIsoDay', () => {
  it('accepts real days only', () => {
    expect(parseIsoDay('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('2024-1-1')).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
  });
});

describe('withTimelineView', () => {
  it('writes the view and keeps other parameters', () => {
    const next = withTimelineView(new URLSearchParams('lang=en'), {
      categories: ['financing', 'policy'],
      query: ' Qualcomm ',
      from: '2024-10-01',
      open: 't10-3',
    });
    expect(next.get('lang')).toBe('en');
    expect(next.get('cat')).toBe('financing,policy');
    expect(next.get('q')).toBe('Qualcomm');
    expect(next.get('from')).toBe('2024-10-01');
    expect(next.get('open')).toBe('t10-3');
    expect(next.has('to')).toBe(false);
  });

  it('removes defaults and cleared values, and round-trips', () => {
    const params = new URLSearchParams('cat=policy&q=x&order=asc&bench=table&open=t11-1');
    const cleared = withTimelineView(params, {
      categories: [],
      query: '',
      order: 'desc',
      bench: 'chart',
      open: null,
    });
    expect(cleared.toString()).toBe('');
    const view = {
      ...defaultTimelineView,
      categories: ['products' as const],
      order: 'asc' as const,
    };
    expect(parseTimelineView(withTimelineView(new URLSearchParams(), view))).toEqual(view);
  });
});
