import type { ComponentType } from 'react';
import {
  createBrowserRouter,
  Navigate,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import type { QueryClient } from '@tanstack/react-query';

import { companiesQueryOptions } from '../features/companies/api';
import { indicesQueryOptions } from '../features/indices/api';
import { reportQueryOptions } from '../features/report/api';
import { sectorsQueryOptions } from '../features/sectors/api';
import { readEditionParam } from './edition/edition-url';
import { editionsQueryOptions } from './edition/editions-query';
import { resolveEdition } from './edition/resolve-edition';
import { NotFoundPage } from './not-found-page';
import { PageUnavailable, RouteErrorPage } from './route-states';
import { Shell, ShellFallback } from './shell';

type Prefetch = (edition: string) => Promise<void>;

/**
 * How long a page waits for its datasets before it shows with loading panels. Data that arrives
 * in time fills the page's first render, so nothing moves as panels fill in (the overview's KPI
 * cards once shifted everything below them: CLS 0.16); a slow or failing file no longer holds
 * the page back than this, and then shows in its own panel.
 */
const PREFETCH_WAIT_MS = 1000;

/**
 * Loaders start the page's datasets of the edition the address asks for (once editions.json has
 * said which that is) in parallel with its lazily loaded code, using the same query options the
 * components read. They never throw: a failed file is shown in its own panel. They wait for the
 * datasets at most {@link PREFETCH_WAIT_MS}.
 */
function prefetch(queryClient: QueryClient, ...starts: Prefetch[]) {
  return async ({ request }: LoaderFunctionArgs): Promise<null> => {
    const loaded = queryClient
      .ensureQueryData(editionsQueryOptions)
      .then((editions) => {
        const resolved = resolveEdition(editions, readEditionParam(new URL(request.url)));
        return resolved
          ? Promise.allSettled(starts.map((start) => start(resolved.edition.id)))
          : [];
      })
      .catch(() => undefined);
    await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, PREFETCH_WAIT_MS))]);
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
type Loader = (args: LoaderFunctionArgs) => null | Promise<null>;

function lazyLoader(load: () => Promise<Loader>): () => Promise<Loader> {
  return async () => {
    try {
      return await load();
    } catch {
      // Offline or a missing chunk: the page's own panels report it.
      return () => null;
    }
  };
}

/** The deck's two windows (slides and presenter view): one module, one chunk. */
const deckWindows = () => import('./present/present-route');

const urlStateLayout = lazyComponent(
  async () => (await import('./url-state-layout')).UrlStateLayout,
);

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const deckRoute = (path: string, children: RouteObject[]): RouteObject => ({
    path,
    lazy: { Component: urlStateLayout },
    errorElement: <RouteErrorPage />,
    HydrateFallback: ShellFallback,
    loader: prefetch(
      queryClient,
      (edition) => queryClient.prefetchQuery(indicesQueryOptions(edition)),
      (edition) => queryClient.prefetchQuery(sectorsQueryOptions(edition)),
      (edition) => queryClient.prefetchQuery(reportQueryOptions(edition)),
    ),
    children: [{ index: true, element: <Navigate to={`${path}/kpis`} replace /> }, ...children],
  });
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
            queryClient,
            (edition) => queryClient.prefetchQuery(indicesQueryOptions(edition)),
            (edition) => queryClient.prefetchQuery(sectorsQueryOptions(edition)),
            (edition) => queryClient.prefetchQuery(reportQueryOptions(edition)),
            (edition) => queryClient.prefetchQuery(companiesQueryOptions(edition)),
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
              loader: prefetch(queryClient, (edition) =>
                queryClient.prefetchQuery(sectorsQueryOptions(edition)),
              ),
              lazy: lazyPage(async () => (await import('./routes/sectors-route')).SectorsRoute),
            }),
            child({
              path: 'funds',
              lazy: {
                loader: lazyLoader(async () => {
                  const { fundsQueryOptions } = await import('../features/funds/api');
                  return prefetch(queryClient, (edition) =>
                    queryClient.prefetchQuery(fundsQueryOptions(edition)),
                  );
                }),
                Component: lazyComponent(async () =>
                  (await import('./page-loaders')).loadFundsRoute(),
                ),
              },
            }),
            child({
              path: 'companies',
              loader: prefetch(queryClient, (edition) =>
                queryClient.prefetchQuery(companiesQueryOptions(edition)),
              ),
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
                    queryClient,
                    (edition) => queryClient.prefetchQuery(newsQueryOptions(edition)),
                    (edition) => queryClient.prefetchQuery(frontierQueryOptions(edition)),
                    (edition) => queryClient.prefetchQuery(companiesQueryOptions(edition)),
                  );
                }),
                Component: lazyComponent(
                  async () => (await import('./routes/timeline-route')).TimelineRoute,
                ),
              },
            }),
          ],
        },
        child({
          // "Since last edition": its comparison code loads only when it is opened.
          path: 'changes',
          lazy: lazyPage(
            async () => (await import('./what-changed/what-changed-route')).WhatChangedRoute,
          ),
        }),
        child({ path: '*', Component: NotFoundPage }),
      ],
    },
    // Present mode has no shell: full-screen slides, one URL each, reading the pages' views. The
    // presenter's own window (current and next slide, notes, timer) moves in step with it.
    deckRoute('/present', [
      {
        path: 'print',
        lazy: lazyPage(async () => (await import('./present/print-route')).PrintDeckRoute),
      },
      {
        path: ':slide',
        lazy: lazyPage(async () => (await deckWindows()).PresentRoute),
      },
    ]),
    deckRoute('/presenter', [
      {
        path: ':slide',
        lazy: lazyPage(async () => (await deckWindows()).PresenterRoute),
      },
    ]),
  ];
}

export function createRouter(queryClient: QueryClient): ReturnType<typeof createBrowserRouter> {
  return createBrowserRouter(createRoutes(queryClient));
}
