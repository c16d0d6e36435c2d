import { describe, expect, it } from 'vitest';

import '../../../tests/test-utils';
import { defaultView } from '../../features/companies/view-state';
import { defaultFilters } from '../../features/funds/fund-filters';
import { defaultTimelineView } from '../../features/news/timeline-view';
import { getI18n } from '../../shared/i18n/i18n';
import type { Language } from '../../shared/stores/preferences-store';
import { chartTheme } from '../../shared/ui/chart-theme';
import { marketColours } from '../../shared/ui/market-colours';
import { deckData } from './deck-test-data';
import {
  buildDeckSpec,
  MIN_FONT_PT,
  type DeckInput,
  type SlideElement,
  type Translate,
} from './pptx-deck-spec';
import { slidePages } from './slide-pages';

const slides = slidePages.map((slide) => slide.id);

function input(lang: Language, overrides: Partial<DeckInput> = {}): DeckInput {
  return {
    lang,
    masked: false,
    colours: marketColours(lang === 'zh' ? 'red-up' : 'green-up', 'light'),
    seriesColours: chartTheme('light').series,
    t: getI18n(lang).getFixedT(lang) as unknown as Translate,
    data: deckData,
    views: {
      funds: { filters: defaultFilters, selected: [], chartSort: 'r3m' },
      companies: defaultView(),
      timeline: defaultTimelineView,
    },
    notes: { kpis: 'Open with the industry totals' },
    footer: {
      dataDate: 'Data as of October 31, 2024',
      source: 'Source: …',
      disclaimer: 'Not advice',
    },
    dataAsOf: '2024-10-31',
    ...overrides,
  };
}

function charts<K extends 'bar' | 'scatter'>(
  elements: readonly SlideElement[],
  kind: K,
): Extract<SlideElement, { kind: K }>[] {
  return elements.filter(
    (element): element is Extract<SlideElement, { kind: K }> => element.kind === kind,
  );
}

describe('the PowerPoint deck spec', () => {
  it('has a title slide, then one slide per deck slide, titled in the language', () => {
    const spec = buildDeckSpec(input('en'), slides);
    expect(spec.slides.map((slide) => slide.id)).toEqual(['title', ...slides]);
    expect(spec.slides[0]?.title).toBe(deckData.report.title.en);
    expect(spec.slides[1]?.title).toBe('Key figures');
    expect(spec).toMatchObject({ fontFace: 'Calibri', langTag: 'en-US' });
    expect(spec.fileName).toBe('Presentation-2024-10-31.pptx');
  });

  it('sets a CJK font and Chinese text for a zh deck', () => {
    const spec = buildDeckSpec(input('zh'), slides);
    expect(spec).toMatchObject({ fontFace: 'Microsoft YaHei', langTag: 'zh-CN' });
    expect(spec.slides[1]?.title).toBe('关键指标');
    expect(JSON.stringify(spec.slides.slice(1).map((s) => s.elements))).not.toMatch(
      /October|Table/,
    );
  });

  it("labels the KPI slide's industry totals with the sectors dataset's period", () => {
    const kpiText = (data: DeckInput['data']): string =>
      JSON.stringify(
        buildDeckSpec(input('en', { data }), slides).slides.find((s) => s.id === 'kpis')?.elements,
      );
    expect(kpiText(deckData)).toContain('Industry 24Q3 revenue');
    const otherQuarter = { ...deckData, sectors: { ...deckData.sectors, period: '24Q4' } };
    expect(kpiText(otherQuarter)).toContain('Industry 24Q4 revenue');
    expect(kpiText(otherQuarter)).not.toContain('24Q3');
  });

  it('charts the index returns with the printed values, coloured by the convention', () => {
    const zh = buildDeckSpec(input('zh'), slides).slides.find((s) => s.id === 'returns')!;
    const [bars] = charts(zh.elements, 'bar');
    expect(bars?.categories).toEqual(deckData.indices.indices.map((index) => index.name.zh));
    expect(bars?.series[0]?.values).toEqual(
      deckData.indices.indices.map((i) => i.octoberChangePct),
    );
    // Red up under the mainland convention: the AI index rose, the SSE Composite fell.
    const red = marketColours('red-up', 'light').up.replace('#', '').toUpperCase();
    const green = marketColours('red-up', 'light').down.replace('#', '').toUpperCase();
    const colourOf = (id: string): string | undefined =>
      bars?.series[0]?.pointColours?.[deckData.indices.indices.findIndex((i) => i.id === id)];
    expect([colourOf('ai'), colourOf('sse-composite')]).toEqual([red, green]);
    const en = buildDeckSpec(input('en'), slides).slides.find((s) => s.id === 'returns')!;
    expect(charts(en.elements, 'bar')[0]?.series[0]?.pointColours?.[0]).toBe(
      marketColours('green-up', 'light').up.replace('#', '').toUpperCase(),
    );
  });

  it('charts the constituents and the fund screen as native bars carrying the data', () => {
    const spec = buildDeckSpec(input('en'), slides);
    const constituents = charts(spec.slides.find((s) => s.id === 'constituents')!.elements, 'bar');
    expect(constituents.map((c) => c.series[0]?.values)).toEqual([
      deckData.indices.top10.map((row) => row.octoberChangePct),
      deckData.indices.bottom10.map((row) => row.octoberChangePct),
    ]);
    const [funds] = charts(spec.slides.find((s) => s.id === 'funds')!.elements, 'bar');
    expect(funds?.categories).toHaveLength(10);
    const first = deckData.funds.funds.find((fund) => fund.name.en === funds?.categories[0]);
    expect(funds?.series.find((s) => s.name === '3M')?.values[0]).toBe(first?.return3m);
  });

  it('plots the companies as native scatters (PE against YTD return)', () => {
    const spec = buildDeckSpec(input('en'), slides);
    const [valuation] = charts(spec.slides.find((s) => s.id === 'companies')!.elements, 'scatter');
    const plotted = deckData.companies.aShare.filter((row) => row.peTtm !== null);
    expect(valuation?.x).toEqual(plotted.map((row) => row.peTtm));
    const y = plotted.map((_, i) => valuation?.series.map((s) => s.y[i]).find((v) => v !== null));
    expect(y).toEqual(plotted.map((row) => row.ytdChangePct));
  });

  it('carries speaker notes and keeps every text at a projector-legible size', () => {
    const spec = buildDeckSpec(input('en'), slides);
    expect(spec.slides.find((s) => s.id === 'kpis')?.notes).toBe('Open with the industry totals');
    for (const slide of spec.slides)
      for (const element of slide.elements)
        if (element.kind === 'text' || element.kind === 'table')
          expect(element.fontSize).toBeGreaterThanOrEqual(MIN_FONT_PT);
  });

  it('has no figures at all when values are hidden', () => {
    const spec = buildDeckSpec(input('en', { masked: true }), slides);
    const all = spec.slides.flatMap((slide) => slide.elements);
    expect(all.filter((e) => e.kind === 'bar' || e.kind === 'scatter')).toEqual([]);
    const text = JSON.stringify(spec.slides);
    for (const figure of ['314.831', '14.0889', '16,947', '88.75'])
      expect(text).not.toContain(figure);
    expect(spec.slides.find((s) => s.id === 'kpis')?.notes).toMatch(/no speaker notes/);
  });
});
