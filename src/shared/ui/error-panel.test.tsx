import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../tests/test-utils';
import { DatasetError } from '../lib/api-client';
import { ErrorPanel } from './error-panel';

const MIB = 1024 * 1024;

describe('ErrorPanel', () => {
  it.each([
    [
      'zh',
      'AI 新闻',
      '数据文件大小为 33 MB，超过 2 MB 的上限，未读取（数据主机可能配置有误）。',
      '数据文件超过 2 MB 的大小上限，未读取（数据主机可能配置有误）。',
    ],
    [
      'en',
      'AI news',
      'The data file is 33 MB, over the 2 MB size limit, so it was not read (the data host may be misconfigured).',
      'The data file is over the 2 MB size limit, so it was not read (the data host may be misconfigured).',
    ],
  ] as const)(
    'explains a dataset over the size limit (%s)',
    (language, what, declared, streamed) => {
      const over = (declaredBytes?: number): DatasetError =>
        new DatasetError('too-large', 'news', 'over', undefined, {
          limit: 2 * MIB,
          ...(declaredBytes ? { declared: declaredBytes } : {}),
        });
      const { unmount } = renderWithProviders(
        <ErrorPanel what={what} error={over(33 * MIB)} onRetry={() => {}} />,
        { language },
      );
      expect(screen.getByRole('alert')).toHaveTextContent(declared);
      unmount();
      renderWithProviders(<ErrorPanel what={what} error={over()} onRetry={() => {}} />, {
        language,
      });
      expect(screen.getByRole('alert')).toHaveTextContent(streamed);
    },
  );
});
