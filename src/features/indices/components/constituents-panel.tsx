import { useMemo, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';

import { formatDate, formatNumber, formatPercent } from '../../../shared/lib/format';
import { provenanceLabel } from '../../../shared/ui/bilingual';
import { Chart, registerChartTypes } from '../../../shared/ui/chart';
import type { ChartEvents } from '../../../shared/ui/chart-types';
import { SignedPercent } from '../../../shared/ui/signed-value';
import { SortableTable, type SortableColumn } from '../../../shared/ui/sortable-table';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import { useNarrowChart } from '../../../shared/ui/use-element-width';
import { buildConstituentsOption } from '../constituents-option';
import type { Constituent } from '../indices-schema';
import { stringField } from '../../../shared/ui/chart-base';

registerChartTypes([BarChart, TooltipComponent]);

export interface ConstituentsPanelProps {
  which: 'top' | 'bottom';
  rows: readonly Constituent[];
  dataDate: string;
  /** A click on a stock (bar or name) hands its code to the page, which decides where it goes. */
  onSelect: (row: Constituent) => void;
  selectLabel: (row: Constituent) => string;
  /** The sortable table under the chart (off on presentation slides). */
  showTable?: boolean;
  height?: number | string;
}

/** 表1 / 表2: the month's change as bars (with the relative-to-computer-index figure) and a sortable table. */
export function ConstituentsPanel({
  which,
  rows,
  dataDate,
  onSelect,
  selectLabel,
  showTable = true,
  height = 420,
}: ConstituentsPanelProps): ReactElement {
  const { t } = useTranslation();
  const context = useChartContext();
  const { lang } = context;
  const box = useRef<HTMLDivElement>(null);
  const narrow = useNarrowChart(box);
  const month = formatDate(dataDate, lang, 'month');
  const day = formatDate(dataDate, lang, 'short');
  const title = t(which === 'top' ? 'overview.topTitle' : 'overview.bottomTitle', { month });
  const changeName = t('overview.changeSeries', { month });
  const changeHeader = t('overview.change', { month });
  const closeHeader = t('overview.close', { day });
  const option = useMemo(() => {
    const first = rows[0];
    return buildConstituentsOption({
      rows,
      ...context,
      changeName,
      relativeName: t('overview.relativeSeries'),
      relativeShort: t('overview.relativeShort'),
      narrow,
      frame: {
        title,
        subtitle: `${t('chart.unit', { unit: '%' })} · ${first ? provenanceLabel(first.source, t) : ''}`,
        description: t('overview.constituentsDescription', {
          title,
          list: rows
            .map(
              (row) =>
                `${row.name[lang]} ${formatPercent(row.octoberChangePct, lang)} (${formatPercent(row.relativeToComputerPct, lang)})`,
            )
            .join(', '),
        }),
      },
    });
  }, [rows, context, t, title, lang, changeName, narrow]);

  const byCode = useMemo(() => new Map(rows.map((row) => [row.code, row])), [rows]);
  const onEvents = useMemo<ChartEvents>(
    () => ({
      click: (params) => {
        const code = stringField(params.data, 'code');
        const row = code ? byCode.get(code) : undefined;
        if (row) onSelect(row);
      },
    }),
    [byCode, onSelect],
  );

  const columns: SortableColumn<Constituent>[] = [
    {
      key: 'name',
      header: t('overview.name'),
      sortValue: (r) => r.name[lang],
      render: (r) => r.name[lang],
    },
    { key: 'code', header: t('overview.code'), sortValue: (r) => r.code, render: (r) => r.code },
    {
      key: 'change',
      header: changeHeader,
      numeric: true,
      sortValue: (r) => r.octoberChangePct,
      render: (r) => <SignedPercent value={r.octoberChangePct} digits={2} />,
    },
    {
      key: 'close',
      header: closeHeader,
      numeric: true,
      sortValue: (r) => r.close,
      render: (r) => formatNumber(r.close, lang, { digits: 2 }),
    },
    {
      key: 'relative',
      header: t('overview.relative'),
      numeric: true,
      sortValue: (r) => r.relativeToComputerPct,
      render: (r) => <SignedPercent value={r.relativeToComputerPct} digits={2} />,
    },
  ];

  return (
    <>
      <div ref={box}>
        <Chart
          option={option}
          label={title}
          fileName={`${which}-10-constituents-${dataDate}`}
          height={height}
          onEvents={onEvents}
          background={context.background}
          theme={context.theme}
        />
      </div>
      {showTable ? (
        <SortableTable
          caption={title}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.code}
          onActivate={onSelect}
          activateLabel={selectLabel}
        />
      ) : null}
    </>
  );
}
