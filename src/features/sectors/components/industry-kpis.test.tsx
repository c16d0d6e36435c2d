import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SYNTHETIC_EDITION, syntheticDataRoot } from '../../../../tests/fixtures/synthetic-edition';
import { renderWithProviders } from '../../../../tests/test-utils';
import { sectorsDatasetSchema } from '../sectors-schema';
import { sectors } from '../test-fixtures';
import { IndustryKpis } from './industry-kpis';

describe('IndustryKpis', () => {
  it('labels the totals with the period the dataset prints (24Q3), in each language', () => {
    const { unmount } = renderWithProviders(<IndustryKpis data={sectors} />);
    expect(screen.getByRole('heading', { name: '行业24Q3营收' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '行业24Q3归母净利润' })).toBeInTheDocument();
    unmount();
    renderWithProviders(<IndustryKpis data={sectors} />, { language: 'en' });
    expect(screen.getByRole('heading', { name: 'Industry 24Q3 revenue' })).toBeInTheDocument();
  });

  it('takes the period from the data of the edition shown, never from the strings', () => {
    // The synthetic edition (tests/fixtures) carries the period of its sectors dataset too.
    const synthetic = sectorsDatasetSchema.parse(
      syntheticDataRoot().get(`${SYNTHETIC_EDITION}/sectors.json`),
    );
    expect(synthetic.period).toBe('24Q3');
    renderWithProviders(<IndustryKpis data={{ ...synthetic, period: '24Q4' }} />, {
      language: 'en',
    });
    expect(screen.getByRole('heading', { name: 'Industry 24Q4 revenue' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Industry 24Q4 net profit attributable to parent' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/24Q3/)).not.toBeInTheDocument();
  });
});
