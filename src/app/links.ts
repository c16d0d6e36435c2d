/**
 * Links between pages. Features do not import each other, so cross-page links are built here and
 * passed down. The parameters match what each page reads from its URL.
 */
export function companiesLink({
  tab,
  select,
}: {
  tab: 'a-share' | 'overseas' | 'forecasts';
  select?: string;
}): string {
  const params = new URLSearchParams({ tab });
  if (select) {
    params.set('q', select);
    params.set('sel', select);
  }
  return `/companies?${params.toString()}`;
}

/** A listed company on the Companies page: overseas codes (.O, .HK) on the overseas tab, others on the A-share tab. */
export function companyLinkForCode(code: string): string {
  return companiesLink({ tab: /\.(O|HK)$/.test(code) ? 'overseas' : 'a-share', select: code });
}
