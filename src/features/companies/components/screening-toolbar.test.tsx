import { useState, type ReactElement } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../../tests/test-utils';
import type { ViewUpdate } from '../use-companies-view';
import { defaultView, type CompaniesView, type CompanyTab } from '../view-state';
import { ScreeningToolbar } from './screening-toolbar';

let latest: CompaniesView = defaultView();

/** The toolbar with its view held as the page holds it (in the URL), the last view kept. */
function Harness({ tab }: { tab: CompanyTab }): ReactElement {
  const [view, setView] = useState(() => defaultView(tab));
  const update: ViewUpdate = (change) =>
    setView((current) => {
      latest = change(current);
      return latest;
    });
  return (
    <>
      <ScreeningToolbar view={view} update={update} />
      <button type="button" onClick={() => update((v) => defaultView(v.tab))}>
        Reset view
      </button>
    </>
  );
}

// Typing character by character takes seconds in jsdom on a busy machine.
describe('ScreeningToolbar', { timeout: 15_000 }, () => {
  it('searches and sets ranges as they are typed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness tab="a-share" />, { language: 'en' });
    const search = screen.getByRole('searchbox', { name: 'Search code or name' });
    await user.type(search, 'Cambricon');
    expect(latest.query).toBe('Cambricon');
    await user.type(screen.getByRole('textbox', { name: 'YTD return (%) minimum' }), '-5');
    await user.type(screen.getByRole('textbox', { name: 'PE (TTM) maximum' }), '50');
    expect(latest.ranges.ytd).toEqual({ min: -5, max: null });
    expect(latest.ranges.pe).toEqual({ min: null, max: 50 });
    // Text that is not a number is flagged and not applied.
    const ps = screen.getByRole('textbox', { name: 'PS (TTM) minimum' });
    await user.type(ps, 'x');
    expect(ps).toHaveAttribute('aria-invalid', 'true');
    expect(latest.ranges.ps).toEqual({ min: null, max: null });
    expect(screen.getByRole('group', { name: 'Market cap (CNY 100m)' })).toBeEnabled();
  });

  it('follows a reset from outside', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness tab="a-share" />, { language: 'en' });
    const pe = screen.getByRole('textbox', { name: 'PE (TTM) minimum' });
    const ps = screen.getByRole('textbox', { name: 'PS (TTM) maximum' });
    await user.type(pe, '10');
    await user.type(ps, '8');
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(pe).toHaveValue('');
    expect(ps).toHaveValue('');
  });

  it('ranges market caps only within one currency overseas', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness tab="overseas" />, { language: 'en' });
    const cap = screen.getByRole('group', { name: 'Market cap (100m, listing currency)' });
    expect(cap).toBeDisabled();
    expect(cap).toHaveAccessibleDescription(
      'Market caps are in different currencies: choose one currency to filter by market cap.',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'US dollar');
    expect(latest.currency).toBe('USD');
    expect(cap).toBeEnabled();
    await user.type(within(cap).getByRole('textbox', { name: /maximum/ }), '1000');
    expect(latest.ranges.cap).toEqual({ min: null, max: 1000 });
    // Another currency clears a cap range typed for the first.
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Currency' }),
      'Hong Kong dollar',
    );
    expect(latest.ranges.cap).toEqual({ min: null, max: null });
  });

  it('offers no ranges for the forecasts', () => {
    renderWithProviders(<Harness tab="forecasts" />, { language: 'zh' });
    expect(screen.getByRole('searchbox')).toBeVisible();
    expect(screen.queryByRole('group')).toBeNull();
  });
});
