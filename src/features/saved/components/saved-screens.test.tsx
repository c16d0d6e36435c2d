import { act } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../../tests/test-utils';
import { useScreensStore } from '../screens-store';
import { SavedScreens } from './saved-screens';

const other = {
  id: 'other1',
  name: 'Overseas',
  page: 'companies',
  query: 'tab=overseas',
  savedAt: '2024-11-07T00:00:00.000Z',
} as const;

beforeEach(() => {
  act(() => useScreensStore.setState({ entries: [other], selected: null, dropped: 0 }));
});

describe('SavedScreens', () => {
  it('saves the current view by name, applies, renames and deletes it', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    renderWithProviders(
      <SavedScreens page="funds" query="min3m=20&sort=r1m.desc" onApply={onApply} />,
      {
        language: 'en',
      },
    );
    // An empty name is refused with a message, nothing is saved.
    await user.click(await screen.findByRole('button', { name: 'Save screen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a name for the screen first.');

    await user.type(screen.getByLabelText('Screen name'), '  Strong 3M  ');
    await user.click(screen.getByRole('button', { name: 'Save screen' }));
    expect(screen.getByText('Saved the screen “Strong 3M”.')).toBeInTheDocument();
    // Only this page's screens are listed (the companies screen stays stored).
    const list = screen.getByRole('list', { name: 'Screens saved for this page' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByText(/current view/)).toBeInTheDocument();
    expect(useScreensStore.getState().entries).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Apply the screen “Strong 3M”' }));
    expect(onApply).toHaveBeenCalledWith('min3m=20&sort=r1m.desc');

    await user.click(screen.getByRole('button', { name: 'Rename the screen “Strong 3M”' }));
    const field = screen.getByLabelText('New name');
    await user.clear(field);
    await user.type(field, 'Momentum');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByRole('button', { name: 'Apply the screen “Momentum”' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete the screen “Momentum”' }));
    expect(screen.queryByRole('list', { name: 'Screens saved for this page' })).toBeNull();
    expect(useScreensStore.getState().entries).toEqual([other]);
  });

  it('refuses a bad import file with a localised reason and changes nothing', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderWithProviders(<SavedScreens page="companies" query="" onApply={() => undefined} />);
    const input = await screen.findByLabelText('导入筛选（JSON）');
    await user.upload(
      input,
      new File(
        ['{"format":"ai-dashboard.saved-screens","version":1,"entries":[{"id":"x"}]}'],
        'evil.json',
      ),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '文件“evil.json”未导入，未作任何更改：第 1 项无效（名称、代码或格式不符）。',
    );
    expect(useScreensStore.getState().entries).toEqual([other]);
  });

  it('says when stored screens were dropped as unreadable', async () => {
    act(() => useScreensStore.setState({ dropped: 2 }));
    const user = userEvent.setup();
    renderWithProviders(<SavedScreens page="funds" query="" onApply={() => undefined} />, {
      language: 'en',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '2 saved screens could not be read (damaged or in a wrong format) and were removed.',
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
