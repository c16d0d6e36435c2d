// The presenter view and the PowerPoint deck: /present and /presenter windows of one browser move
// together both ways; speaker notes survive a reload; the .pptx is unzipped and read.
import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';
import JSZip from 'jszip';

import { expect, test } from './fixtures';
import { dataset, pageUrl, slideKeysReady, urlParam } from './helpers';
import { slidePages } from '../../src/app/present/slide-pages';

/** Waits for the key handler of the slide on screen, then presses `key`. */
async function press(page: Page, key: string): Promise<void> {
  await slideKeysReady(page);
  await page.keyboard.press(key);
}

test.describe('presenter view', () => {
  test.use({ locale: 'en-US', viewport: { width: 1280, height: 720 } });

  test('keys in either window move every deck window of the browser, both ways', async ({
    page,
    context,
  }) => {
    await page.goto('/present/kpis');
    await expect(page.getByRole('heading', { level: 1, name: 'Key figures' })).toBeVisible();
    await slideKeysReady(page);

    // S opens the presenter view in a second window at the same slide.
    const opening = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const popup = await opening;
    await expect.poll(() => pageUrl(popup).pathname).toBe('/presenter/kpis');
    await popup.close();

    const presenter = await context.newPage();
    await presenter.goto('/presenter/kpis');
    await expect(presenter.getByText('Slide window connected')).toBeVisible();
    await expect(
      presenter.getByRole('heading', { level: 2, name: 'Next: October index returns' }),
    ).toBeVisible();

    // Slides → presenter.
    await press(page, 'ArrowRight');
    await expect.poll(() => pageUrl(presenter).pathname).toBe('/presenter/returns');
    await expect(
      presenter.getByRole('heading', { level: 1, name: 'October index returns' }),
    ).toBeVisible();
    // Presenter → slides.
    await press(presenter, 'ArrowRight');
    await expect.poll(() => pageUrl(page).pathname).toBe('/present/constituents');
    await press(presenter, 'PageUp');
    await expect.poll(() => pageUrl(page).pathname).toBe('/present/returns');

    // B in the presenter blanks the audience's screen; B again brings it back.
    const blank = page.getByRole('button', {
      name: 'Screen blanked. Press B or any navigation key to continue.',
    });
    await press(presenter, 'b');
    await expect(blank).toBeVisible();
    await expect(presenter.getByText('Audience screen blanked (B)')).toBeVisible();
    await press(presenter, 'b');
    await expect(blank).toHaveCount(0);

    // H on the slides hides values in both windows.
    await press(page, 'h');
    await expect.poll(() => urlParam(presenter, 'mask')).toBe('1');
    await expect(presenter.getByText('Values hidden (H)', { exact: false }).first()).toBeVisible();
    await press(presenter, 'h');
    await expect.poll(() => urlParam(page, 'mask')).toBeNull();

    // A slide number and Enter jump, from either window.
    await press(page, '5');
    await page.keyboard.press('Enter');
    await expect.poll(() => pageUrl(presenter).pathname).toBe('/presenter/funds');
    await expect.poll(() => pageUrl(page).pathname).toBe('/present/funds');

    // O: the overview of every slide, to jump to.
    await press(presenter, 'o');
    const overview = presenter.getByRole('dialog', { name: 'All slides' });
    await expect(overview.getByRole('button')).toHaveCount(slideCount + 1);
    await overview.getByRole('button', { name: /^2\s*October index returns$/ }).click();
    await expect(overview).toHaveCount(0);
    await expect.poll(() => pageUrl(page).pathname).toBe('/present/returns');
    await press(page, 'o');
    await expect(page.getByRole('dialog', { name: 'All slides' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'All slides' })).toHaveCount(0);
    expect(pageUrl(page).pathname, 'Esc closed the overview, not present mode').toBe(
      '/present/returns',
    );
  });

  test('speaker notes: the report’s words by default, own notes survive a reload, reset', async ({
    page,
  }) => {
    const reading = dataset('indices').reading.en;
    await page.goto('/presenter/returns');
    const notes = page.getByRole('textbox', {
      name: 'Speaker notes for “October index returns”',
    });
    await expect(notes).toHaveValue(reading);
    await expect(page.getByText(/^The report’s words \(Report text · Cover page\)/)).toBeVisible();
    await notes.fill('Open with the AI index against the broad market.');
    await expect(page.getByText('Your notes (kept in this browser only)')).toBeVisible();
    await page.reload();
    await expect(notes).toHaveValue('Open with the AI index against the broad market.');
    await page.getByRole('button', { name: 'Reset to the report’s words' }).click();
    await expect(notes).toHaveValue(reading);
    await page.reload();
    await expect(notes).toHaveValue(reading);
  });

  test('unreadable stored notes fall back to the report’s words, with a notice', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      if (location.origin !== 'null') localStorage.setItem('ai-dashboard.speaker-notes', '{"x":');
    });
    await page.goto('/presenter/kpis');
    await expect(page.getByText('Stored notes could not be read', { exact: false })).toBeVisible();
    await expect(
      page.getByRole('textbox', { name: 'Speaker notes for “Key figures”' }),
    ).not.toHaveValue('');
  });
});

/** The deck's slides (the PowerPoint adds a title slide); read from the deck, not counted by hand. */
const slideCount = slidePages.length;

/** Clicks the PowerPoint button and opens the file it saves. */
async function downloadDeck(page: Page, name: string): Promise<{ zip: JSZip; fileName: string }> {
  const downloading = page.waitForEvent('download');
  const started = Date.now();
  await page.getByRole('button', { name }).click();
  const file = await downloading;
  test
    .info()
    .annotations.push({ type: 'pptx build (ms)', description: String(Date.now() - started) });
  const zip = await JSZip.loadAsync(readFileSync(await file.path()));
  return { zip, fileName: file.suggestedFilename() };
}

function parts(zip: JSZip, pattern: RegExp): string[] {
  return Object.keys(zip.files).filter((path) => pattern.test(path));
}

test.describe('PowerPoint deck', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test.describe(() => {
    test.use({ locale: 'en-US' });

    test('one slide per deck slide and a title slide, native charts with the data, notes', async ({
      page,
    }) => {
      await page.goto('/present/returns');
      const { zip, fileName } = await downloadDeck(page, 'Download PowerPoint (.pptx)');
      expect(fileName).toBe('Presentation-2024-10-31.pptx');
      expect(parts(zip, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(slideCount + 1);
      const charts = parts(zip, /^ppt\/charts\/chart\d+\.xml$/);
      expect(charts.length).toBeGreaterThanOrEqual(4);
      const chartXml = (
        await Promise.all(charts.map((path) => zip.file(path)!.async('string')))
      ).join('\n');
      for (const index of dataset('indices').indices)
        expect(chartXml).toContain(`<c:v>${index.octoberChangePct}</c:v>`);
      for (const row of dataset('indices').top10)
        expect(chartXml).toContain(`<c:v>${row.octoberChangePct}</c:v>`);
      expect(chartXml).toContain('<c:scatterChart>');
      const notes = parts(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/);
      expect(notes).toHaveLength(slideCount + 1);
      const notesXml = (
        await Promise.all(notes.map((path) => zip.file(path)!.async('string')))
      ).join('\n');
      expect(notesXml).toContain('Cover page');
      // Every slide carries the data date and the disclaimer.
      for (const slide of parts(zip, /^ppt\/slides\/slide\d+\.xml$/))
        expect(await zip.file(slide)!.async('string')).toContain('Data as of October 31, 2024');
    });

    test('with values hidden the deck carries no chart data', async ({ page }) => {
      await page.goto('/present/returns?mask=1');
      const { zip } = await downloadDeck(page, 'Download PowerPoint (.pptx)');
      expect(parts(zip, /^ppt\/charts\/chart\d+\.xml$/)).toEqual([]);
      const slides = await Promise.all(
        parts(zip, /^ppt\/slides\/slide\d+\.xml$/).map((path) => zip.file(path)!.async('string')),
      );
      expect(slides.join('\n')).not.toContain('314.831');
    });
  });

  test('a zh deck from the print page: Chinese text in a CJK font', async ({ page }) => {
    await page.goto('/present/print?noprint');
    await expect(page.locator('.print-slide').first()).toBeVisible();
    const { zip, fileName } = await downloadDeck(page, '下载 PowerPoint（.pptx）');
    expect(fileName).toBe('演示文稿-2024-10-31.pptx');
    expect(parts(zip, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(slideCount + 1);
    const slides = (
      await Promise.all(
        parts(zip, /^ppt\/slides\/slide\d+\.xml$/).map((path) => zip.file(path)!.async('string')),
      )
    ).join('\n');
    expect(slides).toContain('关键指标');
    expect(slides).toContain('数据截至 2024年10月31日');
    expect(slides).toContain('typeface="Microsoft YaHei"');
    expect(slides).toContain('lang="zh-CN"');
  });
});
