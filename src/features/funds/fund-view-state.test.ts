import { createLoader, createSerializer } from 'nuqs';
import { describe, expect, it } from 'vitest';

import fundsJson from '../../../public/data/2024-10/funds.json';
import { normaliseUrlPatch } from '../../shared/lib/use-url-state';
import { defaultFilters } from './fund-filters';
import {
  defaultViewState,
  fundsUrlParsers,
  fundsUrlReset,
  fundsViewFromUrl,
  fundsViewToUrl,
  type FundsViewState,
} from './fund-view-state';

// What the page does through nuqs: read each parameter with its parser, then build the view; and
// back: the view's parameters, normalised as the hook does, written over the current address.
const load = createLoader(fundsUrlParsers);
const serializer = createSerializer(fundsUrlParsers);
const parse = (query: string): FundsViewState => fundsViewFromUrl(load(query));
/** The address for `state` over `base`, in URLSearchParams' encoding (as the app wrote it before). */
const serialiseViewState = (state: FundsViewState, base = ''): URLSearchParams =>
  new URLSearchParams(
    serializer(
      new URLSearchParams(base),
      normaliseUrlPatch(fundsUrlParsers, fundsViewToUrl(state)),
    ),
  );

const full: FundsViewState = {
  filters: {
    query: '人工智能 ETF',
    returns: {
      r1m: { min: -3.16, max: 12 },
      r3m: { min: 20, max: null },
      r6m: { min: null, max: 30.5 },
    },
    size: { min: 10, max: 70 },
    shareClass: 'A',
    kinds: ['etf', 'index'],
    topQuartile1m: true,
  },
  collapse: true,
  sort: { column: 'r1mC', direction: 'desc' },
  hidden: ['type', 'price'],
  selected: ['006281.OF', '159819.OF'],
  chartSort: 'r6m',
};

describe('funds view state in the URL', () => {
  it('round-trips every part of the view', () => {
    const params = serialiseViewState(full);
    expect(parse(params.toString())).toEqual(full);
  });

  it('writes nothing for the default view and keeps other parameters', () => {
    expect(serialiseViewState(defaultViewState).toString()).toBe('');
    const kept = serialiseViewState(defaultViewState, 'lang=en&foo=1&min3m=5');
    expect(kept.toString()).toBe('lang=en&foo=1');
  });

  it('writes short, canonical parameters', () => {
    const params = serialiseViewState({
      ...defaultViewState,
      filters: {
        ...defaultFilters,
        returns: { ...defaultFilters.returns, r3m: { min: 20, max: null } },
        kinds: ['index', 'etf'],
      },
      sort: { column: 'r1m', direction: 'desc' },
    });
    expect(params.toString()).toBe('kind=etf%2Cindex&sort=r1m.desc&min3m=20');
  });

  it('parses the empty address as the default view', () => {
    expect(parse('')).toEqual(defaultViewState);
  });

  it('falls back to defaults on garbage in any parameter', () => {
    const garbage = parse(
      [
        'q=' + 'x'.repeat(500),
        'min1m=abc',
        'max1m=Infinity',
        'min3m=1e400',
        'max6m=',
        'minsize=NaN',
        'class=B',
        'kind=etf,bond,<script>',
        'top=2m',
        'one=yes',
        'sort=r1m.sideways',
        'hide=code,name,nope,type',
        'sel=006281.OF,<img>,abc,006281.OF',
        'csort=r12m',
      ].join('&'),
    );
    expect(garbage.filters.query).toHaveLength(100);
    expect(garbage.filters.returns).toEqual(defaultFilters.returns);
    expect(garbage.filters.size).toEqual(defaultFilters.size);
    expect(garbage.filters.shareClass).toBe('all');
    expect(garbage.filters.kinds).toEqual(['etf']);
    expect(garbage.filters.topQuartile1m).toBe(false);
    expect(garbage.collapse).toBe(false);
    expect(garbage.sort).toBeNull();
    // Code and name cannot be hidden.
    expect(garbage.hidden).toEqual(['type']);
    expect(garbage.selected).toEqual(['006281.OF']);
    expect(garbage.chartSort).toBe('r1m');
    for (const sort of ['nope.asc', 'r1m', 'r1m.desc.x', '.desc', 'constructor.asc'])
      expect(parse(`sort=${sort}`).sort).toBeNull();
  });

  it('keeps at most 10 selected codes', () => {
    const codes = Array.from({ length: 14 }, (_, i) => `9000${String(i).padStart(2, '0')}.OF`);
    expect(parse(`sel=${codes.join(',')}`).selected).toEqual(codes.slice(0, 10));
  });

  it('reset removes only the funds parameters', () => {
    const params = serialiseViewState(full, 'lang=zh&foo=bar');
    expect(new URLSearchParams(serializer(params, fundsUrlReset)).toString()).toBe(
      'lang=zh&foo=bar',
    );
  });
});

/** Every funds address the e2e specs open or expect, as written by the app before nuqs. */
describe('funds links of today', () => {
  const view = (
    change: Partial<FundsViewState>,
    filters: Partial<FundsViewState['filters']> = {},
  ) => ({
    ...defaultViewState,
    ...change,
    filters: { ...defaultFilters, ...filters },
  });
  const min3m20 = { returns: { ...defaultFilters.returns, r3m: { min: 20, max: null } } };
  const ten = fundsJson.funds.slice(0, 10).map((fund) => fund.code);
  const links: [string, FundsViewState][] = [
    ['', defaultViewState],
    ['lang=en', defaultViewState],
    ['foo=1', defaultViewState],
    ['min3m=20', view({}, min3m20)],
    [
      'min3m=20&sort=r1m.desc&hide=type,price',
      view({ sort: { column: 'r1m', direction: 'desc' }, hidden: ['type', 'price'] }, min3m20),
    ],
    ['min3m=20&sort=name.asc', view({ sort: { column: 'name', direction: 'asc' } }, min3m20)],
    [
      'sort=r1m.desc&q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD',
      view({ sort: { column: 'r1m', direction: 'desc' } }, { query: '人工智能' }),
    ],
    ['lang=en&q=%3DHYPERLINK', view({}, { query: '=HYPERLINK' })],
    ['q=%2B1-2', view({}, { query: '+1-2' })],
    ['q=159819', view({}, { query: '159819' })],
    [
      'sel=006281.OF%2C159819.OF&csort=r6m',
      view({ selected: ['006281.OF', '159819.OF'], chartSort: 'r6m' }),
    ],
    [`sel=${ten.join(',')}`, view({ selected: ten })],
    ['one=1&sort=r1mC.desc', view({ collapse: true, sort: { column: 'r1mC', direction: 'desc' } })],
    [
      'one=1&sort=r1mC.desc&sel=006281.OF%2C014162.OF',
      view({
        collapse: true,
        sort: { column: 'r1mC', direction: 'desc' },
        selected: ['006281.OF', '014162.OF'],
      }),
    ],
    ['lang=en&one=1&hide=price', view({ collapse: true, hidden: ['price'] })],
    [
      'kind=etf%2Cindex&sort=r1m.desc&min3m=20',
      view({ sort: { column: 'r1m', direction: 'desc' } }, { ...min3m20, kinds: ['etf', 'index'] }),
    ],
    [
      'class=A&top=1m&minsize=10&maxsize=70',
      view({}, { shareClass: 'A', topQuartile1m: true, size: { min: 10, max: 70 } }),
    ],
    [
      'min3m=abc&max1m=Infinity&class=Z&kind=%3Cscript%3E&sort=r1m.sideways&hide=code&sel=%3Cimg%3E&one=maybe&csort=x&top=9',
      defaultViewState,
    ],
  ];
  it.each(links)('?%s', (query, expected) => {
    expect(parse(query)).toEqual(expected);
  });

  it('writes each of them back as it was (defaults left out, other parameters kept)', () => {
    // All but the garbage link, which is written back as the empty default view.
    for (const [query, expected] of links.slice(0, -1)) {
      const written = serialiseViewState(expected, query);
      expect(parse(written.toString())).toEqual(expected);
      expect([...written.keys()].sort()).toEqual([...new URLSearchParams(query).keys()].sort());
    }
  });
});
