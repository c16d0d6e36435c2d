import type { ChartFigureElement } from '../../shared/ui/chart';

export interface SlideImageText {
  title: string;
  footer: string;
  background: string;
  text: string;
  muted: string;
}

/** Splits text into lines that fit `maxWidth` (by character, so Chinese wraps too). */
function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (context.measureText(line + char).width > maxWidth && line) {
      lines.push(line);
      line = char;
    } else {
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = reject;
    image.src = url;
  });
}

/**
 * The current slide as a PNG: its title, its charts (each drawn by ECharts' own getDataURL) or, for
 * text slides, its figure cards, and the data date / source footer. Drawn with the Canvas 2D API
 * from what the slide shows; nothing is re-computed.
 */
export async function slideToPng(container: HTMLElement, text: SlideImageText): Promise<string> {
  const width = 1920;
  const height = 1080;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas unavailable');
  const font = getComputedStyle(document.body).fontFamily;
  context.fillStyle = text.background;
  context.fillRect(0, 0, width, height);
  context.fillStyle = text.text;
  context.font = `700 56px ${font}`;
  context.textBaseline = 'top';
  context.fillText(text.title, 64, 48);

  const body = { x: 64, y: 150, w: width - 128, h: height - 150 - 110 };
  const figures = [...container.querySelectorAll<ChartFigureElement>('figure.chart')].filter(
    (f) => f.echartsInstance,
  );
  if (figures.length > 0) {
    const cellWidth = body.w / figures.length;
    for (const [index, figure] of figures.entries()) {
      const chart = figure.echartsInstance!;
      const url = chart.getDataURL({
        type: 'png',
        pixelRatio: 2,
        backgroundColor: text.background,
      });
      const image = await loadImage(url);
      const scale = Math.min((cellWidth - 24) / image.width, body.h / image.height);
      context.drawImage(
        image,
        body.x + index * cellWidth,
        body.y,
        image.width * scale,
        image.height * scale,
      );
    }
  } else if (container.querySelector('.kpi')) {
    // Figure cards: label / value / detail.
    const cards = [...container.querySelectorAll<HTMLElement>('.kpi')];
    const columns = 3;
    const cardWidth = body.w / columns;
    const cardHeight = Math.min(body.h / Math.ceil(cards.length / columns), 260);
    cards.forEach((card, index) => {
      const x = body.x + (index % columns) * cardWidth;
      const y = body.y + Math.floor(index / columns) * cardHeight;
      const part = (selector: string): string =>
        card.querySelector(selector)?.textContent?.trim() ?? '';
      context.fillStyle = text.muted;
      context.font = `400 30px ${font}`;
      context.fillText(part('.kpi-label'), x, y, cardWidth - 32);
      context.fillStyle = text.text;
      context.font = `700 56px ${font}`;
      context.fillText(part('.kpi-value'), x, y + 44, cardWidth - 32);
      context.font = `400 28px ${font}`;
      context.fillText(part('.kpi-sub'), x, y + 118, cardWidth - 32);
    });
  } else {
    // Text slides: the slide's own text, wrapped, as many lines as fit.
    context.fillStyle = text.text;
    context.font = `400 30px ${font}`;
    const lineHeight = 42;
    let y = body.y;
    for (const paragraph of container.innerText.split('\n').filter((line) => line.trim())) {
      for (const line of wrap(context, paragraph.trim(), body.w)) {
        if (y + lineHeight > body.y + body.h) break;
        context.fillText(line, body.x, y);
        y += lineHeight;
      }
      y += 8;
    }
  }
  context.fillStyle = text.muted;
  context.font = `400 24px ${font}`;
  context.fillText(text.footer, 64, height - 72, width - 128);
  return canvas.toDataURL('image/png');
}
