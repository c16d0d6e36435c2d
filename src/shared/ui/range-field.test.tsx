import { useState, type ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { RangeField, type NumberBounds } from './range-field';

const labels = {
  min: 'Min PE (TTM)',
  max: 'Max PE (TTM)',
  minPlaceholder: 'min',
  maxPlaceholder: 'max',
};

/** The field with its bounds held as a page holds them (in the address). */
function Harness({
  onChange = () => {},
  disabled = false,
}: {
  onChange?: (range: NumberBounds) => void;
  disabled?: boolean;
}): ReactElement {
  const [range, setRange] = useState<NumberBounds>({ min: null, max: null });
  return (
    <>
      <RangeField
        legend="PE (TTM)"
        labels={labels}
        range={range}
        onChange={(next) => {
          setRange(next);
          onChange(next);
        }}
        disabled={disabled}
        hint={disabled ? 'Choose one currency first.' : undefined}
      />
      <button type="button" onClick={() => setRange({ min: null, max: null })}>
        Reset view
      </button>
    </>
  );
}

describe('RangeField', () => {
  it('applies each bound as soon as it is a number, a percent sign allowed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.getByRole('group', { name: 'PE (TTM)' })).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'Min PE (TTM)' }), '-5');
    expect(onChange).toHaveBeenLastCalledWith({ min: -5, max: null });
    await user.type(screen.getByRole('textbox', { name: 'Max PE (TTM)' }), '20%');
    expect(onChange).toHaveBeenLastCalledWith({ min: -5, max: 20 });
  });

  it('flags text that is not a number and never applies it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const min = screen.getByRole('textbox', { name: 'Min PE (TTM)' });
    await user.type(min, '12');
    await user.clear(min);
    await user.type(min, 'abc');
    expect(min).toHaveAttribute('aria-invalid', 'true');
    expect(onChange).toHaveBeenLastCalledWith({ min: null, max: null });
  });

  it('follows a change from outside (reset, back button)', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const max = screen.getByRole('textbox', { name: 'Max PE (TTM)' });
    await user.type(max, '1.5');
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(max).toHaveValue('');
  });

  it('explains why it is disabled', () => {
    render(<Harness disabled />);
    const group = screen.getByRole('group', { name: 'PE (TTM)' });
    expect(group).toBeDisabled();
    expect(group).toHaveAccessibleDescription('Choose one currency first.');
    expect(screen.getByRole('textbox', { name: 'Max PE (TTM)' })).toBeDisabled();
  });
});
