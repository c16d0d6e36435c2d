import { useState, type ReactElement } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ToggleGroup } from './toggle-group';

const kinds = ['etf', 'index', 'active'] as const;
type Kind = (typeof kinds)[number];
const names: Record<Kind, string> = { etf: 'ETF', index: 'Index fund', active: 'Active' };

/** Any number on (a filter). */
function Filters(): ReactElement {
  const [on, setOn] = useState<Kind[]>([]);
  return (
    <ToggleGroup
      legend="Kind"
      options={kinds}
      pressed={(kind) => on.includes(kind)}
      label={(kind) => names[kind]}
      onToggle={(kind) =>
        setOn((current) =>
          current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind],
        )
      }
    />
  );
}

/** Exactly one on (a choice). */
function Choice(): ReactElement {
  const [value, setValue] = useState<'ytd' | 'month'>('ytd');
  return (
    <ToggleGroup
      legend="Colour by"
      options={['ytd', 'month'] as const}
      pressed={(option) => option === value}
      label={(option) => (option === 'ytd' ? 'YTD return' : 'Monthly return')}
      onToggle={setValue}
    />
  );
}

describe('ToggleGroup', () => {
  it('names its buttons by the legend and presses any number of them', async () => {
    const user = userEvent.setup();
    render(<Filters />);
    const group = screen.getByRole('group', { name: 'Kind' });
    const etf = within(group).getByRole('button', { name: 'ETF', pressed: false });
    await user.click(etf);
    await user.click(within(group).getByRole('button', { name: 'Active' }));
    expect(etf).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'Active', pressed: true })).toBeVisible();
    await user.click(etf);
    expect(within(group).getByRole('button', { name: 'ETF', pressed: false })).toBeVisible();
  });

  it('works as a choice of one', async () => {
    const user = userEvent.setup();
    render(<Choice />);
    await user.click(screen.getByRole('button', { name: 'Monthly return' }));
    expect(screen.getByRole('button', { name: 'Monthly return', pressed: true })).toBeVisible();
    expect(screen.getByRole('button', { name: 'YTD return', pressed: false })).toBeVisible();
  });
});
