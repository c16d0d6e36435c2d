import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { DataNote } from '../../../shared/lib/dataset-schema';
import { formatDate } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { DataNotes, SourceTag, TranslationMark } from '../../../shared/ui/bilingual';
import { SortableTable, type SortableColumn } from '../../../shared/ui/sortable-table';
import type { FinancingDeal, NewsDataset, Policy } from '../news-schema';
import type { CompanyLinks } from '../timeline-items';

/** Notes of several rows in one list, each prefixed with the row it belongs to. */
function rowNotes<T extends { notes: DataNote[] }>(
  rows: readonly T[],
  name: (row: T) => { zh: string; en: string },
): DataNote[] {
  return rows.flatMap((row) =>
    row.notes.map((note) => ({
      ...note,
      text: {
        zh: `${name(row).zh}：${note.text.zh}`,
        en: `${name(row).en}: ${note.text.en}`,
      },
    })),
  );
}

function SourceLine({ news, table }: { news: NewsDataset; table: number }): ReactElement | null {
  const lang = useLanguage();
  const line = news.sourceLines.find((l) => l.table === table);
  if (!line) return null;
  return (
    <p className="tl-source-line">
      {line.text[lang]}
      <TranslationMark />
    </p>
  );
}

/** 表12 as a sortable table: every cell as printed; amounts stay words (超1亿人民币). */
export function FinancingTable({
  news,
  companyLinks,
  onReveal,
  month,
}: {
  news: NewsDataset;
  /** The edition's month as labels write it ("October" / "10月"). */
  month: string;
  companyLinks: CompanyLinks;
  onReveal: (id: string) => void;
}): ReactElement {
  const { t } = useTranslation(['timeline', 'translation']);
  const lang = useLanguage();
  const columns = useMemo<SortableColumn<FinancingDeal>[]>(
    () => [
      {
        key: 'company',
        header: t('financing.company'),
        sortValue: (row) => row.company[lang],
        render: (row) => (
          <>
            {row.company[lang]}
            {row.notes.length > 0 ? <sup aria-hidden="true">†</sup> : null}
          </>
        ),
      },
      {
        key: 'track',
        header: t('financing.track'),
        sortValue: (row) => row.track[lang],
        render: (row) => row.track[lang],
      },
      {
        key: 'date',
        header: t('financing.date'),
        sortValue: (row) => row.date,
        render: (row) => <time dateTime={row.date}>{formatDate(row.date, lang)}</time>,
        numeric: true,
      },
      {
        key: 'round',
        header: t('financing.round'),
        sortValue: (row) => row.round[lang],
        render: (row) => row.round[lang],
      },
      {
        key: 'amount',
        header: t('financing.amount'),
        sortValue: (row) => row.amount[lang],
        render: (row) => row.amount[lang],
      },
      {
        key: 'investors',
        header: t('financing.investors'),
        sortValue: (row) => row.investors[lang],
        render: (row) => <span className="tl-investors">{row.investors[lang]}</span>,
      },
      {
        key: 'companies',
        header: t('financing.companies'),
        sortValue: (row) => row.companies.join(',') || null,
        render: (row) =>
          row.companies.map((code) => {
            const link = companyLinks.get(code);
            return link ? (
              <Link
                key={code}
                to={link.href}
                aria-label={t('list.openCompany', { name: link.name[lang] })}
              >
                {link.name[lang]} ({code})
              </Link>
            ) : (
              <span key={code}>{code}</span>
            );
          }),
      },
    ],
    [t, lang, companyLinks],
  );
  return (
    <>
      <SortableTable
        caption={t('financing.caption', { month })}
        columns={columns}
        rows={news.financing}
        rowKey={(row) => row.id}
        initialSort={{ key: 'date', direction: 'desc' }}
        onActivate={(row) => onReveal(row.id)}
        activateLabel={(row) => t('financing.showOnTimeline', { name: row.company[lang] })}
      />
      <p className="tl-note">
        <SourceTag
          source={news.financing[0]?.source ?? { kind: 'table', number: 12, section: '5.2' }}
        />{' '}
        {t('financing.amountNote')}
      </p>
      <SourceLine news={news} table={12} />
      <DataNotes notes={rowNotes(news.financing, (row) => row.company)} />
    </>
  );
}

/** 表11: each policy with its issuing body. */
export function PolicyTable({
  news,
  onReveal,
}: {
  news: NewsDataset;
  onReveal: (id: string) => void;
}): ReactElement {
  const { t } = useTranslation(['timeline', 'translation']);
  const lang = useLanguage();
  const columns = useMemo<SortableColumn<Policy>[]>(
    () => [
      {
        key: 'document',
        header: t('policies.document'),
        sortValue: (row) => row.document[lang],
        render: (row) => row.document[lang],
      },
      {
        key: 'department',
        header: t('policies.department'),
        sortValue: (row) => row.department[lang],
        render: (row) => row.department[lang],
      },
      {
        key: 'date',
        header: t('policies.date'),
        sortValue: (row) => row.date,
        render: (row) => <time dateTime={row.date}>{formatDate(row.date, lang)}</time>,
        numeric: true,
      },
    ],
    [t, lang],
  );
  return (
    <>
      <SortableTable
        caption={t('policies.caption')}
        columns={columns}
        rows={news.policies}
        rowKey={(row) => row.id}
        initialSort={{ key: 'date', direction: 'asc' }}
        onActivate={(row) => onReveal(row.id)}
        activateLabel={(row) => t('policies.showOnTimeline', { name: row.document[lang] })}
      />
      <p className="tl-note">
        <SourceTag
          source={news.policies[0]?.source ?? { kind: 'table', number: 11, section: '4.2' }}
        />
      </p>
      <SourceLine news={news} table={11} />
      <DataNotes notes={rowNotes(news.policies, (row) => row.document)} />
    </>
  );
}

/** The 资料来源 lines under 表6–表12. */
export function NewsSourceLines({ news }: { news: NewsDataset }): ReactElement {
  const { t } = useTranslation(['timeline', 'translation']);
  const lang = useLanguage();
  return (
    <details className="tl-sources">
      <summary>{t('list.sources')}</summary>
      <ul>
        {news.sourceLines.map((line) => (
          <li key={line.table}>
            {t('translation:provenance.table', { number: line.table })}: {line.text[lang]}
            <TranslationMark />
          </li>
        ))}
      </ul>
    </details>
  );
}
