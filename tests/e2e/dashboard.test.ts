import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatFigure } from '~/components/charts/chart-data';
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

interface Drawn {
  labels: string[];
  datasets: { label: string; data: (number | [number, number] | null)[] }[];
}

/** What chart.js drew on a chart's canvas (the chart writes it on data-drawn). */
async function drawn(page: Page, chartId: string): Promise<Drawn> {
  const canvas = page.locator(`figure:has(#${chartId}-table) canvas[data-drawn]`);
  await canvas.waitFor({ state: 'attached' });
  return JSON.parse((await canvas.getAttribute('data-drawn')) ?? '{}') as Drawn;
}

const shown = (value: number | null | undefined) => formatFigure(value ?? null, 2);

/** A CSV figure (three decimals) and the same figure on screen (two) agree to the rounding. */
function close(csv: string | undefined, screen: string | undefined): boolean {
  if (!csv || screen === '–') return !csv && screen === '–';
  return Math.abs(Number(csv) - Number(screen)) <= 0.0051;
}

/** Other parliaments with a submitted assessment in the cycle, in one IPU group (and income group). */
function peersInGroup(ipuGroup: string, cycle: number, incomeGroup?: string): number {
  const db = new Database(inject('databaseFile'), { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT count(DISTINCT a.organisation_id) AS n FROM assessments a
           JOIN organisations o ON o.id = a.organisation_id
          WHERE a.status = 'submitted' AND a.cycle = ? AND o.ipu_group = ? AND o.id <> ?
            AND (? IS NULL OR o.income_group = ?)`,
      )
      .get(cycle, ipuGroup, ids.valdoria, incomeGroup ?? null, incomeGroup ?? null) as {
      n: number;
    };
    return row.n;
  } finally {
    db.close();
  }
}

describe("a parliament's dashboard", () => {
  test('every chart draws exactly the figures of its table, and the CSV holds them too', async () => {
    const context = await newContext(browser);
    const page = await signInPage(context, 'lead@demo.example');
    // 2025: every demo parliament submitted it (other tests may submit later cycles alone).
    await page.goto(`/o/${ids.valdoria}/dashboard?cycle=2025`);
    await hydrated(page);

    const radar = await drawn(page, 'radar');
    const radarRows = await tableRows(page, '#radar-table');
    expect(radarRows.length).toBeGreaterThanOrEqual(10);
    expect(radar.labels).toEqual(radarRows.map((r) => r[0]));
    radarRows.forEach((row, i) => {
      expect(row.slice(1)).toEqual(radar.datasets.map((d) => shown(d.data[i] as number | null)));
    });
    // The peer median is really there for the whole group of demo parliaments.
    expect(radarRows.filter((r) => r[2] !== '–').length).toBeGreaterThan(0);

    const band = await drawn(page, 'band');
    const bandRows = await tableRows(page, '#band-table');
    bandRows.forEach((row, i) => {
      const range = band.datasets[0]?.data[i] as [number, number] | null;
      const point = band.datasets[1]?.data[i] as number | null;
      expect(row.slice(1)).toEqual([shown(range?.[0]), shown(range?.[1]), shown(point)]);
    });

    const trend = await drawn(page, 'trend');
    const trendRows = await tableRows(page, '#trend-table');
    expect(trend.datasets.map((d) => d.label)).toEqual(trendRows.map((r) => r[0]));
    trendRows.forEach((row, i) => {
      expect(row.slice(1)).toEqual(
        (trend.datasets[i]?.data ?? []).map((v) => shown(v as number | null)),
      );
    });
    expect(trend.labels.length).toBeGreaterThanOrEqual(2);

    // The CSV link next to the radar carries the same figures (to three decimals).
    const href = await page.locator('figure:has(#radar-table) a[download]').getAttribute('href');
    const response = await context.request.get(href ?? '');
    expect(response.status()).toBe(200);
    const csv = parseCsv(await response.text());
    const byTitle = new Map(csv.slice(1).map((r) => [r[0], r]));
    for (const row of radarRows) {
      const line = byTitle.get(row[0] ?? '');
      expect(line, row[0]).toBeDefined();
      expect(close(line?.[1], row[1]), `${row[0]}: ${line?.[1]} vs ${row[1]}`).toBe(true);
      expect(close(line?.[4], row[2]), `${row[0]}: ${line?.[4]} vs ${row[2]}`).toBe(true);
    }
    await context.close();
  });

  test('without JavaScript, choosing a peer group changes the figures and stays in the address', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await signInPage(context, 'lead@demo.example');
    await page.goto(`/o/${ids.valdoria}/dashboard?cycle=2025`);
    const cycle = Number(await page.locator('#cycle').inputValue());
    const allPeers = await page.locator('.peer-count').textContent();

    const options = await page
      .locator('#peer-ipu option')
      .evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    // The first IPU group with peers, and one with too few to show, when the demo has one.
    const counts = options.map((value) => ({ value, peers: peersInGroup(value, cycle) }));
    const large = counts.find((c) => c.peers >= 5);
    expect(large).toBeDefined();
    await page.selectOption('#peer-ipu', large?.value ?? '');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/ipu=/);
    expect(new URL(page.url()).searchParams.get('ipu')).toBe(large?.value);
    expect(new URL(page.url()).searchParams.get('cycle')).toBe('2025');
    expect(await page.locator('#peer-ipu').inputValue()).toBe(large?.value);
    const groupPeers = await page.locator('.peer-count').textContent();
    expect(groupPeers).toContain(`${large?.peers} other parliament`);
    expect(groupPeers).not.toBe(allPeers);
    // No canvas without JavaScript: the tables are the content.
    expect(await page.locator('canvas').count()).toBe(0);
    expect(
      (await tableRows(page, '#radar-table')).filter((r) => r[2] !== '–').length,
    ).toBeGreaterThan(0);

    // Good-practice examples: other parliaments' names only, never a figure, never our own.
    const examples = page.locator('section[aria-labelledby="examples-title"]');
    await expect(examples.count()).resolves.toBe(1);
    const names = await examples.locator('dd').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.join(' ')).not.toMatch(/\d/);
    expect(names.join(' ')).not.toContain('Valdoria');

    // A combination with a few peers, but fewer than the minimum: nothing of theirs, not even
    // how many they are.
    const incomes = await page
      .locator('#peer-income option')
      .evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const small = options
      .flatMap((ipu) =>
        incomes.map((income) => ({ ipu, income, peers: peersInGroup(ipu, cycle, income) })),
      )
      .find((c) => c.peers > 0 && c.peers < 5);
    expect(small, 'the demo has a small group').toBeDefined();
    await page.goto(
      `/o/${ids.valdoria}/dashboard?cycle=2025&ipu=${small?.ipu}&income=${small?.income}`,
    );
    await expect(
      page.getByText(/Not shown: fewer than 5 other parliaments/).count(),
    ).resolves.toBeGreaterThan(0);
    expect((await tableRows(page, '#radar-table')).every((r) => r[2] === '–')).toBe(true);
    const smallPeers = (await page.locator('.peer-count').textContent()) ?? '';
    expect(smallPeers).toContain('Fewer than 5 other parliaments');
    expect(smallPeers.replace('Fewer than 5', '')).not.toMatch(/\d/);
    await context.close();
  });

  test("'what others see' gives a group's size only from the minimum up", async () => {
    // A low-income parliament: the demo has fewer than 5 others of its income group in its cycle.
    const db = new Database(inject('databaseFile'), { readonly: true });
    const target = db
      .prepare(
        `SELECT o.id,
                (SELECT count(DISTINCT a2.organisation_id) FROM assessments a2
                   JOIN organisations o2 ON o2.id = a2.organisation_id
                  WHERE a2.status = 'submitted' AND a2.cycle = latest.cycle
                    AND o2.income_group = o.income_group) AS size
           FROM organisations o
           JOIN (SELECT organisation_id, max(cycle) AS cycle FROM assessments
                  WHERE status = 'submitted' GROUP BY organisation_id) latest
             ON latest.organisation_id = o.id
          WHERE o.income_group = 'low'`,
      )
      .all()
      .find((r) => (r as { size: number }).size < 6) as { id: number; size: number } | undefined;
    db.close();
    expect(target, 'the demo has a small income group').toBeDefined();

    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await signInPage(context, 'admin@demo.example');
    await page.goto(`/o/${target?.id}/visibility`);
    const rows = await tableRows(page, 'table');
    const small = rows.find((r) => r[0] === 'Low income');
    expect(small?.[1]).toBe('fewer than 6');
    expect(small?.[2]).toMatch(/^Not shown to anyone/);
    // Every size given is at least the minimum plus the parliament itself.
    for (const row of rows)
      if (/^\d+$/.test(row[1] ?? '')) expect(Number(row[1]), row[0]).toBeGreaterThanOrEqual(6);
    await context.close();
  });

  test('axe finds nothing serious or critical on the dashboard and the visibility page', async () => {
    const context = await newContext(browser);
    const page = await signInPage(context, 'lead@demo.example');
    for (const path of [`/o/${ids.valdoria}/dashboard`, `/o/${ids.valdoria}/visibility`]) {
      await page.goto(path);
      await hydrated(page);
      expect(await seriousAccessibilityViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});
