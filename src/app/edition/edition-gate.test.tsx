import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { DATA_ORIGIN } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { SYNTHETIC_EDITION, syntheticDataRoot } from '../../../tests/fixtures/synthetic-edition';
import { renderWithProviders } from '../../../tests/test-utils';
import { EditionGate, useEdition, useEditionWords } from './edition-context';

function Shown(): React.ReactElement {
  const { edition, previous } = useEdition();
  const { month } = useEditionWords();
  return (
    <p>
      shown {edition.id} after {previous?.id ?? 'none'} in {month}
    </p>
  );
}

/** editions.json of the synthetic data root (two editions, the synthetic one latest). */
function serveEditions(edit: (json: { latest: string }) => void = () => undefined): void {
  const editions = structuredClone(syntheticDataRoot().get('editions.json')) as { latest: string };
  edit(editions);
  server.use(http.get(`${DATA_ORIGIN}/data/editions.json`, () => HttpResponse.json(editions)));
}

const gate = (
  <EditionGate>
    <Shown />
  </EditionGate>
);

describe('EditionGate', () => {
  it('opens latest from the fetched editions.json, with its data-date line and month words', async () => {
    serveEditions();
    renderWithProviders(gate);
    expect(
      await screen.findByText(`shown ${SYNTHETIC_EDITION} after 2024-10 in 11月`),
    ).toBeInTheDocument();
    expect(screen.getByText('数据截至 2024年11月30日')).toBeInTheDocument();
  });

  it('opens ?edition= when listed, in English too', async () => {
    serveEditions();
    renderWithProviders(gate, { path: '/?edition=2024-10', language: 'en' });
    expect(await screen.findByText('shown 2024-10 after none in October')).toBeInTheDocument();
    expect(screen.getByText('Data as of October 31, 2024')).toBeInTheDocument();
  });

  it('an unknown ?edition= opens latest with a notice; a latest not listed, the newest', async () => {
    serveEditions();
    renderWithProviders(gate, { path: '/?edition=<img src=x>' });
    expect(
      await screen.findByText('没有“<img src=x>”这一期数据，已显示最新一期（2024年11月30日）。'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`shown ${SYNTHETIC_EDITION} after 2024-10 in 11月`),
    ).toBeInTheDocument();
  });

  it('a latest that is not listed opens the newest listed edition, with a notice', async () => {
    serveEditions((json) => {
      json.latest = '2025-01';
    });
    renderWithProviders(gate, { language: 'en' });
    expect(await screen.findByText(/“2025-01”, is not in it/)).toBeInTheDocument();
    expect(
      screen.getByText(`shown ${SYNTHETIC_EDITION} after 2024-10 in November`),
    ).toBeInTheDocument();
  });

  it('a failed editions.json is a localised error with retry, not a page', async () => {
    server.use(
      http.get(`${DATA_ORIGIN}/data/editions.json`, () => new HttpResponse('x', { status: 500 })),
    );
    renderWithProviders(gate);
    expect(await screen.findByText('“数据版本”数据加载失败')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
    expect(screen.queryByText(/^shown/)).not.toBeInTheDocument();
  });
});
