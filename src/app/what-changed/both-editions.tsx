import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';

import { QueryPanel } from '../../shared/ui/query-panel';
import type { Edition } from '../edition/resolve-edition';

/**
 * One dataset of both editions, each through its own QueryPanel: a file that fails (a missing
 * folder, a schema error) is a localised error with retry in this section only, naming which
 * edition's file it was; the sections reading other datasets still compare.
 */
export function BothEditions<T, K extends readonly unknown[]>({
  options,
  previous,
  current,
  what,
  children,
}: {
  options: (edition: string) => UseQueryOptions<T, Error, T, K>;
  previous: Edition;
  current: Edition;
  /** Localised dataset name. */
  what: string;
  children: (previous: T, current: T) => ReactNode;
}): ReactElement {
  const { t } = useTranslation('changes');
  const before = useQuery(options(previous.id));
  const now = useQuery(options(current.id));
  return (
    <QueryPanel query={before} what={`${what} · ${t('previous')}`}>
      {(p) => (
        <QueryPanel query={now} what={`${what} · ${t('current')}`}>
          {(c) => children(p, c)}
        </QueryPanel>
      )}
    </QueryPanel>
  );
}
