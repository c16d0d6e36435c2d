import { describe, expect, it } from 'vitest';

import { readEditionParam, withEdition } from './edition-url';

describe('?edition=', () => {
  it('reads the edition asked for, whatever it is (capped), or null', () => {
    expect(readEditionParam('?edition=2024-10&lang=en')).toBe('2024-10');
    expect(readEditionParam(new URL('http://x/funds?edition=2024-11-synthetic'))).toBe(
      '2024-11-synthetic',
    );
    expect(readEditionParam('?lang=en')).toBeNull();
    expect(readEditionParam('?edition=')).toBeNull();
    // Garbage is returned, so the shell can say "no such edition": capped, never trusted.
    expect(readEditionParam(`?edition=${'x'.repeat(500)}`)).toHaveLength(64);
  });

  it('sets or removes it, keeping the rest of the address', () => {
    expect(withEdition('/funds', '2024-10')).toBe('/funds?edition=2024-10');
    expect(withEdition('/companies?tab=a-share&sel=1', '2024-10')).toBe(
      '/companies?tab=a-share&sel=1&edition=2024-10',
    );
    expect(withEdition('/?edition=2024-10&lang=en', null)).toBe('/?lang=en');
    expect(withEdition('/?edition=2024-10', null)).toBe('/');
    expect(withEdition('/?edition=a', 'b')).toBe('/?edition=b');
  });
});
