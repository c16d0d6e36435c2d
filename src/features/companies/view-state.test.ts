import { describe, expect, it } from 'vitest';

import {
  defaultView,
  isFiltered,
  parseCompaniesView,
  writeCompaniesView,
  type CompaniesView,
} from './view-state';

const parse = (query: string): CompaniesView => parseCompaniesView(new URLSearchParams(query));

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
    expect(written.toString()).toBe(
      'lang=en&foo=1&q=cambricon&sel=688256.SH&sort=ytdChangePct&dir=desc&hide=psTtm&period=2023&pemin=-100&pemax=0',
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
