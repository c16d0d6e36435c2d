import { createContext, Suspense, use, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';

import { formatDate } from '../../shared/lib/format';
import { useLanguage } from '../../shared/stores/preferences-store';
import { ErrorPanel } from '../../shared/ui/error-panel';
import type { Editions } from '../editions-schema';
import { LoadingPage } from '../route-states';
import { readEditionParam } from './edition-url';
import { editionsQueryOptions } from './editions-query';
import { ProvenanceLine } from './provenance-line';
import { resolveEdition, type ResolvedEdition } from './resolve-edition';

const EditionContext = createContext<ResolvedEdition | null>(null);

/** The edition shown, with the one before it (inside {@link EditionGate} only). */
export function useEdition(): ResolvedEdition {
  const resolved = use(EditionContext);
  if (!resolved) throw new Error('useEdition() outside <EditionGate>');
  return resolved;
}

/**
 * Words labels take from the edition shown, never from a constant: its month ("10月" / "October",
 * as in "October change") and its day ("10月31日" / "Oct 31", as in "Close on Oct 31").
 */
export function useEditionWords(): { month: string; day: string } {
  const { edition } = useEdition();
  const lang = useLanguage();
  return {
    month: formatDate(edition.dataAsOf, lang, 'month'),
    day: formatDate(edition.dataAsOf, lang, 'short'),
  };
}

/** editions.json, the `?edition=` asked for, and the edition they give (null until listed). */
export function useEditionState(): {
  editions: UseQueryResult<Editions>;
  requested: string | null;
  resolved: ResolvedEdition | null;
} {
  const editions = useQuery(editionsQueryOptions);
  const { search } = useLocation();
  const requested = readEditionParam(search);
  const resolved = editions.data ? resolveEdition(editions.data, requested) : null;
  return { editions, requested, resolved };
}

/**
 * The `?edition=` that links keep: the edition asked for, once it is known to be listed (an
 * unknown one is not carried from page to page); before the list answers, what was asked.
 */
export function useEditionParam(): string | null {
  const { editions, requested, resolved } = useEditionState();
  if (!editions.data) return requested;
  return requested !== null && resolved?.notice === null ? resolved.edition.id : null;
}

function EditionNoticeLine({ resolved }: { resolved: ResolvedEdition }): ReactElement | null {
  const { t } = useTranslation('editions');
  const lang = useLanguage();
  const { notice, edition } = resolved;
  if (!notice) return null;
  const date = formatDate(edition.dataAsOf, lang);
  return (
    <p className="edition-notice">
      {notice.kind === 'unknown-requested'
        ? t('unknownRequested', { requested: notice.requested, date })
        : t('latestNotListed', { latest: notice.latest, date })}
    </p>
  );
}

function NoEditionListed(): ReactElement {
  const { t } = useTranslation('editions');
  return (
    <div className="error-panel" role="alert">
      <p className="error-title">{t('noneListed')}</p>
    </div>
  );
}

/**
 * Renders its children once the edition to show is known (editions.json fetched, `?edition=`
 * resolved), with that edition's data-date / source line and, when the edition shown is not the
 * one asked for, a notice saying so. A failed editions.json is a localised error with retry.
 */
export function EditionGate({ children }: { children: ReactNode }): ReactElement {
  const { t } = useTranslation();
  const { editions, resolved } = useEditionState();
  if (!editions.data) {
    return editions.isError ? (
      <ErrorPanel
        what={t('datasets.editions')}
        error={editions.error}
        onRetry={() => void editions.refetch()}
        retrying={editions.isFetching}
      />
    ) : (
      <LoadingPage />
    );
  }
  if (!resolved) return <NoEditionListed />;
  return (
    <EditionContext value={resolved}>
      <ProvenanceLine edition={resolved.edition} />
      {resolved.notice ? (
        // Its strings load only when there is something to say.
        <Suspense fallback={null}>
          <EditionNoticeLine resolved={resolved} />
        </Suspense>
      ) : null}
      {children}
    </EditionContext>
  );
}
