import { useId, useRef, useState, type ReactElement } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { formatCount, formatDate, formatNumber, type Lang } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { SignedPercent } from '../../../shared/ui/signed-value';
import type { SectorsDataset } from '../sectors-schema';
import type { UserFiguresController } from '../use-user-figures';
import {
  USER_FIGURES_MAX_BYTES,
  USER_FIGURES_MAX_ROWS,
  type UserFigureError,
} from '../user-figures';

/** At most this many problems are listed; the rest are counted. */
const LISTED_ERRORS = 50;
const MIB = 1024 * 1024;

type T = TFunction<readonly ['sectors', 'translation']>;

/** File sizes are shown in MB to one decimal (a size, not a report figure). */
function megabytes(bytes: number, lang: Lang, t: T): string {
  return t('user.size', {
    size: formatNumber(Math.round((bytes / MIB) * 10) / 10, lang),
  });
}

/** One problem as a sentence naming its row and column. */
export function errorMessage(error: UserFigureError, fromFile: boolean, t: T, lang: Lang): string {
  const column = error.column ? t(`user.columns.${error.column}`) : '';
  if (error.code === 'too-large') {
    return fromFile
      ? t('user.errors.too-large', {
          size: megabytes(error.size ?? 0, lang, t),
          limit: megabytes(error.limit ?? USER_FIGURES_MAX_BYTES, lang, t),
        })
      : t('user.errors.too-large-text', { limit: formatCount(error.limit ?? 0, lang) });
  }
  return t(`user.errors.${error.code}`, {
    row: error.row ?? '',
    column,
    value: error.value ?? '',
    firstRow: error.firstRow ?? '',
    expected: error.expected ?? '',
    limit: error.limit === undefined ? '' : formatCount(error.limit, lang),
  });
}

export interface UserFiguresImportProps {
  data: SectorsDataset;
  controller: UserFiguresController;
}

/**
 * The import form (file or pasted text), what the last import did, its problems row by row, and
 * the loaded figures as a table. The chart of the loaded figures is rendered by the page.
 */
export function UserFiguresImport({ data, controller }: UserFiguresImportProps): ReactElement {
  const { t } = useTranslation(['sectors', 'translation']);
  const lang = useLanguage();
  const [text, setText] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const { stored, outcome, busy, saved, cleared } = controller;
  const names = new Map(data.subIndustries.map((row) => [row.id, row.name[lang]]));
  const figures = stored?.figures.filter((figure) => names.has(figure.id)) ?? [];
  const fromFile = outcome ? outcome.fileName !== null : false;
  const sourceName = (fileName: string | null): string => fileName ?? t('user.pasted');

  return (
    <div className="sectors-user">
      <p>{t('user.intro')}</p>
      <p className="sectors-hint">
        {t('user.formatHint', {
          limit: megabytes(USER_FIGURES_MAX_BYTES, lang, t),
          rows: formatCount(USER_FIGURES_MAX_ROWS, lang),
        })}
      </p>
      <div className="sectors-user-form">
        <div className="sectors-field">
          <label htmlFor={`${ids}-file`}>{t('user.fileLabel')}</label>
          <input
            id={`${ids}-file`}
            ref={fileRef}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) controller.importFile(file);
              // Choosing the same file again must import it again.
              event.currentTarget.value = '';
            }}
          />
        </div>
        <div className="sectors-field sectors-paste">
          <label htmlFor={`${ids}-paste`}>{t('user.pasteLabel')}</label>
          <textarea
            id={`${ids}-paste`}
            rows={5}
            value={text}
            placeholder={t('user.pastePlaceholder')}
            spellCheck={false}
            onChange={(event) => setText(event.currentTarget.value)}
          />
        </div>
        <div className="sectors-user-actions">
          <button
            type="button"
            className="button primary"
            disabled={text.trim() === '' || busy}
            onClick={() => controller.importText(text)}
          >
            {t('user.importPaste')}
          </button>
          <button
            type="button"
            className="button"
            disabled={stored === null}
            onClick={() => {
              controller.clear();
              if (fileRef.current) fileRef.current.value = '';
            }}
          >
            {t('user.clear')}
          </button>
        </div>
      </div>

      <div role="status" className="sectors-user-status">
        {busy ? <p>{t('user.reading')}</p> : null}
        {!busy && outcome ? (
          <p className={outcome.replaced ? undefined : 'sectors-refused'}>
            {outcome.replaced
              ? t('user.resultAccepted', {
                  source: sourceName(outcome.fileName),
                  accepted: formatCount(outcome.accepted, lang),
                  rejected: formatCount(outcome.errors.length, lang),
                })
              : t('user.resultRejected', { source: sourceName(outcome.fileName) })}
            {outcome.headerRow !== null
              ? ` ${t('user.headerRead', { row: outcome.headerRow })}`
              : ''}
          </p>
        ) : null}
        {!busy && outcome?.encoding ? (
          <p>
            {t(
              // GB18030 is the fallback after strict UTF-8 failed: say why it was chosen.
              outcome.encoding === 'gb18030' ? 'user.encodingFallback' : 'user.encoding',
              { name: t(`user.encodings.${outcome.encoding}`) },
            )}
          </p>
        ) : null}
        {stored && figures.length > 0 ? (
          <p>
            {t('user.loaded', {
              count: figures.length,
              source: stored.source || t('user.pasted'),
              date: formatDate(stored.savedAt.slice(0, 10), lang),
            })}
          </p>
        ) : (
          <p>{cleared ? t('user.cleared') : t('user.none')}</p>
        )}
        {!saved ? <p className="sectors-refused">{t('user.notSaved')}</p> : null}
      </div>

      {outcome && outcome.errors.length > 0 ? (
        <section className="sectors-errors" aria-labelledby={`${ids}-errors`}>
          <h4 id={`${ids}-errors`}>{t('user.errorsTitle', { count: outcome.errors.length })}</h4>
          <ul>
            {outcome.errors.slice(0, LISTED_ERRORS).map((error, index) => (
              <li key={index}>{errorMessage(error, fromFile, t, lang)}</li>
            ))}
          </ul>
          {outcome.errors.length > LISTED_ERRORS ? (
            <p>
              {t('user.moreErrors', {
                count: outcome.errors.length - LISTED_ERRORS,
              })}
            </p>
          ) : null}
        </section>
      ) : null}

      {figures.length > 0 ? (
        <div className="table-scroll">
          <table className="simple sectors-user-table">
            <caption>{t('user.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('grid.name')}</th>
                <th scope="col" className="num">
                  {t('user.revenueAxis')}
                </th>
                <th scope="col" className="num">
                  {t('user.profitAxis')}
                </th>
                <th scope="col" className="num">
                  {t('user.row')}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.map((figure) => (
                <tr key={figure.id}>
                  <th scope="row">{names.get(figure.id)}</th>
                  <td className="num">
                    <SignedPercent value={figure.revenueGrowthPct} />
                  </td>
                  <td className="num">
                    <SignedPercent value={figure.profitGrowthPct} />
                  </td>
                  <td className="num">{figure.row}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
