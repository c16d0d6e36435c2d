import { createLoader, createSerializer } from 'nuqs';
import { describe, expect, it } from 'vitest';

import { sectorsUrlParsers } from './sectors-view';

const load = createLoader(sectorsUrlParsers);
const serializer = createSerializer(sectorsUrlParsers);

/** Every Sectors address the e2e specs open, as written by the app before nuqs. */
describe('sectors links of today', () => {
  const links: [string, { view: string; quadrant: string }][] = [
    ['', { view: 'chart', quadrant: 'all' }],
    ['lang=zh', { view: 'chart', quadrant: 'all' }],
    ['quadrant=up-up', { view: 'chart', quadrant: 'up-up' }],
    ['lang=en&quadrant=up-up', { view: 'chart', quadrant: 'up-up' }],
    ['lang=en&view=grid&quadrant=not-up-down', { view: 'grid', quadrant: 'not-up-down' }],
    ['lang=en&view=grid&quadrant=up-down', { view: 'grid', quadrant: 'up-down' }],
    ['lang=en&view=%3Cscript%3E&quadrant=everything', { view: 'chart', quadrant: 'all' }],
  ];
  it.each(links)('?%s', (query, expected) => {
    expect(load(query)).toEqual(expected);
  });

  it('leaves the defaults out of the address and keeps other parameters', () => {
    expect(serializer({ view: 'chart', quadrant: 'all' })).toBe('');
    expect(
      serializer(new URLSearchParams('lang=en&view=grid&quadrant=up-up'), {
        view: 'chart',
        quadrant: 'all',
      }),
    ).toBe('?lang=en');
    expect(serializer(new URLSearchParams('lang=en'), { quadrant: 'up-down' })).toBe(
      '?lang=en&quadrant=up-down',
    );
  });
});
