import { withEdition } from './edition/edition-url';

/**
 * Links between pages. Features do not import each other, so cross-page links are built here and
 * passed down. The parameters match what each page reads from its URL.
 */
export function companiesLink({
  tab,
  select,
  edition = null,
}: {
  tab: 'a-share' | 'overseas' | 'forecasts';
  select?: string;
  /** The `?edition=` the page was opened with (see useEditionParam), kept across the link. */
  edition?: string | null;
}): string {
  const params = new URLSearchParams({ tab });
  if (select) {
    params.set('q', select);
    params.set('sel', select);
  }
  return withEdition(`/companies?${params.toString()}`, edition);
}

/** A listed company on the Companies page: overseas codes (.O, .HK) on the overseas tab, others on the A-share tab. */
export function companyLinkForCode(code: string, edition: string | null = null): string {
  return companiesLink({
    tab: /\.(O|HK)$/.test(code) ? 'overseas' : 'a-share',
    select: code,
    edition,
  });
}
