import { createLoader, createSerializer } from 'nuqs';
import { describe, expect, it } from 'vitest';

import { normaliseUrlPatch } from '../../shared/lib/use-url-state';
import {
  companiesUrlParsers,
  companiesViewFromUrl,
  companiesViewToUrl,
  defaultView,
  isFiltered,
  type CompaniesView,
} from './view-state';

// What the page does through nuqs: read each parameter with its parser, then build the view; and
// back: the view's parameters, normalised as the hook does, written over the current address.
const load = createLoader(companiesUrlParsers);
const serializer = createSerializer(companiesUrlParsers);
const parse = (query: string): CompaniesView => companiesViewFromUrl(load(query));
const parseCompaniesView = (params: URLSearchParams): CompaniesView =>
  companiesViewFromUrl(load(params));
/** The address for `view` over `base`, in URLSearchParams' encoding (as the app wrote it before). */
const writeCompaniesView = (view: CompaniesView, base: URLSearchParams): URLSearchParams =>
  new URLSearchParams(
    serializer(base, normaliseUrlPatch(companiesUrlParsers, companiesViewToUrl(view))),
  );
const sorted = (params: URLSearchParams): string[][] =>
  [...params.entries()].sort(([a], [b]) => a.localeCompare(b));

describe('companies view state', () => {
  it('an empty address is the default view (A-share tab, nothing filtered)', () => {
    expect(parse('')).toEqual(defaultView('a-share'));
    expect(isFiltered(parse(''))).toBe(false);
  });

  it('reads the overview click-through link', () => {
    const view = parse('tab=a-share&q=688256.SH&sel=688256.SH');
    expect(view.tab).toBe('a-share');
    expect(view.query).toBe('688256.SH');
    expect(view.selected).toBe('688256.SH');
    expect(isFiltered(view)).toBe(true);
  });

  it('reads every part of a full view', () => {
    const view = parse(
      'tab=overseas&q=ten&cur=HKD&m1min=-10&m1max=5.5&ytdmin=0&pemin=-50&pemax=100&psmax=10&capmin=100&sort=marketCap&dir=desc&hide=psTtm,h1Revenue&colourby=month&sel=0700.HK',
    );
    expect(view).toEqual({
      ...defaultView('overseas'),
      query: 'ten',
      currency: 'HKD',
      ranges: {
        month: { min: -10, max: 5.5 },
        ytd: { min: 0, max: null },
        pe: { min: -50, max: 100 },
        ps: { min: null, max: 10 },
        cap: { min: 100, max: null },
      },
      sort: { column: 'marketCap', direction: 'desc' },
      hidden: ['psTtm', 'h1Revenue'],
      colourBy: 'month',
      selected: '0700.HK',
    });
  });

  it('garbage falls back to defaults, value by value', () => {
    const view = parse(
      'tab=evil&q=%20%20&sel=%3Cscript%3E&sort=__proto__&dir=sideways&hide=code,name,nope&m1min=abc&m1max=Infinity&pemin=1e400&period=2099&colourby=rainbow&cur=EUR',
    );
    expect(view).toEqual(defaultView('a-share'));
  });

  it('ignores parameters that do not apply to the tab', () => {
    // Forecasts have no ranges, colours or periods; overseas has no growth period; a market-cap
    // range across currencies is refused.
    expect(parse('tab=forecasts&pemin=10&colourby=month&period=2023&sort=peTtm')).toEqual(
      defaultView('forecasts'),
    );
    expect(parse('tab=overseas&period=2023&capmin=100').period).toBe('h1-2024');
    expect(parse('tab=overseas&capmin=100').ranges.cap).toEqual({ min: null, max: null });
    expect(parse('tab=overseas&cur=USD&capmin=100').ranges.cap).toEqual({ min: 100, max: null });
    expect(parse('tab=a-share&capmin=100').ranges.cap).toEqual({ min: 100, max: null });
    // A sort column of another tab is not a sort column here.
    expect(parse('tab=a-share&sort=marketCap').sort).toBeNull();
    expect(parse('tab=a-share&sort=marketCapYi').sort).toEqual({
      column: 'marketCapYi',
      direction: 'asc',
    });
  });

  it('caps the search text', () => {
    expect(parse(`q=${'x'.repeat(500)}`).query).toHaveLength(60);
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    const base = new URLSearchParams('lang=en&tab=overseas&pemin=3&foo=1');
    expect(writeCompaniesView(defaultView('a-share'), base).toString()).toBe('lang=en&foo=1');
    const view: CompaniesView = {
      ...defaultView('a-share'),
      query: 'cambricon',
      selected: '688256.SH',
      sort: { column: 'ytdChangePct', direction: 'desc' },
      hidden: ['psTtm'],
      period: '2023',
      ranges: { ...defaultView().ranges, pe: { min: -100, max: 0 } },
    };
    const written = writeCompaniesView(view, base);
    expect(written.get('lang')).toBe('en');
    expect(written.get('tab')).toBeNull();
    // The same parameters as before nuqs; a parameter already in the address keeps its place.
    expect(sorted(written)).toEqual(
      sorted(
        new URLSearchParams(
          'lang=en&foo=1&q=cambricon&sel=688256.SH&sort=ytdChangePct&dir=desc&hide=psTtm&period=2023&pemin=-100&pemax=0',
        ),
      ),
    );
    expect(writeCompaniesView(view, new URLSearchParams('lang=en')).toString()).toBe(
      'lang=en&q=cambricon&sel=688256.SH&sort=ytdChangePct&dir=desc&hide=psTtm&period=2023&pemin=-100&pemax=0',
    );
  });

  it('round-trips: parse(write(view)) is the view', () => {
    const views: CompaniesView[] = [
      defaultView('overseas'),
      {
        ...defaultView('overseas'),
        currency: 'USD',
        ranges: {
          ...defaultView().ranges,
          cap: { min: 1000, max: 40000 },
          ytd: { min: 0, max: null },
        },
        colourBy: 'month',
        selected: 'NVDA.O',
      },
      { ...defaultView('forecasts'), query: '海光', sort: { column: 'peE2024', direction: 'asc' } },
    ];
    for (const view of views) {
      expect(parseCompaniesView(writeCompaniesView(view, new URLSearchParams()))).toEqual(view);
    }
  });
});

/** Every companies address the e2e specs and the app's own links open, as written before nuqs. */
describe('companies links of today', () => {
  const links: [string, CompaniesView][] = [
    ['', defaultView('a-share')],
    ['lang=en', defaultView('a-share')],
    ['lang=zh&tab=overseas', defaultView('overseas')],
    ['lang=en&tab=forecasts', defaultView('forecasts')],
    [
      'tab=a-share&q=688256.SH&sel=688256.SH',
      { ...defaultView('a-share'), query: '688256.SH', selected: '688256.SH' },
    ],
    [
      'tab=overseas&q=9988.HK&sel=9988.HK',
      { ...defaultView('overseas'), query: '9988.HK', selected: '9988.HK' },
    ],
    ['tab=overseas&sel=QCOM.O', { ...defaultView('overseas'), selected: 'QCOM.O' }],
    ['lang=en&tab=overseas&cur=HKD', { ...defaultView('overseas'), currency: 'HKD' }],
    [
      'lang=en&ytdmin=0&pemax=50',
      {
        ...defaultView('a-share'),
        ranges: { ...defaultView().ranges, ytd: { min: 0, max: null }, pe: { min: null, max: 50 } },
      },
    ],
    [
      'lang=en&tab=overseas&m1min=-5&pemin=0',
      {
        ...defaultView('overseas'),
        ranges: {
          ...defaultView().ranges,
          month: { min: -5, max: null },
          pe: { min: 0, max: null },
        },
      },
    ],
    ['lang=en&sel=688256.SH', { ...defaultView('a-share'), selected: '688256.SH' }],
    [
      'lang=en&sort=ytdChangePct&dir=asc&hide=psTtm',
      {
        ...defaultView('a-share'),
        sort: { column: 'ytdChangePct', direction: 'asc' },
        hidden: ['psTtm'],
      },
    ],
    [
      'lang=en&tab=%3Cscript%3E&sel=%22onerror%3D1&sort=__proto__&dir=up&hide=code,zz&pemin=abc&ytdmax=Infinity&period=1999&colourby=rainbow&cur=EUR',
      defaultView('a-share'),
    ],
  ];
  it.each(links)('?%s', (query, expected) => {
    expect(parse(query)).toEqual(expected);
  });

  it('writes each of them back with the same parameters (tab=a-share is the default)', () => {
    for (const [query, expected] of links.slice(0, -1)) {
      const written = writeCompaniesView(expected, new URLSearchParams(query));
      expect(parse(written.toString())).toEqual(expected);
      const before = new URLSearchParams(query);
      if (before.get('tab') === 'a-share') before.delete('tab');
      expect([...written.keys()].sort()).toEqual([...before.keys()].sort());
    }
  });
});
