import type { ReactElement } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';

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
  // The parser (Papa Parse) loads with the first import, by dynamic import(). Loaded once here,
  // so no test's wait for its result also covers compiling that module on a busy machine.
  beforeAll(async () => {
    await import('../user-figures-parse');
  });

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

  /** "IT设备,12.5,3" then "华为鸿蒙,1,2" as Excel on Chinese Windows saves CSV: GBK. */
  const gbkCsv = new Uint8Array([
    0x49, 0x54, 0xc9, 0xe8, 0xb1, 0xb8, 0x2c, 0x31, 0x32, 0x2e, 0x35, 0x2c, 0x33, 0x0d, 0x0a, 0xbb,
    0xaa, 0xce, 0xaa, 0xba, 0xe8, 0xc3, 0xc9, 0x2c, 0x31, 0x2c, 0x32, 0x0d, 0x0a,
  ]);

  it.each([
    [
      'en',
      '“excel.csv”: rows imported: 1; problems: 1.',
      'The file is not UTF-8; it was read as GB18030 (GBK) (what Excel on Chinese Windows saves as “CSV (Comma delimited)”).',
      'Row 1, column ‘sub-industry’: ‘IT设备’ is not one of the report’s 25 sub-industries.',
    ],
    [
      'zh',
      '“excel.csv”：导入 1 行，1 处问题。',
      '文件不是 UTF-8 编码，已按 GB18030（GBK） 读取（Excel 中文版“CSV(逗号分隔)”保存的就是这种编码）。',
      '第 1 行，“子行业”列：“IT设备”不是报告中的25个子行业之一。',
    ],
  ] as const)(
    'reads a GBK file from Excel and says so (%s)',
    async (language, result, encoding, problem) => {
      renderWithProviders(<Harness />, { language });
      const user = userEvent.setup();
      const file = new File([gbkCsv], 'excel.csv', { type: 'text/csv' });
      await user.upload(
        screen.getByLabelText(language === 'en' ? 'Choose a CSV file' : '选择 CSV 文件'),
        file,
      );
      await screen.findByText(result);
      expect(screen.getByText(encoding)).toBeInTheDocument();
      expect(screen.getByText(problem)).toBeInTheDocument();
    },
  );

  it.each([
    [
      'en',
      'The file’s text encoding is neither UTF-8 nor GB18030 (GBK), so it was not read; the data loaded before is unchanged. In Excel, use Save As → “CSV UTF-8 (Comma delimited)” and import it again.',
    ],
    [
      'zh',
      '无法识别该文件的文字编码：既不是 UTF-8，也不是 GB18030（GBK），因此未读取；之前载入的数据保持不变。请在 Excel 中“另存为”“CSV UTF-8(逗号分隔)”后重新导入。',
    ],
  ] as const)(
    'says in words when a file is in no encoding it can read (%s)',
    async (language, message) => {
      renderWithProviders(<Harness />, { language });
      const user = userEvent.setup();
      const file = new File([new Uint8Array([0x61, 0xff, 0x2c, 0x31])], 'latin.csv');
      await user.upload(
        screen.getByLabelText(language === 'en' ? 'Choose a CSV file' : '选择 CSV 文件'),
        file,
      );
      await screen.findByText(message);
    },
  );

  it('puts the row limit first and alone, and imports nothing', async () => {
    renderWithProviders(<Harness />, { language: 'en' });
    await paste('Huawei HarmonyOS,1,2');
    await screen.findByText(/rows imported: 1;/);
    const rows = Array.from({ length: 600 }, (_, i) => `Unknown ${i},x,y`);
    await paste(['Data Centers,1,2', ...rows].join('\n'));
    const problems = await screen.findByRole('region', { name: 'Problems (1)' });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'The table is over the limit of 500 rows (from row 501 on), so no row was imported; the data loaded before is unchanged. The report has 25 sub-industries: keep only their rows.',
    ]);
    expect(screen.getByRole('rowheader', { name: 'Huawei HarmonyOS' })).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'Data Centers' })).toBeNull();
  });

  it('isolates a right-to-left override in a cell, so the sentence after it keeps its order', async () => {
    renderWithProviders(<Harness />, { language: 'zh' });
    await paste('华为鸿蒙,1,2\n\u202Eevil.exe,1,2', 'zh');
    await screen.findByText(/导入 1 行/);
    expect(
      screen.getByText(
        '第 2 行，“子行业”列：“\u2068\u202Eevil.exe\u2069”不是报告中的25个子行业之一。',
      ),
    ).toBeInTheDocument();
  });

  it('strips bidi controls from a file name (an identifier)', async () => {
    renderWithProviders(<Harness />, { language: 'en' });
    const user = userEvent.setup();
    const file = new File(['华为鸿蒙,1,2'], 'report\u202Evsc.exe', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Choose a CSV file'), file);
    await screen.findByText('“reportvsc.exe”: rows imported: 1; problems: 0.');
  });

  it('says the data will not survive a reload when the browser refuses to save it', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    renderWithProviders(<Harness />, { language: 'zh' });
    await paste('华为鸿蒙,1,2', 'zh');
    await screen.findByText('浏览器拒绝保存：刷新页面后这些数据会丢失。');
    expect(screen.getByRole('rowheader', { name: '华为鸿蒙' })).toBeInTheDocument();
  });
});
