import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { BASE_URL, launch, openPage } from './harness.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const expected = {
  zh: {
    overview: '总览',
    first: '关键指标',
    counter: /^1 \/ (\d+)$/,
    hide: '隐藏数值（H）',
    exportPng: '导出本页 PNG',
  },
  en: {
    overview: 'Overview',
    first: 'Key figures',
    counter: /^1 \/ (\d+)$/,
    hide: 'Hide values (H)',
    exportPng: 'Export slide as PNG',
  },
};

describe('present mode', () => {
  for (const lang of ['zh', 'en']) {
    it(`P starts the deck; arrows, Space and PageUp/PageDown move through it with a URL per slide; Esc leaves (${lang})`, async () => {
      const { context, page, problems } = await openPage(browser, {
        locale: lang === 'zh' ? 'zh-CN' : 'en-US',
        viewport: { width: 1280, height: 720 },
      });
      await page.goto(`${BASE_URL}/`);
      await page.getByRole('heading', { level: 1, name: expected[lang].overview }).waitFor();
      await page.keyboard.press('p');
      await page.waitForURL((url) => url.pathname === '/present/kpis');
      await page.getByRole('heading', { level: 1, name: expected[lang].first }).waitFor();
      const counter = (await page.locator('.present-counter').textContent()).trim();
      const total = Number(expected[lang].counter.exec(counter)?.[1]);
      assert.ok(total >= 4, `deck has slides (${counter})`);
      const seen = [new URL(page.url()).pathname];
      const keys = ['ArrowRight', 'Space', 'PageDown', 'ArrowDown'];
      for (let i = 1; i < total; i += 1) {
        await page.keyboard.press(keys[i % keys.length]);
        await page.waitForFunction(
          (n) =>
            document.querySelector('.present-counter')?.textContent?.trim().startsWith(`${n} /`),
          i + 1,
        );
        seen.push(new URL(page.url()).pathname);
      }
      assert.equal(new Set(seen).size, total, 'every slide has its own URL');
      // Past the end stays on the last slide; PageUp goes back.
      await page.keyboard.press('ArrowRight');
      assert.equal(new URL(page.url()).pathname, seen[total - 1]);
      await page.keyboard.press('PageUp');
      await page.waitForURL((url) => url.pathname === seen[total - 2]);
      // A slide URL opens that slide directly, in the current language.
      await page.goto(`${BASE_URL}${seen[1]}`);
      await page.waitForFunction(() =>
        document.querySelector('.present-counter')?.textContent?.trim().startsWith('2 /'),
      );
      // Data date and source on the slide.
      await page
        .locator('.slide-footer')
        .getByText(lang === 'zh' ? '数据截至 2024年10月31日' : 'Data as of October 31, 2024')
        .waitFor();
      await page.keyboard.press('Escape');
      await page.waitForURL((url) => !url.pathname.startsWith('/present'));
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('B blanks the screen and H hides values (shapes stay, numbers go)', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${BASE_URL}/present/kpis`);
    await page.locator('.kpi-value').first().waitFor();
    assert.match(await page.locator('.kpi-value').first().textContent(), /CNY 314\.831bn/);
    await page.keyboard.press('h');
    await page.waitForURL((url) => url.searchParams.get('mask') === '1');
    await page.waitForFunction(
      () => !document.querySelector('.present')?.textContent?.includes('314.831'),
    );
    assert.equal(await page.locator('.kpi-value .masked-value').count(), 6);
    // A chart slide masked: no data labels, no value ticks.
    await page.goto(`${BASE_URL}/present/returns?mask=1`);
    const figure = page.locator('figure.chart').first();
    await page.waitForFunction(() => document.querySelector('figure.chart')?.echartsInstance);
    const option = await figure.evaluate((el) => {
      const o = el.echartsInstance.getOption();
      return {
        label: o.series[0].label.show,
        ticks: o.yAxis[0].axisLabel.show,
        tooltip: o.tooltip[0].show,
      };
    });
    assert.deepEqual(option, { label: false, ticks: false, tooltip: false });
    await page.keyboard.press('b');
    await page.locator('.present-blank').waitFor();
    await page.keyboard.press('b');
    await page.locator('.present-blank').waitFor({ state: 'detached' });
    await context.close();
  });

  it('exports the current slide as a PNG', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN', acceptDownloads: true });
    await page.goto(`${BASE_URL}/present/returns`);
    await page.waitForFunction(() => document.querySelector('figure.chart')?.echartsInstance);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: expected.zh.exportPng }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'slide-2-returns-2024-10-31.png');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path);
    assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
    assert.ok(bytes.length > 20000, 'with the chart drawn in');
    await context.close();
  });

  it('prints the deck one slide a page, each with data date, source and disclaimer', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${BASE_URL}/present/print?noprint`);
    const slides = page.locator('.print-slide');
    await slides.first().waitFor();
    const count = await slides.count();
    assert.ok(count >= 4);
    assert.equal(
      await page
        .locator('.print-slide .slide-footer')
        .filter({ hasText: 'Data as of October 31, 2024' })
        .filter({ hasText: 'not investment advice' })
        .count(),
      count,
    );
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    assert.ok(pdf.length > 10000);
    await context.close();
  });
});

describe('present mode keeps the page it came from', () => {
  it('a slide built from a filtered screen keeps its filter', async () => {
    const { readFileSync } = await import('node:fs');
    const funds = JSON.parse(
      readFileSync(new URL('../../public/data/2024-10/funds.json', import.meta.url), 'utf8'),
    ).funds;
    const expected = funds.filter((f) => f.return3m !== null && f.return3m >= 20).length;
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${BASE_URL}/funds?min3m=20`);
    await page.getByRole('heading', { level: 1, name: 'Funds' }).waitFor();
    await page.locator('body').press('p');
    await page.waitForURL(
      (url) => url.pathname === '/present/funds' && url.searchParams.get('min3m') === '20',
    );
    await page.getByText(`${expected} of ${funds.length} funds`).first().waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL(
      (url) => url.pathname === '/funds' && url.searchParams.get('min3m') === '20',
    );
    await context.close();
  });
});
