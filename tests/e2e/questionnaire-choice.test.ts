import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext } from 'playwright-core';
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
import { Client } from '../support/http';
import { startServer, type RunningServer } from '../support/server';

/*
 * A server of its own, with the flagship and a second published questionnaire: Valdoria (demo,
 * flagship submitted for 2024 and 2025) then submits the second one for 2025, later than its
 * flagship. Its dashboard and learning path still open on the flagship, and the person chooses.
 */

const FLAGSHIP = 'parliamentary-ict-governance';
const SECOND = 'open-parliament';
const stamp = Date.now();
const databaseFile = resolve('tests/.tmp', `questionnaire-choice-${stamp}.db`);
const content = resolve('tests/.tmp', `questionnaire-choice-${stamp}`);

let server: RunningServer;
let browser: Browser;
let valdoria: number;
let flagshipDomains: string[];
let flagshipDomainIds: string[];
let flagshipModules: string[];

function readIds() {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const org = db
      .prepare('SELECT id FROM organisations WHERE name = ?')
      .get('Parliament of Valdoria') as { id: number };
    // The version of Valdoria's 2025 flagship assessment: the dashboard shows its domains.
    const version = db
      .prepare(
        `SELECT v.definition FROM assessments a
           JOIN questionnaire_versions v ON v.id = a.questionnaire_version_id
          WHERE a.organisation_id = ? AND a.questionnaire_id = ? AND a.cycle = 2025`,
      )
      .get(org.id, FLAGSHIP) as { definition: string };
    const definition = JSON.parse(version.definition) as {
      domains: { id: string; title: { en: string } }[];
    };
    const modules = db
      .prepare('SELECT definition FROM course_modules WHERE questionnaire_id = ?')
      .all(FLAGSHIP) as { definition: string }[];
    valdoria = org.id;
    flagshipDomains = definition.domains.map((d) => d.title.en);
    flagshipDomainIds = definition.domains.map((d) => d.id);
    flagshipModules = modules.map((m) => {
      const { title } = JSON.parse(m.definition) as { title: string | { en: string } };
      return typeof title === 'string' ? title : title.en;
    });
  } finally {
    db.close();
  }
}

/** The lead answers and submits the second questionnaire for 2025, as a browser without JavaScript would. */
async function submitSecondQuestionnaire() {
  const lead = await new Client(server.url).signIn('lead@demo.example');
  const list = await lead.get(`/o/${valdoria}/assessments`);
  const versionId = /<option value="(\d+)"[^>]*>Open parliament self-check 1\.0<\/option>/.exec(
    list.html,
  )?.[1];
  expect(versionId, 'the second questionnaire is offered').toBeDefined();
  const started = await lead.post(`/o/${valdoria}/assessments`, {
    versionId: versionId ?? '',
    cycle: '2025',
  });
  expect(started.status).toBe(303);
  const base = started.location ?? '';
  const answers: Record<string, Record<string, string>> = {
    transparency: { 'transparency.agenda': '2', 'transparency.votes': '1' },
    participation: { 'participation.petitions': '3' },
  };
  for (const [domain, questions] of Object.entries(answers)) {
    await lead.get(`${base}/domains/${domain}`);
    const fields: Record<string, string> = {};
    for (const [question, value] of Object.entries(questions)) {
      fields[`${question}::present`] = '1';
      fields[`${question}::answer`] = value;
    }
    expect((await lead.post(`${base}/domains/${domain}`, fields)).status).toBe(200);
  }
  await lead.get(`${base}/submit`);
  const submitted = await lead.post(`${base}/submit`);
  expect(submitted.status).toBe(303);
}

beforeAll(async () => {
  mkdirSync(content, { recursive: true });
  cpSync(`questionnaires/${FLAGSHIP}`, join(content, FLAGSHIP), { recursive: true });
  cpSync(`tests/fixtures/questionnaires/second-model/${SECOND}`, join(content, SECOND), {
    recursive: true,
  });
  server = await startServer({ databaseFile, env: { QUESTIONNAIRES_DIR: content } });
  readIds();
  await submitSecondQuestionnaire();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
  rmSync(content, { recursive: true, force: true });
});

const firstColumn = (rows: string[][]) => rows.map((r) => r[0]);

async function leadPage(context: BrowserContext) {
  return signInPage(context, 'lead@demo.example');
}

describe('choosing the questionnaire of the dashboard and the learning path', () => {
  test('without JavaScript: the flagship by default, the choice switches and stays in the address, on every link', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, baseURL: server.url });
    const page = await leadPage(context);

    await page.goto(`/o/${valdoria}/dashboard`);
    expect(firstColumn(await tableRows(page, '#radar-table'))).toEqual(flagshipDomains);
    expect(await page.locator('#questionnaire').inputValue()).toBe(FLAGSHIP);
    expect(
      await page
        .locator('#questionnaire option')
        .evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual([FLAGSHIP, SECOND]);

    await page.selectOption('#questionnaire', SECOND);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/questionnaire=open-parliament/);
    expect(firstColumn(await tableRows(page, '#radar-table'))).toEqual([
      'Transparency',
      'Participation',
    ]);
    // Transparency: mean of 2/3 and 1/3 = 0.5 of the top level 3 = 1.50; participation 3.00.
    expect((await tableRows(page, '#radar-table')).map((r) => r[1])).toEqual(['1.50', '3.00']);

    // The CSV links carry the choice, and the file holds the second questionnaire's figures.
    const href = await page.locator('figure:has(#radar-table) a[download]').getAttribute('href');
    expect(new URL(href ?? '', server.url).searchParams.get('questionnaire')).toBe(SECOND);
    const csv = parseCsv(await (await context.request.get(href ?? '')).text());
    expect(csv.slice(1).map((r) => r[0])).toEqual(['Overall', 'Transparency', 'Participation']);

    // Comparing with a peer group keeps the questionnaire.
    await page.selectOption('#peer-chamber', 'unicameral');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/chamber=unicameral/);
    expect(new URL(page.url()).searchParams.get('questionnaire')).toBe(SECOND);
    expect(firstColumn(await tableRows(page, '#radar-table'))).toEqual([
      'Transparency',
      'Participation',
    ]);

    // On to the learning path, by the tab: the same questionnaire, its own module.
    await page.getByRole('link', { name: 'Learning path', exact: true }).click();
    await page.waitForURL(/\/learning\?/);
    expect(new URL(page.url()).searchParams.get('questionnaire')).toBe(SECOND);
    expect(await page.locator('.learning-path h3 a').allTextContents()).toEqual([
      'First steps in parliamentary transparency',
    ]);
    expect(await page.locator('#questionnaire').inputValue()).toBe(SECOND);

    // And back to the flagship, from the learning page.
    await page.selectOption('#questionnaire', FLAGSHIP);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/questionnaire=parliamentary-ict-governance/);
    const titles = await page.locator('.learning-path h3 a').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((title) => !flagshipModules.includes(title.trim()))).toEqual([]);
    await context.close();
  });

  test('with JavaScript, the choice navigates and stays in the address, and axe finds nothing serious', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await leadPage(context);
    await page.goto(`/o/${valdoria}/learning`);
    await hydrated(page);
    expect(await page.locator('#questionnaire').inputValue()).toBe(FLAGSHIP);
    await page.selectOption('#questionnaire', SECOND);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/questionnaire=open-parliament/);
    await page.getByRole('link', { name: 'First steps in parliamentary transparency' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto(`/o/${valdoria}/dashboard?questionnaire=${SECOND}`);
    await hydrated(page);
    expect(await page.locator('#questionnaire').inputValue()).toBe(SECOND);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  test('an unknown or malformed questionnaire in the address falls back to the flagship with a notice, never an error', async () => {
    const lead = await new Client(server.url).signIn('lead@demo.example');
    for (const asked of ['no-such-questionnaire', '%3Cscript%3E', 'digital-readiness']) {
      for (const path of ['dashboard', 'learning']) {
        const page = await lead.get(`/o/${valdoria}/${path}?questionnaire=${asked}`);
        expect(page.status, `${path} ${asked}`).toBe(200);
        expect(page.html.includes('is not one this parliament has submitted'), 'notice').toBe(true);
        expect(/<option value="parliamentary-ict-governance" selected="">/.test(page.html)).toBe(
          true,
        );
        // What was asked is not repeated on the page.
        expect(page.html.includes('&lt;script&gt;'), 'echo').toBe(false);
      }
      const csv = await lead.request(
        `/o/${valdoria}/dashboard/csv?chart=radar&questionnaire=${asked}`,
      );
      expect(csv.status, `csv ${asked}`).toBe(200);
      const rows = parseCsv(await csv.text());
      expect(rows.slice(2).map((r) => r[0])).toEqual(flagshipDomains);
    }
  });

  test("'what others see' follows the choice, and naming domains of one questionnaire keeps the other's", async () => {
    const lead = await new Client(server.url).signIn('lead@demo.example');
    const page = `/o/${valdoria}/visibility`;
    /** The domains whose box is ticked on a page. */
    const named = (html: string) =>
      [...html.matchAll(/<input [^>]*name="domain"[^>]*>/g)]
        .filter((m) => m[0].includes('checked=""'))
        .map((m) => /value="([^"]+)"/.exec(m[0])?.[1]);
    const flagshipDomain = flagshipDomainIds[0] ?? '';

    await lead.get(page);
    expect((await lead.post(page, { domain: flagshipDomain })).status).toBe(200);
    const second = await lead.get(`${page}?questionnaire=${SECOND}`);
    expect(/<option value="open-parliament" selected="">/.test(second.html)).toBe(true);
    expect(second.html.includes('value="transparency"'), 'its domains are listed').toBe(true);
    expect(named(second.html)).toEqual([]);
    expect(
      (await lead.post(`${page}?questionnaire=${SECOND}`, { domain: 'transparency' })).status,
    ).toBe(200);

    expect(named((await lead.get(`${page}?questionnaire=${SECOND}`)).html)).toEqual([
      'transparency',
    ]);
    const flagship = await lead.get(page);
    expect(flagship.html.includes('value="transparency"')).toBe(false);
    expect(named(flagship.html)).toEqual([flagshipDomain]);
  });
});
