import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { DATA_ORIGIN } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { syntheticDataRoot } from '../../../tests/fixtures/synthetic-edition';
import { renderWithProviders } from '../../../tests/test-utils';
import { EditionGate } from '../edition/edition-context';
import { WhatChangedRoute } from './what-changed-route';

/** The data host with both editions (the real one and the SYNTHETIC test one, latest). */
function serveSyntheticRoot(): void {
  const files = syntheticDataRoot();
  server.use(
    http.get(`${DATA_ORIGIN}/data/*`, ({ request }) => {
      const path = new URL(request.url).pathname.replace(/^\/data\//, '');
      const json = files.get(path);
      return json === undefined
        ? new HttpResponse('not found', { status: 404 })
        : HttpResponse.json(json as object);
    }),
  );
}

const view = (
  <EditionGate>
    <WhatChangedRoute />
  </EditionGate>
);

describe('since last edition', () => {
  it('compares the synthetic edition with the real one, in English, every string resolved', async () => {
    serveSyntheticRoot();
    renderWithProviders(view, { language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Since last edition' }),
    ).toBeInTheDocument();
    const kpis = await screen.findByRole('region', { name: 'Key figures' });
    expect(
      await within(kpis).findByRole('rowheader', { name: 'AI index (884201.WI) close' }),
    ).toBeInTheDocument();
    expect(within(kpis).getByRole('columnheader', { name: 'Change (computed by the app)' }));
    const funds = screen.getByRole('region', { name: 'Funds' });
    expect(await within(funds).findByText('SYNTHETIC TEST FUND A (999001.OF)')).toBeInTheDocument();
    expect(within(funds).getAllByText('Not in the previous edition').length).toBeGreaterThan(0);
    const constituents = screen.getByRole('region', {
      name: 'Index constituents: top and bottom 10',
    });
    expect(
      await within(constituents).findByText('SYNTHETIC CONSTITUENT A (900001.SH)'),
    ).toBeInTheDocument();
    const news = screen.getByRole('region', { name: 'News categories' });
    expect(await within(news).findByText(/News categories new in this edition: No change/));
    // Twelve datasets parsed and several tables drawn: slow on a loaded machine, never stuck.
  }, 30_000);

  it('the oldest edition has nothing to compare with', async () => {
    serveSyntheticRoot();
    renderWithProviders(view, { path: '/changes?edition=2024-10' });
    expect(await screen.findByText(/之前没有其他数据版本，无可比较/)).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('a dataset that fails in one edition fails its sections only', async () => {
    serveSyntheticRoot();
    server.use(
      http.get(`${DATA_ORIGIN}/data/2024-10/funds.json`, () =>
        HttpResponse.json({ dataset: 'funds', edition: '2024-10', funds: 'x' }),
      ),
    );
    renderWithProviders(view);
    const funds = await screen.findByRole('region', { name: '基金' });
    expect(await within(funds).findByText('“基金 · 上期”数据加载失败')).toBeInTheDocument();
    const kpis = screen.getByRole('region', { name: '关键指标' });
    expect(await within(kpis).findByRole('columnheader', { name: '变化（本应用计算）' }));
  });
});
