import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';

import { formatDate } from '../../shared/lib/format';
import { useLanguage } from '../../shared/stores/preferences-store';
import type { Editions } from '../editions-schema';
import { useEditionParam } from './edition-context';
import { withEdition } from './edition-url';
import { editionsByDate, resolveEdition, type ResolvedEdition } from './resolve-edition';

/**
 * Chooses the edition shown (newest first), keeping the page and its filters: the address gets
 * `?edition=<id>`, or loses it for the latest edition (which an address without it opens). When
 * the edition shown has one before it, links to what changed since then.
 */
export function EditionPicker({
  editions,
  resolved,
}: {
  editions: Editions;
  resolved: ResolvedEdition;
}): ReactElement {
  const { t } = useTranslation('editions');
  const lang = useLanguage();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const editionParam = useEditionParam();
  const latest = resolveEdition(editions, null)?.edition.id;
  const onChange = (id: string): void => {
    void navigate(withEdition(`${pathname}${search}`, id === latest ? null : id));
  };
  return (
    <div className="edition-picker">
      <label>
        <span>{t('picker')}</span>{' '}
        <select value={resolved.edition.id} onChange={(e) => onChange(e.target.value)}>
          {editionsByDate(editions)
            .reverse()
            .map((edition) => (
              <option key={edition.id} value={edition.id}>
                {t('option', {
                  date: formatDate(edition.dataAsOf, lang),
                  title: edition.title[lang],
                })}
                {edition.id === latest ? t('latest') : ''}
              </option>
            ))}
        </select>
      </label>
      {resolved.previous ? (
        <Link className="button" to={withEdition('/changes', editionParam)}>
          {t('sinceLast')}
        </Link>
      ) : null}
    </div>
  );
}
