import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { useEditionParam } from './edition/edition-context';
import { withEdition } from './edition/edition-url';

/**
 * An unknown path, inside the shell. The link home keeps `?edition=` as the navigation does, so a
 * mistyped address under an older edition does not drop the reader back into the latest one.
 * (Its own file: route-states is imported by the edition context, which this page reads.)
 */
export function NotFoundPage(): ReactElement {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const edition = useEditionParam();
  return (
    <section className="page not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: pathname })}</p>
      <p>
        <Link to={withEdition('/', edition)}>{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
