import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';

import { companiesQueryOptions } from '../features/companies/api';
import { indicesQueryOptions } from '../features/indices/api';
import { reportQueryOptions } from '../features/report/api';
import { sectorsQueryOptions } from '../features/sectors/api';
import { NotFoundPage, PageUnavailable, RouteErrorPage } from './route-states';
import { Shell, ShellFallback } from './shell';

/**
 * Loaders start the page's datasets in parallel with its lazily loaded code, using the same query
 * options the components read. They never throw: a failed dataset is shown in its own panel.
 */
function prefetch(...starts: (() => Promise<void>)[]): () => null {
  return () => {
    for (const start of starts) void start();
    return null;
  };
}

/**
 * Loads a page's code on first visit. If that fails (offline, or a deploy replaced the chunk),
 * the page says so in its place instead of leaving the main area blank; the shell stays usable.
 */
function lazyPage(load: () => Promise<ComponentType>): () => Promise<{ Component: ComponentType }> {
  const component = lazyComponent(load);
  return async () => ({ Component: await component() });
}

function lazyComponent(load: () => Promise<ComponentType>): () => Promise<ComponentType> {
  return async () => {
    try {
      return await load();
    } catch {
      return PageUnavailable;
    }
  };
}

/**
 * A loader whose dataset code (schema, query options) downloads with the page, in parallel with
 * the page's components, instead of sitting in every page's first bundle. Used for datasets that
 * `/` does not need.
 */
function lazyLoader(load: () => Promise<() => null>): () => Promise<() => null> {
  return async () => {
    try {
      return await load();
    } catch {
      // Offline or a missing chunk: the page's own panels report it.
      return () => null;
    }
  };
}

const urlStateLayout = lazyComponent(
  async () => (await import('./url-state-layout')).UrlStateLayout,
);

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const child = (route: RouteObject): RouteObject => ({
    errorElement: <RouteErrorPage />,
    ...route,
  });
  return [
    {
      path: '/',
      Component: Shell,
      HydrateFallback: ShellFallback,
      children: [
        child({
          index: true,
          loader: prefetch(
            () => queryClient.prefetchQuery(indicesQueryOptions()),
            () => queryClient.prefetchQuery(sectorsQueryOptions()),
            () => queryClient.prefetchQuery(reportQueryOptions()),
            () => queryClient.prefetchQuery(companiesQueryOptions()),
          ),
          lazy: lazyPage(async () => (await import('./routes/overview-route')).OverviewRoute),
        }),
        {
          // The pages that keep their view in the URL, under nuqs' adapter (loaded with them).
          lazy: { Component: urlStateLayout },
          errorElement: <RouteErrorPage />,
          children: [
            child({
              path: 'sectors',
              loader: prefetch(() => queryClient.prefetchQuery(sectorsQueryOptions())),
              lazy: lazyPage(async () => (await import('./routes/sectors-route')).SectorsRoute),
            }),
            child({
              path: 'funds',
              lazy: {
                loader: lazyLoader(async () => {
                  const { fundsQueryOptions } = await import('../features/funds/api');
                  return prefetch(() => queryClient.prefetchQuery(fundsQueryOptions()));
                }),
                Component: lazyComponent(async () =>
                  (await import('./page-loaders')).loadFundsRoute(),
                ),
              },
            }),
            child({
              path: 'companies',
              loader: prefetch(() => queryClient.prefetchQuery(companiesQueryOptions())),
              lazy: lazyPage(async () => (await import('./page-loaders')).loadCompaniesRoute()),
            }),
            child({
              // Its datasets load with the page (a loader here would add to `/`'s script).
              path: 'watchlist',
              lazy: lazyPage(async () => (await import('./page-loaders')).loadWatchlistRoute()),
            }),
            child({
              path: 'timeline',
              lazy: {
                loader: lazyLoader(async () => {
                  const { frontierQueryOptions, newsQueryOptions } =
                    await import('../features/news/api');
                  return prefetch(
                    () => queryClient.prefetchQuery(newsQueryOptions()),
                    () => queryClient.prefetchQuery(frontierQueryOptions()),
                    () => queryClient.prefetchQuery(companiesQueryOptions()),
                  );
                }),
                Component: lazyComponent(
                  async () => (await import('./routes/timeline-route')).TimelineRoute,
                ),
              },
            }),
          ],
        },
        child({ path: '*', Component: NotFoundPage }),
      ],
    },
    // Present mode has no shell: full-screen slides, one URL each, reading the pages' views.
    {
      path: '/present',
      lazy: { Component: urlStateLayout },
      errorElement: <RouteErrorPage />,
      HydrateFallback: ShellFallback,
      loader: prefetch(
        () => queryClient.prefetchQuery(indicesQueryOptions()),
        () => queryClient.prefetchQuery(sectorsQueryOptions()),
        () => queryClient.prefetchQuery(reportQueryOptions()),
      ),
      children: [
        { index: true, element: <Navigate to="/present/kpis" replace /> },
        {
          path: 'print',
          lazy: lazyPage(async () => (await import('./present/print-route')).PrintDeckRoute),
        },
        {
          path: ':slide',
          lazy: lazyPage(async () => (await import('./present/present-route')).PresentRoute),
        },
      ],
    },
  ];
}

export function createRouter(queryClient: QueryClient): ReturnType<typeof createBrowserRouter> {
  return createBrowserRouter(createRoutes(queryClient));
}
