// Renders the app icons' PNGs (public/icons/*.png) from their SVG sources with Debian's chromium,
// so installing the app (web manifest) has the raster sizes platforms ask for. Run after editing
// an icon: `node scripts/render-icons.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch } from '../tests/support/chromium.mjs';

const icons = join(fileURLToPath(new URL('..', import.meta.url)), 'public', 'icons');
const renders = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
];

const browser = await launch();
try {
  for (const { svg, png, size } of renders) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = readFileSync(join(icons, svg), 'utf8').replace(
      '<svg ',
      `<svg width="${size}" height="${size}" `,
    );
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${markup}`,
    );
    await page.screenshot({ path: join(icons, png), omitBackground: true });
    await page.close();
    console.log(`${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
