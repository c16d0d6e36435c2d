import { createLoader, createSerializer } from 'nuqs';
import { describe, expect, it } from 'vitest';

import { normaliseUrlPatch } from '../../shared/lib/use-url-state';
import {
  defaultTimelineView,
  timelinePatchToUrl,
  timelineUrlParsers,
  timelineViewFromUrl,
  type TimelineView,
} from './timeline-view';

// What the page does through nuqs: read each parameter with its parser, then build the view; and
// back: a change's parameters, normalised as the hook does, written over the current address.
const load = createLoader(timelineUrlParsers);
const serializer = createSerializer(timelineUrlParsers);
const parse = (search: string): TimelineView => timelineViewFromUrl(load(search));
const parseTimelineView = (params: URLSearchParams): TimelineView =>
  timelineViewFromUrl(load(params));
/** The address after `patch` over `params`, in URLSearchParams' encoding (as before nuqs). */
const withTimelineView = (params: URLSearchParams, patch: Partial<TimelineView>): URLSearchParams =>
  new URLSearchParams(
    serializer(params, normaliseUrlPatch(timelineUrlParsers, timelinePatchToUrl(patch))),
  );

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

  it('touches only the parameters a change names', () => {
    // A reversed range from an old link stays as written when only the order changes.
    const next = withTimelineView(new URLSearchParams('from=2024-10-31&to=2024-10-01&lang=en'), {
      order: 'asc',
    });
    expect(next.toString()).toBe('from=2024-10-31&to=2024-10-01&lang=en&order=asc');
  });
});

/** Every timeline address the e2e specs open or expect, as written by the app before nuqs. */
describe('timeline links of today', () => {
  const links: [string, TimelineView][] = [
    ['lang=en', defaultTimelineView],
    ['lang=zh', defaultTimelineView],
    ['q=qualcomm', { ...defaultTimelineView, query: 'qualcomm' }],
    ['lang=en&cat=financing', { ...defaultTimelineView, categories: ['financing'] }],
    ['lang=en&cat=policy', { ...defaultTimelineView, categories: ['policy'] }],
    [
      'from=2024-09-28&to=2024-09-30&order=asc',
      { ...defaultTimelineView, from: '2024-09-28', to: '2024-09-30', order: 'asc' },
    ],
    ['lang=en&open=t12-9', { ...defaultTimelineView, open: 't12-9' }],
    ['lang=en&open=t12-5', { ...defaultTimelineView, open: 't12-5' }],
    ['lang=en&bench=table', { ...defaultTimelineView, bench: 'table' }],
    [
      'cat=compute-chips&q=%E9%AA%81%E9%BE%99&open=t10-3',
      { ...defaultTimelineView, categories: ['compute-chips'], query: '骁龙', open: 't10-3' },
    ],
    [
      'lang=en&cat=nope&q=&from=2024-99-99&to=soon&order=sideways&open=%3Cimg%3E&bench=3d',
      defaultTimelineView,
    ],
  ];
  it.each(links)('?%s', (query, expected) => {
    expect(parse(query)).toEqual(expected);
  });
});
