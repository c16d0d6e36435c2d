import type { ECharts } from 'echarts/core';

/** The chart image with its title and unit/source line drawn above it, as one PNG. */
async function withHeading(
  chartUrl: string,
  title: string,
  subtitle: string,
  background: string,
): Promise<string> {
  const image = await new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = chartUrl;
  });
  const header = 110;
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height + header;
  const context = canvas.getContext('2d');
  if (!context) return chartUrl;
  const styles = getComputedStyle(document.documentElement);
  const font = getComputedStyle(document.body).fontFamily;
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'top';
  context.fillStyle = styles.getPropertyValue('--text').trim() || '#1d2430';
  context.font = `600 34px ${font}`;
  context.fillText(title, 24, 20, canvas.width - 48);
  context.fillStyle = styles.getPropertyValue('--muted').trim() || '#556270';
  context.font = `400 24px ${font}`;
  context.fillText(subtitle, 24, 66, canvas.width - 48);
  context.drawImage(image, 0, header);
  return canvas.toDataURL('image/png');
}

/**
 * Downloads a chart as a PNG with its title and unit/source line above it (the Chart component's
 * "Export PNG", loaded on that click).
 */
export async function downloadChartPng(
  instance: ECharts,
  {
    title,
    subtitle,
    background,
    fileName,
  }: { title: string; subtitle: string; background: string; fileName: string },
): Promise<void> {
  const url = await withHeading(
    instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background }),
    title,
    subtitle,
    background,
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}.png`;
  link.click();
}
