import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';

import { companiesQueryOptions } from '../features/companies/api';
import { fundsQueryOptions } from '../features/funds/api';
import { indicesQueryOptions } from '../features/indices/api';
import { frontierQueryOptions, newsQueryOptions } from '../features/news/api';
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
  return async () => {
    try {
      return { Component: await load() };
    } catch {
      return { Component: PageUnavailable };
    }
  };
}

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
        child({
          path: 'sectors',
          loader: prefetch(() => queryClient.prefetchQuery(sectorsQueryOptions())),
          lazy: lazyPage(async () => (await import('./routes/sectors-route')).SectorsRoute),
        }),
        child({
          path: 'funds',
          loader: prefetch(() => queryClient.prefetchQuery(fundsQueryOptions())),
          lazy: lazyPage(async () => (await import('./routes/funds-route')).FundsRoute),
        }),
        child({
          path: 'companies',
          loader: prefetch(() => queryClient.prefetchQuery(companiesQueryOptions())),
          lazy: lazyPage(async () => (await import('./routes/companies-route')).CompaniesRoute),
        }),
        child({
          path: 'timeline',
          loader: prefetch(
            () => queryClient.prefetchQuery(newsQueryOptions()),
            () => queryClient.prefetchQuery(frontierQueryOptions()),
            () => queryClient.prefetchQuery(companiesQueryOptions()),
          ),
          lazy: lazyPage(async () => (await import('./routes/timeline-route')).TimelineRoute),
        }),
        child({ path: '*', Component: NotFoundPage }),
      ],
    },
    // Present mode has no shell: full-screen slides, one URL each.
    {
      path: '/present',
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
