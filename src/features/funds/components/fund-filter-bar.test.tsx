import { useState, type ReactElement } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../../tests/test-utils';
import { defaultFilters, type FundFilters } from '../fund-filters';
import { FundFilterBar } from './fund-filter-bar';

/** The bar with its filters held as the page holds them (in the address). */
function Harness({
  onFilters = () => {},
  onCollapse = () => {},
  onReset = () => {},
}: {
  onFilters?: (filters: FundFilters) => void;
  onCollapse?: (collapse: boolean) => void;
  onReset?: () => void;
}): ReactElement {
  const [filters, setFilters] = useState(defaultFilters);
  const [collapse, setCollapse] = useState(false);
  return (
    <FundFilterBar
      filters={filters}
      collapse={collapse}
      topQuartile={{ threshold: 10.5, count: 25 }}
      onFiltersChange={(next) => {
        setFilters(next);
        onFilters(next);
      }}
      onCollapseChange={(next) => {
        setCollapse(next);
        onCollapse(next);
      }}
      onReset={() => {
        setFilters(defaultFilters);
        onReset();
      }}
    />
  );
}

// Typing character by character takes seconds in jsdom on a busy machine.
describe('FundFilterBar', { timeout: 15_000 }, () => {
  it('applies a return bound as it is typed and flags text that is not a number', async () => {
    const user = userEvent.setup();
    const onFilters = vi.fn();
    renderWithProviders(<Harness onFilters={onFilters} />, { language: 'en' });
    const min = screen.getByRole('textbox', { name: 'Min 3M return (%)' });
    await user.type(min, '20%');
    expect(onFilters).toHaveBeenLastCalledWith(
      expect.objectContaining({
        returns: expect.objectContaining({ r3m: { min: 20, max: null } }),
      }),
    );
    await user.clear(min);
    await user.type(min, 'abc');
    expect(min).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('group', { name: 'Size (CNY 100M)' })).toBeVisible();
  });

  it('searches after a pause in typing, at once on Enter', async () => {
    const user = userEvent.setup();
    const onFilters = vi.fn();
    renderWithProviders(<Harness onFilters={onFilters} />, { language: 'en' });
    const search = screen.getByRole('searchbox', { name: 'Search code or name' });
    await user.type(search, 'Wanjia');
    await waitFor(() =>
      expect(onFilters).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'Wanjia' })),
    );
    await user.clear(search);
    await user.type(search, '006281{Enter}');
    expect(onFilters).toHaveBeenLastCalledWith(expect.objectContaining({ query: '006281' }));
  });

  it('filters by share class and kind, and merges classes on request', async () => {
    const user = userEvent.setup();
    const onFilters = vi.fn();
    const onCollapse = vi.fn();
    renderWithProviders(<Harness onFilters={onFilters} onCollapse={onCollapse} />, {
      language: 'en',
    });
    const shareClass = screen.getByRole('group', { name: 'Share class' });
    expect(within(shareClass).getByRole('radio', { name: 'All' })).toBeChecked();
    await user.click(within(shareClass).getByRole('radio', { name: 'Class C' }));
    expect(onFilters).toHaveBeenLastCalledWith(expect.objectContaining({ shareClass: 'C' }));

    const kind = screen.getByRole('group', { name: 'Kind' });
    await user.click(within(kind).getByRole('button', { name: 'ETF', pressed: false }));
    await user.click(within(kind).getByRole('button', { name: 'Active' }));
    expect(onFilters).toHaveBeenLastCalledWith(
      expect.objectContaining({ kinds: ['etf', 'active'] }),
    );
    await user.click(within(kind).getByRole('button', { name: 'ETF', pressed: true }));
    expect(onFilters).toHaveBeenLastCalledWith(expect.objectContaining({ kinds: ['active'] }));

    await user.click(
      screen.getByRole('checkbox', { name: 'One row per fund (merge A / C classes)' }),
    );
    expect(onCollapse).toHaveBeenLastCalledWith(true);
  });

  it('turns quick screens on and off, explains the top quartile and resets', async () => {
    const user = userEvent.setup();
    const onReset = vi.fn();
    renderWithProviders(<Harness onReset={onReset} />, { language: 'en' });
    const presets = screen.getByRole('group', { name: 'Quick screens' });
    const above20 = within(presets).getByRole('button', { name: '3M return ≥ 20%' });
    await user.click(above20);
    expect(above20).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('textbox', { name: 'Min 3M return (%)' })).toHaveValue('20');

    await user.click(within(presets).getByRole('button', { name: 'Top quartile by 1M return' }));
    expect(screen.getByText(/a 1-month return ≥ \+10\.50%.*of the 25 funds/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(onReset).toHaveBeenCalled();
    expect(above20).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('textbox', { name: 'Min 3M return (%)' })).toHaveValue('');
  });

  it('speaks Chinese', () => {
    renderWithProviders(<Harness />, { language: 'zh' });
    expect(screen.getByRole('textbox', { name: '近3月回报（%）下限' })).toBeVisible();
    expect(screen.getByRole('group', { name: '快捷筛选' })).toBeVisible();
  });
});
