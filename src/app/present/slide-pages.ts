/**
 * Which slide each app page starts the deck at. Kept apart from the deck's components so the shell
 * (which binds the P key) does not pull slide code into every page's bundle.
 */
export const slidePages = [
  { id: 'kpis', page: '/' },
  { id: 'returns', page: '/' },
  { id: 'constituents', page: '/' },
  { id: 'sectors', page: '/sectors' },
  { id: 'funds', page: '/funds' },
  { id: 'companies', page: '/companies' },
  { id: 'heat-map', page: '/companies' },
  { id: 'timeline', page: '/timeline' },
] as const;

export type SlideId = (typeof slidePages)[number]['id'];

/** The first slide built from `pathname` (the deck's first slide when none is). */
export function slideIdForPage(pathname: string): SlideId {
  return slidePages.find((slide) => slide.page === pathname)?.id ?? 'kpis';
}
