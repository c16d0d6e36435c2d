import type { ReactElement } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../../tests/test-utils';
import { sectors } from '../test-fixtures';
import { useUserFigures } from '../use-user-figures';
import { USER_FIGURES_KEY } from '../user-figures-storage';
import { UserFiguresImport } from './user-figures-import';

function Harness(): ReactElement {
  const controller = useUserFigures(sectors.subIndustries);
  return <UserFiguresImport data={sectors} controller={controller} />;
}

const csv = [
  'sub-industry,revenue growth,net-profit growth',
  'Huawei HarmonyOS,88.75,120',
  'Data Centers,abc,40',
  'Semiconductors,1,2',
  'Smart City,-3.5%,-45',
].join('\n');

async function paste(text: string, language: 'en' | 'zh' = 'en') {
  const user = userEvent.setup();
  const box = screen.getByLabelText(language === 'en' ? 'Or paste a table' : '或粘贴表格');
  await user.clear(box);
  await user.click(box);
  await user.paste(text);
  await user.click(
    screen.getByRole('button', {
      name: language === 'en' ? 'Import pasted table' : '导入粘贴的内容',
    }),
  );
  return user;
}

describe('UserFiguresImport', () => {
  it('imports good rows, names bad rows by row and column, and saves to localStorage', async () => {
    renderWithProviders(<Harness />, { language: 'en' });
    expect(screen.getByText('None of your data is loaded.')).toBeInTheDocument();
    await paste(csv);
    await screen.findByText(
      '“pasted table”: rows imported: 2; problems: 2. Row 1 was read as a header.',
    );
    const problems = screen.getByRole('region', { name: 'Problems (2)' });
    expect(
      within(problems).getByText('Row 3, column ‘revenue growth’: ‘abc’ is not a number.'),
    ).toBeInTheDocument();
    expect(
      within(problems).getByText(
        'Row 4, column ‘sub-industry’: ‘Semiconductors’ is not one of the report’s 25 sub-industries.',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Your data (not from the report)' });
    expect(within(table).getByRole('rowheader', { name: 'Huawei HarmonyOS' })).toBeInTheDocument();
    expect(within(table).getByText('+88.75%')).toBeInTheDocument();
    expect(within(table).getByText('-3.5%')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(USER_FIGURES_KEY) ?? '{}').figures).toHaveLength(2);
  });

  it('an import without a good row keeps the data loaded before', async () => {
    renderWithProviders(<Harness />, { language: 'en' });
    await paste('Huawei HarmonyOS,1,2');
    await screen.findByText(/rows imported: 1;/);
    await paste('Semiconductors,1,2');
    await screen.findByText(
      '“pasted table”: no usable rows, nothing imported; the data loaded before is unchanged.',
    );
    expect(screen.getByRole('rowheader', { name: 'Huawei HarmonyOS' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(USER_FIGURES_KEY) ?? '{}').figures).toHaveLength(1);
  });

  it('refuses a file over 1 MB before reading it, keeping the previous data', async () => {
    renderWithProviders(<Harness />, { language: 'en' });
    const user = await paste('Huawei HarmonyOS,1,2');
    await screen.findByText(/rows imported: 1;/);
    const big = new File([new Uint8Array(10 * 1024 * 1024)], 'huge.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Choose a CSV file'), big);
    await screen.findByText(
      'The file is 10 MB, over the 1 MB limit: it was not read. The data loaded before is unchanged.',
    );
    expect(screen.getByRole('rowheader', { name: 'Huawei HarmonyOS' })).toBeInTheDocument();
  });

  it('imports a chosen file', async () => {
    renderWithProviders(<Harness />, { language: 'en' });
    const user = userEvent.setup();
    const file = new File(['\uFEFF华为鸿蒙;12,5;-3\r\n'], 'wind.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Choose a CSV file'), file);
    await screen.findByText('“wind.csv”: rows imported: 1; problems: 0.');
    expect(screen.getByText('+12.5%')).toBeInTheDocument();
  });

  it('refuses a binary file as unreadable', async () => {
    renderWithProviders(<Harness />, { language: 'en' });
    const user = userEvent.setup();
    const file = new File([new Uint8Array([80, 75, 3, 4, 0, 0, 1])], 'book.csv');
    await user.upload(screen.getByLabelText('Choose a CSV file'), file);
    await screen.findByText('The file could not be read as text (is it a CSV or text file?).');
  });

  it('survives a remount (reload) and can be cleared', async () => {
    const first = renderWithProviders(<Harness />, { language: 'zh' });
    const user = await paste('华为鸿蒙,88.75,120', 'zh');
    await screen.findByText(/导入 1 行/);
    first.unmount();
    renderWithProviders(<Harness />, { language: 'zh' });
    expect(screen.getByRole('rowheader', { name: '华为鸿蒙' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '清除我的数据' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: '华为鸿蒙' })).toBeNull());
    expect(screen.getByText('已清除你的数据。')).toBeInTheDocument();
    expect(localStorage.getItem(USER_FIGURES_KEY)).toBeNull();
  });

  it('localises errors in Chinese', async () => {
    renderWithProviders(<Harness />, { language: 'zh' });
    await paste('华为鸿蒙,abc,1', 'zh');
    await screen.findByText('第 1 行，“营收增速”列：“abc”不是数字。');
  });
});
