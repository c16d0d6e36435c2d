import type { ComponentType } from 'react';

/**
 * The grid pages, one hop away. The router is in `/`'s script, and every chunk a lazily loaded
 * page needs is listed there by name; /funds, /companies and /watchlist share many (AG Grid, the
 * grids' columns, the saved feature), so their lists live in this small module instead, which
 * keeps `/` within its byte budget.
 */
export async function loadFundsRoute(): Promise<ComponentType> {
  return (await import('./routes/funds-route')).FundsRoute;
}

export async function loadCompaniesRoute(): Promise<ComponentType> {
  return (await import('./routes/companies-route')).CompaniesRoute;
}

export async function loadWatchlistRoute(): Promise<ComponentType> {
  return (await import('./routes/watchlist-route')).WatchlistRoute;
}
