import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../tests/test-utils';
import { DatasetError } from '../lib/api-client';
import { ErrorPanel } from './error-panel';

const MIB = 1024 * 1024;

describe('ErrorPanel', () => {
  it.each([
    ['zh', 'AI 新闻', '数据文件超过 2 MB 的大小上限，未读取（数据主机可能配置有误）。'],
    [
      'en',
      'AI news',
      'The data file is over the 2 MB size limit, so it was not read (the data host may be misconfigured).',
    ],
  ] as const)('explains a dataset over the size limit (%s)', (language, what, reason) => {
    const error = new DatasetError('too-large', 'news', 'over', undefined, {
      limit: 2 * MIB,
      declared: 33 * MIB,
    });
    renderWithProviders(<ErrorPanel what={what} error={error} onRetry={() => {}} />, {
      language,
    });
    expect(screen.getByRole('alert')).toHaveTextContent(reason);
  });
});
