import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../tests/test-utils';
import { editionsQueryOptions } from './edition/editions-query';
import { NotFoundPage } from './not-found-page';

describe('NotFoundPage', () => {
  it('keeps a listed ?edition= on its link home', async () => {
    const { queryClient } = renderWithProviders(<NotFoundPage />, {
      path: '/no/such/page?edition=2024-10',
      language: 'en',
    });
    // Once editions.json has answered (2024-10 is listed), the parameter is still kept.
    await waitFor(() =>
      expect(queryClient.getQueryData(editionsQueryOptions.queryKey)).toBeDefined(),
    );
    expect(screen.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute(
      'href',
      '/?edition=2024-10',
    );
  });

  it('links to / when no edition is asked for', () => {
    renderWithProviders(<NotFoundPage />, { path: '/no/such/page' });
    expect(screen.getByRole('link', { name: '返回总览' })).toHaveAttribute('href', '/');
  });

  it('does not carry an edition that editions.json does not list (as the navigation does)', async () => {
    renderWithProviders(<NotFoundPage />, { path: '/no/such/page?edition=1999-01' });
    const link = screen.getByRole('link', { name: '返回总览' });
    await waitFor(() => expect(link).toHaveAttribute('href', '/'));
  });
});
