import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { act } from 'react';

import { Providers } from '../src/app/providers';
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

/** Renders `ui` with the app's providers, a fresh QueryClient and (optionally) a memory router. */
export function renderWithProviders(
  ui: ReactNode,
  {
    language = 'zh',
    path = '/',
    routePath = '*',
  }: { language?: Language; path?: string; routePath?: string } = {},
): RenderResult & { queryClient: ReturnType<typeof testQueryClient> } {
  setLanguage(language);
  const queryClient = testQueryClient();
  const routes: RouteObject[] = [{ path: routePath, element: ui as ReactElement }];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, queryClient };
}
