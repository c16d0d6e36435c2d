import { Suspense, type ReactElement } from 'react';
import { Outlet } from 'react-router';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';

/**
 * Not shallow: React Router is told of every change (a replace navigation, as `setSearchParams`
 * did), so its location — which the P key carries into the deck and the shell's language switch
 * rewrites — and its loaders follow the address.
 */
const urlStateOptions = { shallow: false } as const;

/**
 * nuqs' React Router adapter, around the pages that keep their view in the URL (and the deck,
 * which reads their views). A layout route rather than a provider above the router, so the adapter
 * loads with those pages and not with `/`, whose script budget is tight.
 */
export function UrlStateLayout(): ReactElement {
  return (
    <NuqsAdapter defaultOptions={urlStateOptions}>
      {/* A page's strings namespace loads on its first render (present mode has no shell around it). */}
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
    </NuqsAdapter>
  );
}
