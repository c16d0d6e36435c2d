import type { ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { act } from 'react';
import { NuqsTestingAdapter, type OnUrlUpdateFunction } from 'nuqs/adapters/testing';

import { Providers } from '../src/app/providers';
import { registerStrings } from '../src/shared/i18n/i18n';
import { companiesStrings } from '../src/shared/i18n/locales/companies';
import { fundsStrings } from '../src/shared/i18n/locales/funds';
import { presentStrings } from '../src/shared/i18n/locales/present';
import { sectorsStrings } from '../src/shared/i18n/locales/sectors';
import { timelineStrings } from '../src/shared/i18n/locales/timeline';
import { createQueryClient } from '../src/app/query-client';
import { usePreferencesStore, type Language } from '../src/shared/stores/preferences-store';

/** A fresh QueryClient per test, without retries, so a fault shows at once. */
export function testQueryClient(): ReturnType<typeof createQueryClient> {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  return client;
}

export function setLanguage(language: Language): void {
  act(() => usePreferencesStore.setState({ language }));
}

/**
 * Renders `ui` with the app's providers, a fresh QueryClient and a memory router at `path`. URL
 * state goes through nuqs' testing adapter, which starts from `path`'s query, keeps what is
 * written (so the view follows) and reports each address update to `onUrlUpdate`.
 */
export function renderWithProviders(
  ui: ReactNode,
  {
    language = 'zh',
    path = '/',
    routePath = '*',
    onUrlUpdate,
  }: {
    language?: Language;
    path?: string;
    routePath?: string;
    onUrlUpdate?: OnUrlUpdateFunction;
  } = {},
): RenderResult & { queryClient: ReturnType<typeof testQueryClient> } {
  setLanguage(language);
  const queryClient = testQueryClient();
  const search = new URL(path, 'http://localhost').search;
  const element = (
    <NuqsTestingAdapter searchParams={search} hasMemory onUrlUpdate={onUrlUpdate}>
      {ui}
    </NuqsTestingAdapter>
  );
  const routes: RouteObject[] = [{ path: routePath, element }];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, queryClient };
}

// Tests render page components directly: give them every page's strings up front.
registerStrings('sectors', sectorsStrings);
registerStrings('funds', fundsStrings);
registerStrings('companies', companiesStrings);
registerStrings('timeline', timelineStrings);
registerStrings('present', presentStrings);
