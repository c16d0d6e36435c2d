import { useState, type ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ColumnChooser } from './column-chooser';

const columns = [
  { id: 'pe', label: 'PE (TTM)' },
  { id: 'ps', label: 'PS (TTM)' },
  { id: 'cap', label: 'Market cap' },
];
const summary = (hidden: readonly string[]): string =>
  `Columns (${columns.length - hidden.length}/${columns.length})`;

/** The chooser with its hidden columns held by the test, as the page holds them in the URL. */
function Harness({ onChange }: { onChange: (hidden: string[]) => void }): ReactElement {
  const [hidden, setHidden] = useState<string[]>(['ps']);
  return (
    <>
      <ColumnChooser
        summary={summary}
        legend="Code and name are always shown."
        columns={columns}
        hidden={hidden}
        onChange={onChange}
      />
      <button type="button" onClick={() => setHidden([])}>
        Reset view
      </button>
    </>
  );
}

describe('ColumnChooser', () => {
  it('offers one checkbox per column, ticked when shown, named by the legend', async () => {
    const user = userEvent.setup();
    render(<Harness onChange={() => {}} />);
    await user.click(screen.getByText('Columns (2/3)'));
    const group = screen.getByRole('group', { name: 'Code and name are always shown.' });
    expect(group).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'PE (TTM)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'PS (TTM)' })).not.toBeChecked();
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
  });

  it('hides and shows columns at once, before the URL follows', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await user.click(screen.getByText('Columns (2/3)'));
    await user.click(screen.getByRole('checkbox', { name: 'Market cap' }));
    expect(onChange).toHaveBeenLastCalledWith(['ps', 'cap']);
    expect(screen.getByRole('checkbox', { name: 'Market cap' })).not.toBeChecked();
    expect(screen.getByText('Columns (1/3)')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'PS (TTM)' }));
    expect(onChange).toHaveBeenLastCalledWith(['cap']);
  });

  it('follows a change from outside (reset, back button)', async () => {
    const user = userEvent.setup();
    render(<Harness onChange={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(screen.getByText('Columns (3/3)')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'PS (TTM)', hidden: true })).toBeChecked();
  });
});
