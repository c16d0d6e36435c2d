import { useMemo, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ScatterChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';

import { formatForeignMoneyYi, formatNumber, formatPercent } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { Chart, registerChartTypes } from '../../../shared/ui/chart';
import type { ChartEvents } from '../../../shared/ui/chart-types';
import { directionOf } from '../../../shared/ui/market-colours';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import { useElementWidth } from '../../../shared/ui/use-element-width';
import type { AShareCompany, CompaniesDataset, OverseasCompany } from '../companies-schema';
import { buildGrowthOption, growthFields } from '../growth-option';
import { CHART_HEIGHT } from '../scatter-option';
import {
  buildValuationOption,
  fromAShare,
  fromOverseas,
  splitByPe,
  type ValuationRow,
} from '../valuation-option';
import type { ColourBy, GrowthPeriod } from '../view-state';
import { stringField } from '../../../shared/ui/chart-base';

registerChartTypes([ScatterChart, TooltipComponent]);

interface Common {
  /** The edition's data date, in exported file names. */
  dataDate: string;
  selected: string | null;
  onSelect: (code: string) => void;
  colourBy: ColourBy;
}

/** Click on a point → its code (each data item carries `code`). */
function useClickEvents(onSelect: (code: string) => void): ChartEvents {
  return useMemo(
    () => ({
      click: (params) => {
        const code = stringField(params.data, 'code');
        if (code !== undefined) onSelect(code);
      },
    }),
    [onSelect],
  );
}

function useDirectionNames(colourBy: ColourBy) {
  const { t } = useTranslation(['companies', 'translation']);
  const what = t(colourBy === 'ytd' ? 'charts.ytdShort' : 'charts.monthShort');
  return {
    up: t('charts.up', { what }),
    down: t('charts.down', { what }),
    flat: t('charts.flat', { what }),
  };
}

/**
 * What both charts start from: texts, the chart context, the direction names and the chart box
 * with its measured width (null until measured: the option builders then assume a half-width
 * chart on a 1280px screen).
 */
function useChartFrame(colourBy: ColourBy) {
  const { t } = useTranslation(['companies', 'translation']);
  const context = useChartContext();
  const directions = useDirectionNames(colourBy);
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  return { t, context, lang: context.lang, directions, box, width };
}

/**
 * The charts' legend as HTML (ECharts' legend component would add ~6 KiB gzip to the page): the
 * shape and rise/fall colour of each direction present, with its name.
 */
function ChartLegend({
  values,
  names,
}: {
  values: readonly number[];
  names: { up: string; down: string; flat: string };
}): ReactElement {
  const present = (['up', 'down', 'flat'] as const).filter((d) =>
    values.some((v) => directionOf(v) === d),
  );
  const glyph = { up: '▲', down: '▼', flat: '●' } as const;
  return (
    <ul className="chart-legend">
      {present.map((d) => (
        <li key={d}>
          <span className={d} aria-hidden="true">
            {glyph[d]}
          </span>{' '}
          {names[d]}
        </li>
      ))}
    </ul>
  );
}

function ValuationChart({
  rows,
  currency,
  foreign,
  source,
  selected,
  onSelect,
  colourBy,
  dataDate,
}: Common & {
  rows: readonly ValuationRow[];
  currency: 'USD' | 'HKD' | 'CNY';
  foreign: boolean;
  source: string;
}): ReactElement {
  const { t, context, lang, directions, box, width } = useChartFrame(colourBy);
  const title = foreign
    ? t('charts.valuationTitleCurrency', {
        currency: t(`charts.currencyNames.${currency}`),
      })
    : t('charts.valuationTitle');
  const { plotted, notPlotted } = splitByPe(rows);
  const notPlottedText =
    notPlotted.length > 0
      ? t('charts.notPlotted', {
          list: notPlotted
            .map((row) => `${row.name[lang]} (${row.code})`)
            .join(lang === 'zh' ? '、' : ', '),
        })
      : '';
  const option = useMemo(() => {
    const unit = t(`charts.currencyUnits.${currency}`);
    const subtitle = [
      t('charts.valuationScale'),
      foreign ? t('charts.valuationSizeForeign', { unit }) : t('charts.valuationSize', { unit }),
      source,
    ].join('\n');
    const list = plotted
      .map(
        (row) =>
          `${row.name[lang]} PE ${formatNumber(row.peTtm, lang, { digits: 2 })}, ${formatPercent(row.ytdChangePct, lang, 2)}, ${formatForeignMoneyYi(row.marketCap, row.currency, lang, 2)}`,
      )
      .join('; ');
    return buildValuationOption({
      rows,
      ...context,
      colourBy,
      selectedCode: selected,
      ...(width === null ? {} : { width }),
      labels: {
        pe: t('charts.pe'),
        ytd: t('charts.ytd'),
        month: t('charts.month'),
        cap: t('charts.cap'),
        ...directions,
      },
      frame: {
        title,
        subtitle,
        description: `${t('charts.valuationDescription', { title, list })} ${notPlottedText}`,
      },
    });
  }, [
    width,
    rows,
    plotted,
    context,
    colourBy,
    selected,
    directions,
    t,
    title,
    currency,
    foreign,
    source,
    lang,
    notPlottedText,
  ]);
  const onEvents = useClickEvents(onSelect);
  return (
    <div className="company-chart" ref={box}>
      <h3>{title}</h3>
      <ChartLegend
        values={plotted.map((r) => (colourBy === 'ytd' ? r.ytdChangePct : r.monthChangePct))}
        names={directions}
      />
      {plotted.length > 0 ? (
        <Chart
          option={option}
          label={title}
          fileName={`pe-ytd-scatter-${currency.toLowerCase()}-${dataDate}`}
          height={CHART_HEIGHT}
          onEvents={onEvents}
          background={context.background}
          theme={context.theme}
        />
      ) : (
        <p className="chart-empty">{t('charts.empty')}</p>
      )}
      {notPlottedText ? <p className="not-plotted">{notPlottedText}</p> : null}
    </div>
  );
}

function GrowthChart({
  rows,
  period,
  readingOf,
  source,
  selected,
  onSelect,
  colourBy,
  dataDate,
}: Common & {
  rows: readonly AShareCompany[];
  period: GrowthPeriod;
  readingOf: (field: string) => string;
  source: string;
}): ReactElement {
  const { t, context, lang, directions, box, width } = useChartFrame(colourBy);
  const title = t('charts.growthTitle');
  const periodName = t(`charts.periods.${period}`);
  const option = useMemo(() => {
    const fields = growthFields[period];
    const list = rows
      .map(
        (row) =>
          `${row.name[lang]} ${formatPercent(row[fields.revenue], lang, 2)} / ${formatPercent(row[fields.profit], lang, 2)}`,
      )
      .join('; ');
    return buildGrowthOption({
      rows,
      period,
      ...context,
      colourBy,
      selectedCode: selected,
      ...(width === null ? {} : { width }),
      labels: {
        revenue: readingOf(fields.revenue),
        profit: readingOf(fields.profit),
        ytd: t('charts.ytd'),
        month: t('charts.month'),
        ...directions,
      },
      axisNames: {
        revenue: t('charts.revenueAxis'),
        profit: t('charts.profitAxis'),
      },
      frame: {
        title,
        subtitle: [
          `${periodName} · ${source}`,
          t('charts.growthScale'),
          t('charts.growthLinear'),
        ].join('\n'),
        description: t('charts.growthDescription', { title, period: periodName, list }),
      },
    });
  }, [
    width,
    rows,
    period,
    context,
    colourBy,
    selected,
    readingOf,
    directions,
    t,
    title,
    periodName,
    source,
    lang,
  ]);
  const onEvents = useClickEvents(onSelect);
  return (
    <div className="company-chart" ref={box}>
      <h3>
        {title} · {periodName}
      </h3>
      <ChartLegend
        values={rows.map((r) => (colourBy === 'ytd' ? r.ytdChangePct : r.monthChangePct))}
        names={directions}
      />
      {rows.length > 0 ? (
        <Chart
          option={option}
          label={title}
          fileName={`growth-scatter-${period}-${dataDate}`}
          height={CHART_HEIGHT}
          onEvents={onEvents}
          background={context.background}
          theme={context.theme}
        />
      ) : (
        <p className="chart-empty">{t('charts.empty')}</p>
      )}
    </div>
  );
}

export interface CompanyChartsProps extends Common {
  tab: 'a-share' | 'overseas';
  aShare: readonly AShareCompany[];
  overseas: readonly OverseasCompany[];
  period: GrowthPeriod;
  reading: CompaniesDataset['tableFourColumns'];
  /** Provenance labels of 表4 and 表5 ("Table 4 · §2.3"). */
  sources: { aShare: string; overseas: string };
}

/** The scatterplots of the A-share or overseas tab, over the rows the screener currently shows. */
export function CompanyCharts({
  tab,
  aShare,
  overseas,
  period,
  reading,
  sources,
  ...common
}: CompanyChartsProps): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  const lang = useLanguage();
  const readingOf = useMemo(
    () => (field: string) => reading.columns.find((c) => c.field === field)?.reading[lang] ?? field,
    [reading, lang],
  );
  if (tab === 'a-share') {
    const source = sources.aShare;
    const rows = aShare.map(fromAShare);
    return (
      <div className="grid-2 company-charts">
        <ValuationChart rows={rows} currency="CNY" foreign={false} source={source} {...common} />
        <GrowthChart
          rows={aShare}
          period={period}
          readingOf={readingOf}
          source={source}
          {...common}
        />
      </div>
    );
  }
  const source = sources.overseas;
  const currencies = (['USD', 'HKD', 'CNY'] as const).filter((c) =>
    overseas.some((row) => row.currency === c),
  );
  return (
    <div className="grid-2 company-charts">
      {currencies.map((currency) => (
        <ValuationChart
          key={currency}
          rows={overseas.filter((row) => row.currency === currency).map(fromOverseas)}
          currency={currency}
          foreign
          source={source}
          {...common}
        />
      ))}
      {currencies.length === 0 ? <p className="chart-empty">{t('charts.empty')}</p> : null}
    </div>
  );
}
