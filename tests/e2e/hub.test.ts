import { readFile } from 'node:fs/promises';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  baseURL,
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
    await page.goto(`/hubs/${ids.hubGovernance}/heatmap?cycle=2025`);
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

    await page.goto(`/hubs/${ids.hubGovernance}?cycle=${cycle}`);
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

interface MemberRow {
  name: string;
  status: string;
  answered: number;
  last: number | null;
  submitted: number | null;
}

/** The hub's members in a cycle, read with plain SQL from the server's database. */
function membersInDatabase(hubId: number, cycle: number): MemberRow[] {
  const db = new Database(inject('databaseFile'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT o.name, coalesce(a.status, 'not-started') AS status,
                (SELECT count(*) FROM answers x WHERE x.assessment_id = a.id) AS answered,
                max(coalesce((SELECT max(h.changed_at) FROM answer_history h WHERE h.assessment_id = a.id), 0),
                    coalesce((SELECT max(e.at) FROM assessment_events e WHERE e.assessment_id = a.id), 0)) AS last,
                a.submitted_at AS submitted
           FROM hub_members m
           JOIN organisations o ON o.id = m.organisation_id
           LEFT JOIN assessments a ON a.organisation_id = o.id AND a.cycle = ?
                AND a.questionnaire_id = 'parliamentary-ict-governance'
          WHERE m.hub_id = ?`,
      )
      .all(cycle, hubId) as MemberRow[];
  } finally {
    db.close();
  }
}

const isoDate = (ms: number | null) => (ms ? new Date(ms).toISOString() : '–');

describe('the hub overview', () => {
  test("each member's answers, last activity and submission date, as the database holds them", async () => {
    const context = await newContext(browser);
    const page = await signInPage(context, 'coordinator@demo.example');
    // 2026 mixes submitted, in-progress and unstarted members.
    await page.goto(`/hubs/${ids.hubGovernance}?cycle=2026`);
    await hydrated(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const table = page.getByRole('table', { name: 'Member parliaments and their 2026 assessment' });
    const headers = await table
      .locator('thead th')
      .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));
    expect(headers.slice(0, 5)).toEqual([
      'Parliament',
      'Status',
      'Answered',
      'Last activity',
      'Submitted on',
    ]);
    // Each row: its name, the answered count, and the moments of its two date cells.
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('th, td')];
        const moment = (i: number) => cells[i]?.querySelector('time')?.dateTime ?? '–';
        return {
          name: (cells[0]?.childNodes[0]?.textContent ?? '').trim(),
          answered: (cells[2]?.textContent ?? '').trim(),
          last: moment(3),
          submitted: moment(4),
        };
      }),
    );
    const expected = membersInDatabase(ids.hubGovernance, 2026);
    expect(rows.map((r) => r.name).sort()).toEqual(expected.map((m) => m.name).sort());
    // The demo's 2026 cycle has members at different stages: their counts differ.
    expect(new Set(expected.map((m) => m.answered)).size).toBeGreaterThan(1);
    for (const member of expected) {
      const row = rows.find((r) => r.name === member.name);
      expect(row?.answered.split('/')[0], member.name).toBe(
        member.status === 'not-started' ? '–' : String(member.answered),
      );
      expect(row?.last, member.name).toBe(isoDate(member.last));
      expect(row?.submitted, member.name).toBe(
        member.status === 'submitted' ? isoDate(member.submitted) : '–',
      );
    }
    await context.close();
  });
});

describe('old addresses of hub pages', () => {
  test('/cohorts/… answers a permanent redirect to the same page under /hubs/', async () => {
    const response = await fetch(
      `${baseURL()}/cohorts/${ids.hubGovernance}/heatmap?cycle=2025&sort=overall`,
      { redirect: 'manual' },
    );
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(
      `/hubs/${ids.hubGovernance}/heatmap?cycle=2025&sort=overall`,
    );
  });
});
