import type { CompaniesDataset } from '../../features/companies/companies-schema';
import { growthFields } from '../../features/companies/growth-option';
import { screenAShare, screenOverseas } from '../../features/companies/screen';
import {
  fromAShare,
  fromOverseas,
  type ValuationRow,
} from '../../features/companies/valuation-option';
import type { CompaniesView } from '../../features/companies/view-state';
import { returnField, returnPeriods, sortByReturn } from '../../features/funds/fund-filters';
import type { FundsViewState } from '../../features/funds/fund-view-state';
import type { FundsDataset } from '../../features/funds/funds-schema';
import type { IndicesDataset } from '../../features/indices/indices-schema';
import type { FrontierDataset, NewsDataset } from '../../features/news/news-schema';
import type { TimelineView } from '../../features/news/timeline-view';
import type { ReportDataset } from '../../features/report/report-schema';
import { figureText } from '../../features/sectors/growth-scatter-option';
import { QUADRANTS, quadrantOf } from '../../features/sectors/quadrants';
import type { SectorsDataset } from '../../features/sectors/sectors-schema';
import {
  decimalsOf,
  formatDate,
  formatList,
  formatMoneyYi,
  formatNumber,
  formatPercent,
} from '../../shared/lib/format';
import type { Language } from '../../shared/stores/preferences-store';
import { directionOf, type MarketColours } from '../../shared/ui/market-colours';
import { fundsOnSlide, timelineOnSlide } from './deck-content';
import type { SlideId } from './slide-pages';

/**
 * The PowerPoint deck as data: what each slide holds, where, in which words and colours. A pure
 * function of the datasets, the pages' views, the language, the colour convention and the notes,
 * so it is unit-tested without PowerPoint; `pptx-writer.ts` turns it into a file with pptxgenjs.
 * Every figure is the dataset's own value (charts carry them as data, tables and labels format
 * them as the slides do); with values hidden (H) the deck carries no figures at all.
 */

/** i18next's `t` for one language, with namespaced keys ("present:slides.kpis"). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Position and size in inches on a 13.333 × 7.5 in (16:9) slide. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface BarSeries {
  name: string;
  values: number[];
  /** One colour per bar (rise/fall), or one for the whole series (`colour`). */
  pointColours?: string[];
  colour?: string;
}

export type SlideElement =
  | { kind: 'text'; box: Box; paragraphs: string[]; fontSize: number; bold?: boolean }
  | {
      kind: 'table';
      box: Box;
      header: string[];
      rows: string[][];
      fontSize: number;
      colW: number[];
    }
  | {
      kind: 'bar';
      box: Box;
      title: string;
      categories: string[];
      series: BarSeries[];
      /** Excel number format of the data labels (the report's decimals, explicit sign). */
      labelFormat: string;
    }
  | {
      kind: 'scatter';
      box: Box;
      title: string;
      xTitle: string;
      yTitle: string;
      /** Shared x values; each series has a y per x, null where the point belongs to another. */
      x: number[];
      series: { name: string; colour: string; y: (number | null)[] }[];
    };

export interface SlideSpec {
  id: SlideId | 'title';
  title: string;
  elements: SlideElement[];
  notes: string;
}

export interface DeckSpec {
  lang: Language;
  /** A font with CJK glyphs for zh decks (PowerPoint falls back badly without one). */
  fontFace: string;
  /** BCP 47 tag written on every text run. */
  langTag: string;
  title: string;
  fileName: string;
  footer: { dataDate: string; source: string; disclaimer: string };
  slides: SlideSpec[];
}

export interface DeckData {
  indices: IndicesDataset;
  sectors: SectorsDataset;
  funds: FundsDataset;
  companies: CompaniesDataset;
  news: NewsDataset;
  frontier: FrontierDataset | null;
  report: ReportDataset;
}

export interface DeckViews {
  funds: Pick<FundsViewState, 'filters' | 'selected' | 'chartSort'>;
  companies: CompaniesView;
  timeline: TimelineView;
}

export interface DeckInput {
  lang: Language;
  masked: boolean;
  /** Rise/fall colours of the current convention and palette, for a light (white) slide. */
  colours: MarketColours;
  /** Categorical colours (fund return periods), as on screen. */
  seriesColours: readonly string[];
  t: Translate;
  data: DeckData;
  views: DeckViews;
  /** Speaker notes per slide, as the presenter view shows them. */
  notes: Partial<Record<SlideId, string>>;
  footer: { dataDate: string; source: string; disclaimer: string };
  dataAsOf: string;
}

export const SLIDE = { width: 13.333, height: 7.5 } as const;
const BODY: Box = { x: 0.5, y: 1.15, w: 12.333, h: 5.15 };
const LEFT: Box = { ...BODY, w: 6.05 };
const RIGHT: Box = { ...BODY, x: 6.783, w: 6.05 };
/** Smallest type on a slide (points): legible on a projector. */
export const MIN_FONT_PT = 14;

const hex = (colour: string): string => colour.replace('#', '').toUpperCase();

/** "+0.00%" style label format with `digits` decimals (values are in percent units). */
function percentFormat(digits: number): string {
  const decimals = digits > 0 ? `.${'0'.repeat(digits)}` : '';
  return `+0${decimals}"%";-0${decimals}"%";0${decimals}"%"`;
}

const maxDecimals = (values: readonly number[]): number =>
  Math.max(0, ...values.map((value) => decimalsOf(value)));

function kpiRows(data: DeckData, lang: Language, t: Translate, masked: boolean): string[][] {
  const hidden = t('present:pptx.valuesHidden');
  const show = (text: string): string => (masked ? hidden : text);
  const { industry, period } = data.sectors;
  const yi = lang === 'zh' ? t('translation:units.yi') : 'CNY';
  const rows: string[][] = [
    [
      t('translation:overview.industryRevenue', { period }),
      show(formatMoneyYi(industry.q3RevenueYi, lang, 2)),
      show(
        `${t('translation:overview.yoyLabel')} ${formatPercent(industry.q3RevenueYoyPct, lang, 2)}`,
      ),
      yi,
    ],
    [
      t('translation:overview.industryProfit', { period }),
      show(formatMoneyYi(industry.q3NetProfitYi, lang, 2)),
      show(
        `${t('translation:overview.yoyLabel')} ${formatPercent(industry.q3NetProfitYoyPct, lang, 2)}`,
      ),
      yi,
    ],
  ];
  const ai = data.indices.indices.find((index) => index.id === 'ai');
  if (ai && ai.close !== null) {
    rows.push([
      t('translation:overview.aiIndex'),
      show(formatNumber(ai.close, lang, { digits: 4 })),
      show(
        `${t('translation:overview.changeSeries')} ${formatPercent(ai.octoberChangePct, lang, ai.octoberChangeDigits)}`,
      ),
      t('translation:units.points'),
    ]);
  }
  const { aiIndexProfile: profile, valuation } = data.indices;
  rows.push(
    [
      t('translation:overview.aiIndexCap'),
      show(formatMoneyYi(profile.marketCapYi, lang, 2)),
      show(
        t('translation:overview.constituents', {
          count: profile.constituents,
          weighting: profile.weighting[lang],
        }),
      ),
      yi,
    ],
    [
      t('translation:overview.valuation'),
      show(
        t('translation:overview.valuationValue', {
          pe: `${formatNumber(valuation.peTtm, lang, { digits: 2 })}${t('translation:units.times')}`,
          ps: `${formatNumber(valuation.psTtm, lang, { digits: 2 })}${t('translation:units.times')}`,
        }),
      ),
      show(
        t('translation:overview.cagr', {
          revenue: formatPercent(valuation.revenueCagr3yPct, lang, 2),
          profit: formatPercent(valuation.netProfitCagr3yPct, lang, 2),
        }),
      ),
      t('translation:units.timesName'),
    ],
    [
      t('translation:overview.rating'),
      data.report.rating.rating[lang],
      data.report.rating.action[lang],
      data.report.industry[lang],
    ],
  );
  return rows;
}

/** A bar chart of signed values, each bar in its rise/fall colour. */
function signedBars(
  box: Box,
  title: string,
  seriesName: string,
  items: readonly { name: string; value: number; digits?: number }[],
  colours: MarketColours,
): SlideElement {
  const values = items.map((item) => item.value);
  return {
    kind: 'bar',
    box,
    title,
    categories: items.map((item) => item.name),
    series: [
      {
        name: seriesName,
        values,
        pointColours: values.map((value) => hex(colours[directionOf(value)])),
      },
    ],
    labelFormat: percentFormat(Math.max(maxDecimals(values), ...items.map((i) => i.digits ?? 0))),
  };
}

/** With values hidden a chart becomes the list of what it shows, without a figure. */
function hideFigures(element: SlideElement, hidden: string, lang: Language): SlideElement {
  if (element.kind === 'bar')
    return {
      kind: 'text',
      box: element.box,
      fontSize: 16,
      paragraphs: [`${element.title} · ${hidden}`, formatList(element.categories, lang)],
    };
  if (element.kind === 'scatter')
    return {
      kind: 'text',
      box: element.box,
      fontSize: 16,
      paragraphs: [`${element.title} · ${hidden}`],
    };
  return element;
}

function scatterOf(
  box: Box,
  title: string,
  xTitle: string,
  yTitle: string,
  points: readonly { name: string; x: number; y: number; direction: 'up' | 'down' | 'flat' }[],
  names: Record<'up' | 'down' | 'flat', string>,
  colours: MarketColours,
): SlideElement {
  const directions = (['up', 'down', 'flat'] as const).filter((d) =>
    points.some((p) => p.direction === d),
  );
  return {
    kind: 'scatter',
    box,
    title,
    xTitle,
    yTitle,
    x: points.map((p) => p.x),
    series: directions.map((direction) => ({
      name: names[direction],
      colour: hex(colours[direction]),
      y: points.map((p) => (p.direction === direction ? p.y : null)),
    })),
  };
}

function companiesElements(input: DeckInput): SlideElement[] {
  const { lang, t, colours, data, views } = input;
  const view = views.companies;
  const what = t(
    view.colourBy === 'ytd' ? 'companies:charts.ytdShort' : 'companies:charts.monthShort',
  );
  const names = {
    up: t('companies:charts.up', { what }),
    down: t('companies:charts.down', { what }),
    flat: t('companies:charts.flat', { what }),
  };
  const colourOf = (row: ValuationRow): 'up' | 'down' | 'flat' =>
    directionOf(view.colourBy === 'ytd' ? row.ytdChangePct : row.monthChangePct);
  const overseas = view.tab === 'overseas';
  const rows: ValuationRow[] = overseas
    ? screenOverseas(data.companies.overseas, view).map(fromOverseas)
    : screenAShare(data.companies.aShare, view).map(fromAShare);
  const valuation = scatterOf(
    overseas ? BODY : LEFT,
    t('companies:charts.valuationTitle'),
    t('companies:charts.pe'),
    t('companies:charts.ytd'),
    rows.flatMap((row) =>
      row.peTtm === null
        ? []
        : [{ name: row.name[lang], x: row.peTtm, y: row.ytdChangePct, direction: colourOf(row) }],
    ),
    names,
    colours,
  );
  if (overseas) return [valuation];
  const fields = growthFields[view.period];
  const growth = scatterOf(
    RIGHT,
    `${t('companies:charts.growthTitle')} (${t(`companies:charts.periods.${view.period}`)})`,
    t('companies:charts.revenueAxis'),
    t('present:pptx.profitGrowth'),
    screenAShare(data.companies.aShare, view).flatMap((row) => {
      const x = row[fields.revenue];
      const y = row[fields.profit];
      return x === null || y === null
        ? []
        : [{ name: row.name[lang], x, y, direction: colourOf(fromAShare(row)) }];
    }),
    names,
    colours,
  );
  return [valuation, growth];
}

function slideElements(id: SlideId, input: DeckInput): SlideElement[] {
  const { lang, t, colours, data, views, masked } = input;
  switch (id) {
    case 'kpis':
      return [
        {
          kind: 'table',
          box: BODY,
          header: [
            t('present:pptx.figure'),
            t('present:pptx.value'),
            t('present:pptx.detail'),
            t('present:pptx.unit'),
          ],
          rows: kpiRows(data, lang, t, masked),
          fontSize: 16,
          colW: [3.4, 3.3, 3.6, 2.033],
        },
      ];
    case 'returns':
      return [
        signedBars(
          { ...BODY, h: 3.9 },
          t('translation:overview.returnsTitle'),
          t('translation:overview.returnsSeries'),
          data.indices.indices.map((index) => ({
            name: index.name[lang],
            value: index.octoberChangePct,
            digits: index.octoberChangeDigits,
          })),
          colours,
        ),
        {
          kind: 'text',
          box: { ...BODY, y: BODY.y + 4, h: 1.15 },
          paragraphs: [data.indices.reading[lang]],
          fontSize: 14,
        },
      ];
    case 'constituents':
      return (['top10', 'bottom10'] as const).map((which) =>
        signedBars(
          which === 'top10' ? LEFT : RIGHT,
          t(
            which === 'top10'
              ? 'translation:overview.topTitle'
              : 'translation:overview.bottomTitle',
          ),
          t('translation:overview.changeSeries'),
          data.indices[which].map((row) => ({ name: row.name[lang], value: row.octoberChangePct })),
          colours,
        ),
      );
    case 'sectors': {
      // Directions only (the report prints no figure for 22 of the 25): a native table by quadrant.
      const rows = data.sectors.subIndustries;
      return [
        {
          kind: 'table',
          box: BODY,
          header: [t('present:pptx.quadrant'), t('present:pptx.subIndustries')],
          rows: QUADRANTS.map((quadrant) => [
            t(`sectors:scatter.quadrant.${quadrant}`),
            formatList(
              rows
                .filter((row) => quadrantOf(row) === quadrant)
                .map((row) => {
                  const figure = masked
                    ? null
                    : figureText(row, lang, (value) => t('sectors:scatter.moreThan', { value }));
                  return figure ? `${row.name[lang]} ${figure}` : row.name[lang];
                }),
              lang,
            ),
          ]),
          fontSize: 16,
          colW: [3.2, 9.133],
        },
      ];
    }
    case 'funds': {
      const { shown, screened } = fundsOnSlide(data.funds, views.funds);
      const ordered = sortByReturn(shown, views.funds.chartSort, 'desc');
      const caption: SlideElement = {
        kind: 'text',
        box: { ...BODY, h: 0.4 },
        paragraphs: [t('funds:count', { shown: screened, total: data.funds.funds.length })],
        fontSize: 14,
      };
      // Blank returns (printed "-") have no bar: a period with any blank among the shown funds
      // is left out rather than drawn as zero.
      const periods = returnPeriods.filter((p) => ordered.every((f) => f[returnField[p]] !== null));
      const periodColours = input.seriesColours.filter((c) => c.toLowerCase() !== '#009e73');
      const values = ordered.flatMap((f) => periods.map((p) => f[returnField[p]] ?? 0));
      return [
        caption,
        {
          kind: 'bar',
          box: { ...BODY, y: BODY.y + 0.45, h: BODY.h - 0.45 },
          title: t('funds:compare.title'),
          categories: ordered.map((fund) => fund.name[lang]),
          series: periods.map((p, i) => ({
            name: t(`funds:periods.${p}`),
            values: ordered.map((fund) => fund[returnField[p]] ?? 0),
            colour: hex(periodColours[i % periodColours.length] ?? '#0072b2'),
          })),
          labelFormat: percentFormat(Math.max(2, maxDecimals(values))),
        },
      ];
    }
    case 'companies':
      return companiesElements(input);
    case 'heat-map': {
      // PowerPoint has no treemap: the same companies (as screened, largest market cap first)
      // and the same change the map colours by, as a native bar chart carrying the printed values.
      const ytd = views.companies.colourBy === 'ytd';
      const rows = [...screenAShare(data.companies.aShare, views.companies)].sort(
        (a, b) => b.marketCapYi - a.marketCapYi,
      );
      return [
        signedBars(
          BODY,
          t('companies:heatMap.title'),
          t(ytd ? 'companies:heatMap.colourYtd' : 'companies:heatMap.colourMonth'),
          rows.map((row) => ({
            name: row.name[lang],
            value: ytd ? row.ytdChangePct : row.monthChangePct,
            digits: 2,
          })),
          colours,
        ),
      ];
    }
    case 'timeline': {
      const items = timelineOnSlide(data.news, data.frontier, views.timeline);
      return [
        {
          kind: 'table',
          box: BODY,
          header: [t('present:pptx.date'), t('present:pptx.category'), t('present:pptx.headline')],
          rows: items.map((item) => [
            item.date ? formatDate(item.date, lang) : '',
            t(`timeline:categories.${item.category}`),
            item.headline[lang],
          ]),
          fontSize: 14,
          colW: [2.2, 2.2, 7.933],
        },
      ];
    }
  }
}

const FONT = { zh: 'Microsoft YaHei', en: 'Calibri' } as const;

/** The deck: a title slide, then one slide per deck slide in order. */
export function buildDeckSpec(input: DeckInput, slides: readonly SlideId[]): DeckSpec {
  const { lang, t, data, masked } = input;
  const hidden = t('present:pptx.valuesHidden');
  const title = data.report.title[lang];
  const titleSlide: SlideSpec = {
    id: 'title',
    title,
    elements: [
      {
        kind: 'text',
        box: { x: 0.5, y: 2.2, w: 12.333, h: 2.4 },
        paragraphs: [
          data.report.publisher[lang],
          t('present:pptx.generated', { date: formatDate(input.dataAsOf, lang) }),
          ...(masked ? [hidden] : []),
        ],
        fontSize: 20,
      },
    ],
    notes: '',
  };
  return {
    lang,
    fontFace: FONT[lang],
    langTag: lang === 'zh' ? 'zh-CN' : 'en-US',
    title,
    fileName: `${t('present:pptx.titleSlide')}-${input.dataAsOf}${masked ? '-masked' : ''}.pptx`,
    footer: input.footer,
    slides: [
      titleSlide,
      ...slides.map((id) => ({
        id,
        title: t(`present:slides.${id}`),
        elements: slideElements(id, input).map((element) =>
          masked ? hideFigures(element, hidden, lang) : element,
        ),
        // Notes are the report's words and the presenter's: with values hidden they may quote
        // figures, so a masked deck carries none.
        notes: masked ? t('present:pptx.notesHidden') : (input.notes[id] ?? ''),
      })),
    ],
  };
}
