import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hydrated, launchBrowser, newContext, signInPage } from '../support/browser';
import { demoIds } from '../support/demo-ids';

/*
 * Printed pages keep every column of their tables. Chromium lays a printed page out as it lays
 * out a window as wide as the paper less its margins, so the pages are shown with print media
 * in a window of that width, and every column header must lie inside it, unclipped.
 */

const MM = 96 / 25.4;
/** A4 portrait, the narrowest common paper, less the 12 mm margins of the print stylesheet. */
const PRINTABLE = Math.floor((210 - 2 * 12) * MM); // 186 mm = 703 px

let browser: Browser;
let ids: ReturnType<typeof demoIds>;

beforeAll(async () => {
  browser = await launchBrowser();
  ids = demoIds();
});

afterAll(async () => {
  await browser.close();
});

/** The page as printed: the headers of each table, with those that fall outside the paper. */
async function printedHeaders(page: Page, path: string) {
  await page.setViewportSize({ width: PRINTABLE, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.goto(path);
  // As printed from the page's own button: scripts running, every chart drawn.
  await hydrated(page);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('figure.chart')].every((f) =>
      f.querySelector('canvas[data-drawn]'),
    ),
  );
  return page.locator('table').evaluateAll((tables, width) => {
    // Outside the paper, or hidden by a box that clips what overflows it.
    const outside = (cell: Element) => {
      const box = cell.getBoundingClientRect();
      if (box.left < 0 || box.right > width + 0.5) return true;
      for (let ancestor = cell.parentElement; ancestor; ancestor = ancestor.parentElement) {
        if (getComputedStyle(ancestor).overflowX === 'visible') continue;
        const frame = ancestor.getBoundingClientRect();
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) return true;
      }
      return false;
    };
    return tables.map((table) => {
      const headers = [...table.querySelectorAll('thead th')];
      return {
        caption: (table.querySelector('caption')?.textContent ?? '').trim(),
        headers: headers.length,
        outside: headers.filter(outside).map((h) => (h.textContent ?? '').trim()),
      };
    });
  }, PRINTABLE);
}

describe('printed pages keep all their columns', () => {
  test("the hub report's heat map: the parliament, the overall score and every domain", async () => {
    const context = await newContext(browser);
    const page = await signInPage(context, 'coordinator@demo.example');
    const tables = await printedHeaders(page, `/hubs/${ids.hubGovernance}/report?cycle=2026`);
    const heat = tables.find((t) => t.caption.startsWith('Submitted levels and scores'));
    // The parliament, the overall score and the 14 domains of the version answered in 2026.
    expect(heat?.headers).toBe(16);
    expect(tables.filter((t) => t.outside.length > 0)).toEqual([]);
    await context.close();
  });

  test('the other printable pages: the hub heat map, a dashboard and its results', async () => {
    const context = await newContext(browser);
    const coordinator = await signInPage(context, 'coordinator@demo.example');
    const heatMap = await printedHeaders(
      coordinator,
      `/hubs/${ids.hubGovernance}/heatmap?cycle=2026`,
    );
    expect(heatMap.filter((t) => t.outside.length > 0)).toEqual([]);
    await context.close();

    const leadContext = await newContext(browser);
    const lead = await signInPage(leadContext, 'lead@demo.example');
    for (const path of [
      `/o/${ids.valdoria}/dashboard?cycle=2025`,
      `/o/${ids.valdoria}/assessments/${ids.valdoriaSubmitted}/results`,
    ]) {
      const tables = await printedHeaders(lead, path);
      expect(tables.length, path).toBeGreaterThan(0);
      expect(
        tables.filter((t) => t.outside.length > 0),
        path,
      ).toEqual([]);
    }
    await leadContext.close();
  });
});
