import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  hydrated,
  launchBrowser,
  newContext,
  seriousAccessibilityViolations,
  signInPage,
  tableRows,
} from '../support/browser';
import { parseCsv } from '../support/csv';
import { demoIds } from '../support/demo-ids';

let browser: Browser;
let ids: ReturnType<typeof demoIds>;

beforeAll(async () => {
  browser = await launchBrowser();
  ids = demoIds();
});

afterAll(async () => {
  await browser.close();
});

async function download(page: Page, linkName: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName, exact: true }).click(),
  ]);
  return file;
}

/** A heat-map cell reads "level score" ("3 2.4"), or "–" when there is nothing. */
function cell(text: string | undefined): { level: string; score: string } {
  const [level = '–', score = '–'] = (text ?? '').split(/\s+/);
  return { level, score };
}

const oneDecimal = (value: unknown) =>
  value === '' || value === null || value === undefined ? '–' : Number(value).toFixed(1);

describe("a hub coordinator's review", () => {
  test('heat map, drill-down, and CSV and Excel files that hold the numbers on screen', async () => {
    const context = await newContext(browser);
    const page = await signInPage(context, 'coordinator@demo.example');
    // 2025: every demo parliament submitted it (other tests may open later cycles).
    await page.goto(`/cohorts/${ids.hubGovernance}/heatmap?cycle=2025`);
    await hydrated(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Members who have not submitted for the cycle show dashes and are not in the score files.
    const rows = (await tableRows(page, 'table.heat-map')).filter((r) =>
      r.slice(1).some((c) => c !== '–'),
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const header = await page
      .locator('table.heat-map thead th')
      .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));

    // Drill into the first member with a submitted assessment.
    const first = page.locator('table.heat-map tbody th a').first();
    const memberName = (await first.textContent())?.trim() ?? '';
    const cycle = new URL((await first.getAttribute('href')) ?? '', page.url()).searchParams.get(
      'cycle',
    );
    await first.click();
    await page.waitForURL(/\/members\/\d+/);
    await page.getByRole('heading', { level: 2, name: memberName }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto(`/cohorts/${ids.hubGovernance}?cycle=${cycle}`);
    // Scores as CSV: one line per parliament, overall then each domain as score and level.
    const csvFile = await download(page, 'scores (CSV)');
    expect(csvFile.suggestedFilename()).toMatch(
      new RegExp(`-${cycle}-scores-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const csv = parseCsv(await readFile((await csvFile.path()) ?? '', 'utf8'));
    const csvByName = new Map(csv.slice(1).map((r) => [r[0], r]));
    // Columns by their titles: "Overall", then "<domain> — Score" and "<domain> — Level".
    const csvHeader = csv[0] ?? [];
    const columnsOf = (title: string | undefined, names: readonly unknown[]) =>
      title === header[1]
        ? [2, 3]
        : [names.indexOf(`${title} — Score`), names.indexOf(`${title} — Level`)];
    for (const row of rows) {
      const line = csvByName.get(row[0]);
      expect(line, row[0]).toBeDefined();
      row.slice(1).forEach((text, column) => {
        const { level, score } = cell(text);
        const [scoreAt = -1, levelAt = -1] = columnsOf(header[column + 1], csvHeader);
        expect(scoreAt, header[column + 1]).toBeGreaterThanOrEqual(2);
        expect(oneDecimal(line?.[scoreAt]), `${row[0]} ${header[column + 1]}`).toBe(score);
        expect(line?.[levelAt] || '–').toBe(level);
      });
    }

    // The same numbers in the Excel workbook.
    const xlsxFile = await download(page, 'scores (Excel)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsxFile.path()) ?? '');
    const sheet = workbook.worksheets[0];
    const sheetRows = new Map<string, unknown[]>();
    let sheetHeader: unknown[] = [];
    sheet?.eachRow((r, n) => {
      const values = (r.values as unknown[]).slice(1);
      if (n === 1) sheetHeader = values;
      else sheetRows.set(String(values[0]), values);
    });
    expect(sheetRows.size).toBe(rows.length);
    for (const row of rows) {
      const values = sheetRows.get(row[0] ?? '');
      row.slice(1).forEach((text, column) => {
        const { level, score } = cell(text);
        const [scoreAt = -1, levelAt = -1] = columnsOf(header[column + 1], sheetHeader);
        expect(oneDecimal(values?.[scoreAt])).toBe(score);
        expect(values?.[levelAt] == null ? '–' : String(values[levelAt])).toBe(level);
      });
    }

    // Answers: a line per parliament and question, for the members who submitted.
    const answersFile = await download(page, 'answers (CSV)');
    const answers = parseCsv(await readFile((await answersFile.path()) ?? '', 'utf8'));
    const names = new Set(answers.slice(1).map((r) => r[0]));
    expect([...names].sort()).toEqual(rows.map((r) => r[0]).sort());
    expect(answers.length - 1).toBeGreaterThanOrEqual(rows.length * 60);
    await context.close();
  });
});
