import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../../shared/stores/preferences-store';
import { DataNotes, TranslationMark } from '../../../shared/ui/bilingual';
import type { BenchmarkTable, FrontierDataset } from '../news-schema';
import { useTimelineView } from '../use-timeline-view';

export interface BenchmarkChartProps {
  table: BenchmarkTable;
  /** The edition's data date (ISO day), which names the PNG file. */
  dataDate: string;
}

/**
 * 图14–16: each benchmark table as a grouped bar chart or, with the toggle, as the table the
 * report prints (cells exactly as printed, asterisks and "-" included).
 */
export function BenchmarkSection({
  frontier,
  dataDate,
  renderChart,
}: {
  frontier: FrontierDataset;
  dataDate: string;
  renderChart: (props: BenchmarkChartProps) => ReactNode;
}): ReactElement {
  const { t } = useTranslation(['timeline', 'translation']);
  const [view, update] = useTimelineView();
  return (
    <>
      <div className="toolbar" role="group" aria-label={t('benchmarks.view')}>
        <button
          type="button"
          className="button button-small"
          aria-pressed={view.bench === 'chart'}
          onClick={() => update({ bench: 'chart' })}
        >
          {t('translation:chart.showChart')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-pressed={view.bench === 'table'}
          onClick={() => update({ bench: 'table' })}
        >
          {t('translation:chart.showGrid')}
        </button>
      </div>
      <ul className="tl-legend-notes">
        <li>{t('benchmarks.starNote')}</li>
        <li>{t('benchmarks.missingNote')}</li>
      </ul>
      {frontier.benchmarks.map((table) => (
        <BenchmarkFigure key={table.figure} table={table}>
          {view.bench === 'chart' ? (
            renderChart({ table, dataDate })
          ) : (
            <BenchmarkGrid table={table} />
          )}
        </BenchmarkFigure>
      ))}
    </>
  );
}

function BenchmarkFigure({
  table,
  children,
}: {
  table: BenchmarkTable;
  children: ReactNode;
}): ReactElement {
  const { t } = useTranslation(['timeline', 'translation']);
  const lang = useLanguage();
  return (
    <section className="tl-benchmark" aria-labelledby={`bench-${table.figure}`}>
      <h3 id={`bench-${table.figure}`}>
        {t('benchmarks.tableCaption', {
          number: table.figure,
          caption: table.caption[lang],
        })}
        <TranslationMark />
      </h3>
      {children}
      <p className="tl-source-line">
        {t('translation:provenance.figure', { number: table.figure })} · {table.sourceLine[lang]}
        <TranslationMark />
      </p>
      <DataNotes notes={table.notes} compact />
    </section>
  );
}

/** The table as printed: models across, benchmarks down, plus the context-length row. */
export function BenchmarkGrid({ table }: { table: BenchmarkTable }): ReactElement {
  const { t } = useTranslation(['timeline', 'translation']);
  const lang = useLanguage();
  const caption = t('benchmarks.tableCaption', {
    number: table.figure,
    caption: table.caption[lang],
  });
  return (
    // Wide tables scroll sideways; the named region is focusable so keyboard users can scroll it
    // too (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="simple tl-bench-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('benchmarks.metric')}</th>
            {table.models.map((model) => (
              <th key={model} scope="col" className="num">
                {model}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('benchmarks.contextLength')}</th>
            {table.contextLength.map((cell, index) => (
              <td key={index} className="num">
                {cell}
              </td>
            ))}
          </tr>
          {table.metrics.map((metric) => (
            <tr key={metric.label}>
              <th scope="row">{metric.label}</th>
              {metric.values.map((cell, index) => (
                <td
                  key={index}
                  className={`num${cell.starred ? ' tl-starred' : ''}${cell.value === null ? ' tl-missing' : ''}`}
                >
                  {cell.printed}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 图20: the Ministral pricing table, as printed. */
export function PricingTable({ frontier }: { frontier: FrontierDataset }): ReactElement {
  const { t } = useTranslation(['timeline', 'translation']);
  const lang = useLanguage();
  const { pricing } = frontier;
  return (
    <>
      <div className="table-scroll">
        <table className="simple">
          <caption>
            {t('benchmarks.tableCaption', {
              number: pricing.figure,
              caption: pricing.caption[lang],
            })}
            <TranslationMark />
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('pricing.model')}</th>
              <th scope="col">{t('pricing.api')}</th>
              <th scope="col">{t('pricing.pricing')}</th>
              <th scope="col">{t('pricing.license')}</th>
            </tr>
          </thead>
          <tbody>
            {pricing.rows.map((row) => (
              <tr key={row.api}>
                <th scope="row">{row.model}</th>
                <td>
                  <code>{row.api}</code>
                </td>
                <td>{row.pricing}</td>
                <td>
                  <ul className="plain-list">
                    {row.licenses.map((license) => (
                      <li key={license}>{license}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="tl-source-line">
        {t('translation:provenance.figure', { number: pricing.figure })} ·{' '}
        {pricing.sourceLine[lang]}
        <TranslationMark />
      </p>
      <DataNotes notes={pricing.notes} compact />
    </>
  );
}
