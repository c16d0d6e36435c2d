/** The shell's navigation, shared by the React shell and the static boot shell in index.html. */
export const navItems = [
  { to: '/', key: 'overview', end: true },
  { to: '/sectors', key: 'sectors', end: false },
  { to: '/funds', key: 'funds', end: false },
  { to: '/companies', key: 'companies', end: false },
  { to: '/timeline', key: 'timeline', end: false },
  { to: '/watchlist', key: 'watchlist', end: false },
] as const;
