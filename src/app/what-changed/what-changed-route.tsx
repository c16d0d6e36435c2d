import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { companiesQueryOptions } from '../../features/companies/api';
import { fundsQueryOptions } from '../../features/funds/api';
import { indicesQueryOptions } from '../../features/indices/api';
import { newsQueryOptions } from '../../features/news/api';
import { reportQueryOptions } from '../../features/report/api';
import { sectorsQueryOptions } from '../../features/sectors/api';
import { formatDate, formatList } from '../../shared/lib/format';
import { useLanguage } from '../../shared/stores/preferences-store';
import { Panel } from '../../shared/ui/panel';
import { useEdition } from '../edition/edition-context';
import type { Edition } from '../edition/resolve-edition';
import { BothEditions } from './both-editions';
import {
  compareConstituents,
  compareKpis,
  compareSectorRating,
  newNewsCategories,
} from './compare-editions';
import { CompanyChanges, FundChanges, KpiTable } from './change-tables';
import { compareCompanies, compareFunds } from './compare-editions';

interface Pair {
  previous: Edition;
  current: Edition;
}

function KpiSection(pair: Pair): ReactElement {
  const { t } = useTranslation(['changes', 'translation']);
  const lang = useLanguage();
  return (
    <Panel title={t('kpis.title')}>
      <BothEditions
        {...pair}
        options={sectorsQueryOptions}
        what={t('translation:datasets.sectors')}
      >
        {(sectorsBefore, sectorsNow) => (
          <BothEditions
            {...pair}
            options={indicesQueryOptions}
            what={t('translation:datasets.indices')}
          >
            {(indicesBefore, indicesNow) => (
              <KpiTable
                kpis={compareKpis(
                  { sectors: sectorsBefore, indices: indicesBefore },
                  { sectors: sectorsNow, indices: indicesNow },
                )}
                period={sectorsNow.period}
              />
            )}
          </BothEditions>
        )}
      </BothEditions>
      <BothEditions {...pair} options={reportQueryOptions} what={t('translation:datasets.report')}>
        {(before, now) => {
          const rating = compareSectorRating(before, now);
          return (
            <p>
              {t('kpis.rating')}:{' '}
              {rating.changed
                ? t('kpis.ratingChanged', {
                    previous: rating.previous[lang],
                    current: rating.current[lang],
                  })
                : t('kpis.ratingUnchanged', { rating: rating.current[lang] })}
            </p>
          );
        }}
      </BothEditions>
    </Panel>
  );
}

function NameList({
  title,
  rows,
  level = 3,
}: {
  title: string;
  rows: readonly { code: string; name: { zh: string; en: string } }[];
  /** Heading level under its panel's title (4 inside a sub-section). */
  level?: 3 | 4;
}): ReactElement {
  const Heading = level === 3 ? 'h3' : 'h4';
  const { t } = useTranslation('changes');
  const lang = useLanguage();
  return (
    <div>
      <Heading>{title}</Heading>
      {rows.length === 0 ? (
        <p>{t('noChange')}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.code}>
              {row.name[lang]} ({row.code})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ConstituentsSection(pair: Pair): ReactElement {
  const { t } = useTranslation(['changes', 'translation']);
  return (
    <Panel title={t('constituents.title')}>
      <BothEditions
        {...pair}
        options={indicesQueryOptions}
        what={t('translation:datasets.indices')}
      >
        {(before, now) => (
          <div className="grid-2">
            {compareConstituents(before, now).map(({ list, entered, left }) => (
              <section key={list} aria-labelledby={`changes-${list}`}>
                <h3 id={`changes-${list}`}>{t(`constituents.${list}`)}</h3>
                <NameList title={t('constituents.entered')} rows={entered} level={4} />
                <NameList title={t('constituents.left')} rows={left} level={4} />
              </section>
            ))}
          </div>
        )}
      </BothEditions>
    </Panel>
  );
}

function FundsSection(pair: Pair): ReactElement {
  const { t } = useTranslation(['changes', 'translation']);
  return (
    <Panel title={t('funds.title')}>
      <BothEditions {...pair} options={fundsQueryOptions} what={t('translation:datasets.funds')}>
        {(before, now) => {
          const changes = compareFunds(before, now);
          return (
            <>
              <div className="grid-2">
                <NameList title={t('funds.added')} rows={changes.added} />
                <NameList title={t('funds.dropped')} rows={changes.dropped} />
              </div>
              <FundChanges returns={changes.returns} />
            </>
          );
        }}
      </BothEditions>
    </Panel>
  );
}

function CompaniesSection(pair: Pair): ReactElement {
  const { t } = useTranslation(['changes', 'translation']);
  return (
    <Panel title={t('companies.title')}>
      <BothEditions
        {...pair}
        options={companiesQueryOptions}
        what={t('translation:datasets.companies')}
      >
        {(before, now) => {
          const changes = compareCompanies(before, now);
          return (
            <>
              <CompanyChanges changes={changes} />
              <div className="grid-2">
                <NameList title={t('companies.added')} rows={changes.added} />
                <NameList title={t('companies.dropped')} rows={changes.dropped} />
              </div>
            </>
          );
        }}
      </BothEditions>
    </Panel>
  );
}

function NewsSection(pair: Pair): ReactElement {
  const { t } = useTranslation(['changes', 'timeline', 'translation']);
  const lang = useLanguage();
  return (
    <Panel title={t('news.title')}>
      <BothEditions {...pair} options={newsQueryOptions} what={t('translation:datasets.news')}>
        {(before, now) => {
          const added = newNewsCategories(before, now);
          return (
            <p>
              {t('news.added')}:{' '}
              {added.length === 0
                ? t('noChange')
                : formatList(
                    added.map((category) =>
                      t(`timeline:categories.${category}` as 'timeline:categories.policy'),
                    ),
                    lang,
                  )}
            </p>
          );
        }}
      </BothEditions>
    </Panel>
  );
}

/**
 * "Since last edition / 较上期": the edition shown against the one before it, section by section,
 * each section reading its own datasets of both editions (so one bad file fails one section).
 */
export function WhatChangedRoute(): ReactElement {
  const { t } = useTranslation(['changes', 'translation']);
  const lang = useLanguage();
  const { edition, previous } = useEdition();
  const date = (e: Edition): string => `${formatDate(e.dataAsOf, lang)} · ${e.title[lang]}`;
  return (
    <div className="page changes-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p>
          {previous
            ? t('lead', { current: date(edition), previous: date(previous) })
            : t('noPrevious', { current: date(edition) })}
        </p>
      </header>
      {previous ? (
        <>
          <KpiSection previous={previous} current={edition} />
          <ConstituentsSection previous={previous} current={edition} />
          <FundsSection previous={previous} current={edition} />
          <CompaniesSection previous={previous} current={edition} />
          <NewsSection previous={previous} current={edition} />
        </>
      ) : null}
    </div>
  );
}
