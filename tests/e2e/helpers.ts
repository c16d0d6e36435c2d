// Helpers shared by the specs: the datasets the app serves (expectations are computed from them),
// fault injection, and reading ECharts charts. The fixtures (context, guards) are in fixtures.ts.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Locator, Page, Route } from '@playwright/test';
import type { ECharts } from 'echarts/core';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';

import type { CompaniesDataset } from '../../src/features/companies/companies-schema';
import type { FundsDataset } from '../../src/features/funds/funds-schema';
import type { IndicesDataset } from '../../src/features/indices/indices-schema';
import type { FrontierDataset, NewsDataset } from '../../src/features/news/news-schema';
import type { SectorsDataset } from '../../src/features/sectors/sectors-schema';
import { expect } from './fixtures';

export const routes = ['/', '/sectors', '/funds', '/companies', '/timeline'] as const;
export type AppRoute = (typeof routes)[number];

/** Screenshots for a person to look at (not failure artifacts: those go to test-results/). */
export function artifact(name: string): string {
  const dir = fileURLToPath(new URL('./artifacts/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}`;
}

interface Datasets {
  companies: CompaniesDataset;
  funds: FundsDataset;
  indices: IndicesDataset;
  news: NewsDataset;
  frontier: FrontierDataset;
  sectors: SectorsDataset;
}

/** A dataset exactly as `public/data` serves it to the app. */
export function dataset<N extends keyof Datasets>(name: N): Datasets[N] {
  return JSON.parse(
    readFileSync(new URL(`../../public/data/2024-10/${name}.json`, import.meta.url), 'utf8'),
  ) as Datasets[N];
}

export const datasetPattern = (name: string): string => `**/data/2024-10/${name}.json`;

export type Fault = 500 | 404 | 'hang' | 'not-json' | 'wrong-shape' | 'empty';

/** Serves dataset `name` with `fault` for every request until `restore()` is called. */
export async function breakDataset(
  page: Page,
  name: string,
  fault: Fault,
): Promise<{ restore: () => void }> {
  let broken = true;
  await page.route(datasetPattern(name), async (route: Route) => {
    if (!broken) return route.continue();
    switch (fault) {
      case 500:
      case 404:
        return route.fulfill({ status: fault, contentType: 'text/plain', body: 'fault injected' });
      case 'hang':
        // Never answer: the client's timeout must fire.
        return new Promise<void>(() => {});
      case 'not-json':
        return route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><title>x</title>',
        });
      case 'wrong-shape':
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ dataset: name, edition: '2024-10', rows: 'nope' }),
        });
      case 'empty': {
        const response = await route.fetch();
        const json = (await response.json()) as Record<string, unknown>;
        for (const [key, value] of Object.entries(json)) if (Array.isArray(value)) json[key] = [];
        return route.fulfill({ response, json });
      }
    }
  });
  return {
    restore: () => {
      broken = false;
    },
  };
}

/** The figure element of a chart, by its accessible name (the chart's title). */
export function chartFigure(page: Page | Locator, name: string): Locator {
  return page.getByRole('figure', { name, exact: true });
}

/** The figure element as the app leaves it: with its ECharts instance (see src/shared/ui/chart.tsx). */
export type ChartElement = HTMLElement & { echartsInstance?: ECharts };

/**
 * Waits until the chart is drawn and still: its ECharts instance exists, no update is pending
 * (the app sets options with lazyUpdate) and no animation runs. Pixel positions read after this
 * hold until the option changes again.
 */
export async function chartSettled(figure: Locator): Promise<void> {
  await expect(figure).toBeVisible();
  await expect
    .poll(
      () =>
        figure.evaluate((el: ChartElement) => {
          const chart = el.echartsInstance;
          if (!chart || chart.isDisposed()) return 'no chart';
          // ECharts' own flag for an update scheduled for the next frame (a private field).
          if ((chart as unknown as Record<string, unknown>)['__pendingUpdate'])
            return 'update pending';
          return chart.getZr().animation.isFinished() ? 'settled' : 'animating';
        }),
      { message: 'the chart is drawn and its animation has finished' },
    )
    .toBe('settled');
}

/** Scrolls to the bottom a screen at a time, so every lazily loaded part comes into view. */
export async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < 40; step += 1) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    if (atBottom) return;
  }
}

/**
 * The texts a chart draws (axis labels, value labels) that overlap another one or run off the
 * chart, read from ECharts' own display list: each text's box in canvas pixels. Texts ECharts
 * hides (ignore, e.g. `hideOverlap`) do not count. Call after {@link chartSettled}.
 */
export async function chartTextProblems(figure: Locator): Promise<string[]> {
  return figure.evaluate((el: ChartElement) => {
    interface Box {
      x: number;
      y: number;
      width: number;
      height: number;
      applyTransform(m: number[]): void;
      clone(): Box;
    }
    interface Shown {
      type?: string;
      ignore?: boolean;
      invisible?: boolean;
      parent?: Shown | null;
      style?: { text?: string; opacity?: number };
      getBoundingRect(): Box;
      getComputedTransform(): number[] | null;
    }
    const chart = el.echartsInstance;
    if (!chart) return ['no chart'];
    const zr = chart.getZr() as unknown as {
      storage: { getDisplayList(update: boolean): Shown[] };
    };
    const hidden = (node: Shown | null | undefined): boolean =>
      !!node && (node.ignore === true || node.invisible === true || hidden(node.parent));
    const texts = zr.storage
      .getDisplayList(true)
      // zrender draws a text as one 'tspan' per line (a rich text also as 'text' parts).
      .filter(
        (n) =>
          (n.type === 'tspan' || n.type === 'text') &&
          n.style?.text?.trim() &&
          n.style.opacity !== 0 &&
          !hidden(n),
      )
      .map((n) => {
        const box = n.getBoundingRect().clone();
        const m = n.getComputedTransform();
        if (m) box.applyTransform(m);
        return { text: String(n.style?.text), box };
      });
    const problems: string[] = [];
    const width = chart.getWidth();
    const height = chart.getHeight();
    // 1 px of slack: anti-aliased edges of neighbours may touch.
    const overlap = (a: Box, b: Box): boolean =>
      a.x + 1 < b.x + b.width &&
      b.x + 1 < a.x + a.width &&
      a.y + 1 < b.y + b.height &&
      b.y + 1 < a.y + a.height;
    texts.forEach((a, i) => {
      if (
        a.box.x < -1 ||
        a.box.y < -1 ||
        a.box.x + a.box.width > width + 1 ||
        a.box.y + a.box.height > height + 1
      )
        problems.push(`"${a.text}" runs off the chart`);
      for (const b of texts.slice(i + 1))
        if (overlap(a.box, b.box)) problems.push(`"${a.text}" overlaps "${b.text}"`);
    });
    return problems;
  });
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One parameter of the page's address: read it inside `expect.poll` (the address changes async). */
export function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** The page's address as a URL: read it inside `expect.poll`. */
export function pageUrl(page: Page): URL {
  return new URL(page.url());
}

/**
 * Waits until the page has nothing left to load: no request for 500 ms, no loading panel
 * (`aria-busy`) and the fonts ready. For whole-page checks (axe, screenshots, overflow).
 */
export async function pageSettled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/**
 * Brings a grid to life as its visitor does: a grid that shows its first screen as a plain table
 * (src/shared/ui/grid-wake.ts) becomes the interactive grid on the first intent, here the pointer
 * over it. Waits until the grid (role grid or treegrid) is shown.
 */
export async function wakeGrid(region: Locator): Promise<void> {
  // On its corner (the border): over a header or cell the pointer would open a tooltip.
  await region.hover({ position: { x: 1, y: 1 } });
  await expect(region.getByRole('grid').or(region.getByRole('treegrid')).first()).toBeVisible();
}

/** `value`, or a clear failure when the dataset does not hold what the test relies on. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`the dataset has no ${what}`);
  return value;
}

/** Downloads what a click on `button` saves; the file's suggested name and its text. */
export async function download(
  page: Page,
  button: Locator,
): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** An exported CSV's rows, read with Papa Parse (as the app reads imports); drops a byte-order mark. */
/** Downloads the .xlsx a click on `button` saves and reads it back with exceljs. */
export async function downloadWorkbook(
  page: Page,
  button: Locator,
): Promise<{ name: string; workbook: ExcelJS.Workbook }> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const file = await downloading;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  return { name: file.suggestedFilename(), workbook };
}

/** A worksheet's rows as plain values (row 1 first; exceljs counts rows and cells from 1). */
export function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

/** Minimal RFC 4180 parser (AG Grid quotes every cell); drops a leading byte-order mark. */
export function parseCsv(input: string): string[][] {
  return Papa.parse<string[]>(input.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    skipEmptyLines: true,
  }).data;
}

/**
 * Waits until a `keydown` listener on `window` handles `key` (its code compares the event's key
 * with that string). The app binds its keyboard shortcuts in React effects, which run in a task
 * after the render that shows the page: a key pressed before then would be lost. Read through the
 * DevTools protocol (chromium only), which lists a target's listeners and their code.
 */
export async function keyHandlerBound(page: Page, key: string): Promise<void> {
  const literal = new RegExp(`[\`'"]${escapeRegExp(key)}[\`'"]`);
  const cdp = await page.context().newCDPSession(page);
  try {
    await expect
      .poll(
        async () => {
          const { result } = await cdp.send('Runtime.evaluate', {
            expression: 'window',
            objectGroup: 'e2e-key-handlers',
          });
          if (!result.objectId) return false;
          const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
            objectId: result.objectId,
          });
          for (const listener of listeners) {
            if (listener.type !== 'keydown' || !listener.handler?.objectId) continue;
            const { result: source } = await cdp.send('Runtime.callFunctionOn', {
              objectId: listener.handler.objectId,
              functionDeclaration: 'function () { return String(this); }',
              returnByValue: true,
            });
            if (typeof source.value === 'string' && literal.test(source.value)) return true;
          }
          await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'e2e-key-handlers' });
          return false;
        },
        { message: `a keydown handler for "${key}" is bound on window` },
      )
      .toBe(true);
  } finally {
    await cdp.detach();
  }
}

/**
 * Waits until present mode's keys act on the slide on screen. Its key handler is bound per slide
 * (it knows the slide's index) in an effect of the same render as the slide's `document.title`:
 * once the title names the slide shown, the handler of that slide is bound, not the previous one.
 */
export async function slideKeysReady(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const heading = document.querySelector('h1')?.textContent;
          return Boolean(heading) && document.title.startsWith(`${heading} · `);
        }),
      { message: "the document's title names the slide on screen" },
    )
    .toBe(true);
}

/** Replaces `window.print` in every page of `page` with a counter (read it with `printCount`). */
export async function countPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
}

/** How often the page called `window.print` since it loaded (see `countPrints`). */
export const printCount = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { printed: number }).printed);
