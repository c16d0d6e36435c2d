import type { ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { act } from 'react';
import { afterEach } from 'vitest';
import { NuqsTestingAdapter, type OnUrlUpdateFunction } from 'nuqs/adapters/testing';

import { Providers } from '../src/app/providers';
import { namespaceBackend, pageNamespaces } from '../src/app/i18n-namespaces';
import { getI18n } from '../src/shared/i18n/i18n';
import { en } from '../src/shared/i18n/locales/en';
import { zh } from '../src/shared/i18n/locales/zh';
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

// Tests render page components directly: load every page namespace, in both languages, before
// any test renders (in the app a component's first render loads its namespace).
const i18n = getI18n(usePreferencesStore.getState().language, namespaceBackend, { zh, en });
await i18n.loadNamespaces([...pageNamespaces]);
await i18n.loadLanguages(['zh', 'en']);

// A key that resolves to nothing renders as the key itself ("provenance.text"), which no
// assertion on a figure would notice. Every missing key fails the test that asked for it.
const missingKeys: string[] = [];
i18n.options.saveMissing = true;
i18n.on('missingKey', (languages: readonly string[], namespace: string, key: string) => {
  missingKeys.push(`${languages.join(',')}:${namespace}:${key}`);
});
afterEach(() => {
  const found = missingKeys.splice(0);
  if (found.length > 0) throw new Error(`Missing i18n keys: ${[...new Set(found)].join('; ')}`);
});
