import type PptxGenJS from 'pptxgenjs';

import { SLIDE, type DeckSpec, type SlideElement } from './pptx-deck-spec';

/**
 * Writes a DeckSpec as a .pptx with pptxgenjs: native, editable charts (the data travels in the
 * file's embedded workbook), native tables, speaker notes and the footer on every slide. This
 * module is only reached through `import()` on a click: pptxgenjs never weighs on a route.
 */

const TEXT = '1D2430';
const MUTED = '556270';
const RULE = 'C9D1DA';

type Slide = PptxGenJS.Slide;

function addElement(slide: Slide, element: SlideElement, deck: DeckSpec): void {
  const font = { fontFace: deck.fontFace, lang: deck.langTag, color: TEXT };
  const { box } = element;
  switch (element.kind) {
    case 'text':
      slide.addText(
        element.paragraphs.map((text, index) => ({
          text,
          options: {
            ...font,
            fontSize: element.fontSize,
            bold: element.bold === true || (index === 0 && element.paragraphs.length > 1),
            breakLine: index < element.paragraphs.length - 1,
            paraSpaceAfter: 8,
          },
        })),
        { ...box, valign: 'top', fit: 'shrink' },
      );
      return;
    case 'table':
      slide.addTable(
        [
          element.header.map((text) => ({
            text,
            options: { bold: true, fill: { color: 'EEF1F4' } },
          })),
          ...element.rows.map((row) => row.map((text) => ({ text }))),
        ],
        {
          ...box,
          ...font,
          fontSize: element.fontSize,
          colW: element.colW,
          valign: 'middle',
          border: { type: 'solid', pt: 0.75, color: RULE },
          margin: 0.06,
        },
      );
      return;
    case 'bar': {
      const singleColoured = element.series.length === 1 && element.series[0]?.pointColours;
      slide.addChart(
        'bar',
        element.series.map((series) => ({
          name: series.name,
          labels: element.categories,
          values: series.values,
        })),
        {
          ...box,
          barDir: 'bar',
          // First category on top, as on the slide.
          catAxisOrientation: 'maxMin' as 'minMax',
          title: element.title,
          showTitle: true,
          titleFontFace: deck.fontFace,
          titleFontSize: 16,
          titleColor: TEXT,
          chartColors: singleColoured
            ? element.series[0]!.pointColours!
            : element.series.map((s) => s.colour ?? '0072B2'),
          // Negative bars keep their own (rise/fall) colour.
          ...(singleColoured ? { invertedColors: element.series[0]!.pointColours! } : {}),
          showLegend: element.series.length > 1,
          legendPos: 't',
          legendFontFace: deck.fontFace,
          legendFontSize: 14,
          showValue: true,
          dataLabelFormatCode: element.labelFormat,
          dataLabelFontFace: deck.fontFace,
          dataLabelFontSize: 14,
          dataLabelColor: TEXT,
          catAxisLabelFontFace: deck.fontFace,
          catAxisLabelFontSize: 14,
          catAxisLabelColor: TEXT,
          valAxisLabelFontFace: deck.fontFace,
          valAxisLabelFontSize: 14,
          valAxisLabelColor: MUTED,
          valAxisLabelFormatCode: element.labelFormat,
          lang: deck.langTag,
        },
      );
      return;
    }
    case 'scatter':
      slide.addChart(
        'scatter',
        [
          { name: element.xTitle, values: element.x },
          ...element.series.map((series) => ({ name: series.name, values: series.y })),
        ],
        {
          ...box,
          title: element.title,
          showTitle: true,
          titleFontFace: deck.fontFace,
          titleFontSize: 16,
          titleColor: TEXT,
          chartColors: element.series.map((series) => series.colour),
          lineSize: 0,
          lineDataSymbol: 'circle',
          lineDataSymbolSize: 9,
          showLegend: true,
          legendPos: 'b',
          legendFontFace: deck.fontFace,
          legendFontSize: 14,
          showValAxisTitle: true,
          valAxisTitle: element.yTitle,
          valAxisTitleFontSize: 14,
          showCatAxisTitle: true,
          catAxisTitle: element.xTitle,
          catAxisTitleFontSize: 14,
          catAxisLabelFontSize: 14,
          valAxisLabelFontSize: 14,
          catAxisLabelFontFace: deck.fontFace,
          valAxisLabelFontFace: deck.fontFace,
          lang: deck.langTag,
        },
      );
      return;
  }
}

/** The .pptx file of `deck`. */
export async function writeDeck(deck: DeckSpec): Promise<Blob> {
  const { default: PptxGenJSClass } = await import('pptxgenjs');
  const pptx = new PptxGenJSClass();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  // Theme fonts too, so text PowerPoint adds later is CJK-capable in a zh deck.
  pptx.theme = { headFontFace: deck.fontFace, bodyFontFace: deck.fontFace };
  const font = { fontFace: deck.fontFace, lang: deck.langTag };
  for (const spec of deck.slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    const isTitle = spec.id === 'title';
    slide.addText(spec.title, {
      ...font,
      x: 0.5,
      y: isTitle ? 0.9 : 0.3,
      w: SLIDE.width - 1,
      h: isTitle ? 1.2 : 0.75,
      fontSize: isTitle ? 36 : 28,
      bold: true,
      color: TEXT,
      fit: 'shrink',
    });
    for (const element of spec.elements) addElement(slide, element, deck);
    slide.addText(
      [
        {
          text: `${deck.footer.dataDate}  ${deck.footer.source}`,
          options: { ...font, bold: true, breakLine: true },
        },
        { text: deck.footer.disclaimer, options: font },
      ],
      {
        x: 0.5,
        y: 6.45,
        w: SLIDE.width - 1,
        h: 0.85,
        fontSize: 12,
        color: MUTED,
        valign: 'top',
        fit: 'shrink',
      },
    );
    if (spec.notes) slide.addNotes(spec.notes);
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
