import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Dialog, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hydrated, launchBrowser, newContext, signInPage } from '../support/browser';
import { Client } from '../support/http';
import { startServer, type RunningServer } from '../support/server';

/*
 * Nothing a person chooses or types on the answering page is lost: not in the seconds before the
 * page's scripts take over on a slow link, not when they leave with something unsaved, not when
 * a page is saved as a whole without JavaScript. The server has its own database: these tests
 * start assessments that the shared demo server's tests must not see.
 */

const databaseFile = resolve('tests/.tmp', `answers-kept-${Date.now()}.db`);
let server: RunningServer;
let browser: Browser;
let db: Database.Database;
let valdoria = 0;
/** Valdoria's 2027 assessment (nothing answered) and 2026 (pre-filled from 2025). */
let fresh = '';
let carried = '';

async function startAssessment(lead: Client, cycle: number, prefill: boolean): Promise<string> {
  const page = await lead.get(`/o/${valdoria}/assessments`);
  const versionId = /<option value="(\d+)"/.exec(page.html)?.[1] ?? '';
  const started = await lead.post(`/o/${valdoria}/assessments?index`, {
    versionId,
    cycle: String(cycle),
    ...(prefill ? { prefill: 'on' } : {}),
  });
  if (started.status !== 303 || !started.location)
    throw new Error(`start failed: ${started.status}`);
  return started.location.split('?')[0] ?? '';
}

beforeAll(async () => {
  server = await startServer({ databaseFile });
  db = new Database(databaseFile, { readonly: true });
  valdoria = (
    db.prepare('SELECT id FROM organisations WHERE name = ?').get('Parliament of Valdoria') as {
      id: number;
    }
  ).id;
  const lead = await new Client(server.url).signIn('lead@demo.example');
  fresh = await startAssessment(lead, 2027, false);
  carried = await startAssessment(lead, 2026, true);
  // A comment saved earlier: the page renders it into its textarea.
  await lead.get(`${fresh}/domains/portfolio`);
  const saved = await lead.post(`${fresh}/answers`, {
    questionId: 'portfolio.budget',
    operation: 'seed-portfolio-budget',
    'portfolio.budget::present': '1',
    'portfolio.budget::revision': '0',
    'portfolio.budget::answer': '2',
    'portfolio.budget::comment': 'First draft of the comment',
  });
  if (saved.status !== 200) throw new Error(`seed answer failed: ${saved.status} ${saved.html}`);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  db?.close();
  await server?.stop();
  for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
});

interface StoredAnswer {
  state: string;
  value: string | null;
  comment: string;
  needs_review: number;
}

function stored(path: string, questionId: string): StoredAnswer | undefined {
  const assessmentId = Number(path.split('/').pop());
  return db
    .prepare(
      'SELECT state, value, comment, needs_review FROM answers WHERE assessment_id = ? AND question_id = ?',
    )
    .get(assessmentId, questionId) as StoredAnswer | undefined;
}

const isHydrated = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.hydrated === 'true');

/**
 * Opens a page on an emulated slow link (400 ms, 50 KB/s) with its scripts held back until
 * `release` is called: the person can click while the page is still a plain form.
 */
async function openBeforeScripts(page: Page, path: string) {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/assets\/.+\.js$/, (route) => {
    if (released) void route.continue();
    else held.push(route);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 50 * 1024,
    uploadThroughput: 50 * 1024,
  });
  await page.goto(path, { waitUntil: 'commit' });
  await page.locator('form.answer-form button[type=submit]').waitFor();
  return {
    release: async () => {
      released = true;
      for (const route of held) await route.continue();
    },
  };
}

const question = (page: Page, id: string) => page.locator(`fieldset[id="q-${id}"]`);

describe('before the scripts take over', () => {
  test('a choice, an edited comment and a chosen list answer are saved once they do', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await signInPage(context, 'lead@demo.example');
    const { release } = await openBeforeScripts(page, `${fresh}/domains/portfolio`);
    expect(await isHydrated(page)).toBe(false);

    await question(page, 'portfolio.prioritisation').locator('input[type=radio]').nth(3).check();
    const comment = question(page, 'portfolio.budget').getByLabel('Comment', { exact: true });
    await comment.fill('Edited before the scripts arrived');
    await question(page, 'portfolio.practices')
      .getByLabel('Or answer')
      .selectOption({ label: 'None of these' });
    const chosen = await question(page, 'portfolio.prioritisation')
      .locator('input[type=radio]')
      .nth(3)
      .inputValue();
    expect(await isHydrated(page)).toBe(false);

    await release();
    await hydrated(page);
    for (const id of ['portfolio.prioritisation', 'portfolio.budget', 'portfolio.practices'])
      await question(page, id).locator('.question__status .saved').waitFor();

    expect(stored(fresh, 'portfolio.prioritisation')).toMatchObject({
      state: 'answered',
      value: JSON.stringify(chosen),
    });
    expect(stored(fresh, 'portfolio.budget')).toMatchObject({
      value: JSON.stringify('2'),
      comment: 'Edited before the scripts arrived',
    });
    expect(stored(fresh, 'portfolio.practices')).toMatchObject({
      state: 'answered',
      value: '[]',
    });
    // What the person set is still what the page shows.
    await expect(comment.inputValue()).resolves.toBe('Edited before the scripts arrived');
    await context.close();
  });

  test('leaving with an unsaved choice before the scripts arrive asks first', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await signInPage(context, 'lead@demo.example');
    await openBeforeScripts(page, `${fresh}/domains/security`);
    await question(page, 'security.risk').locator('input[type=radio]').first().check();
    const dialogs: string[] = [];
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    const closed = new Promise((done) => page.once('close', done));
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual(['beforeunload']);
    await context.close();
  });
});

describe('with the scripts running', () => {
  test('a comment without an answer is refused visibly, and leaving asks first', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await signInPage(context, 'lead@demo.example');
    await page.goto(`${fresh}/domains/governance`);
    await hydrated(page);
    const roles = question(page, 'governance.roles');
    await roles.getByText('Comment and evidence').click();
    const comment = roles.getByLabel('Comment', { exact: true });
    await comment.fill('Ask the Secretary General about the mandate');
    await comment.blur();
    await roles.getByText(/Not saved: choose an answer first/).waitFor();

    // A link inside the app: the page's own dialog.
    await page
      .getByRole('navigation', { name: /domains/i })
      .getByRole('link')
      .last()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Some answers are not saved yet' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(`${fresh}/domains/governance`);
    await expect(comment.inputValue()).resolves.toBe('Ask the Secretary General about the mandate');

    // Closing the tab or reloading: the browser's warning.
    const dialogs: string[] = [];
    page.once('dialog', (d: Dialog) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);

    // With an answer chosen, the comment is saved and the page may be left freely.
    await roles.locator('input[type=radio]').nth(1).check();
    await roles.locator('.question__status .saved').waitFor();
    expect(stored(fresh, 'governance.roles')).toMatchObject({
      comment: 'Ask the Secretary General about the mandate',
    });
    await page
      .getByRole('navigation', { name: /domains/i })
      .getByRole('link')
      .last()
      .click();
    await page.waitForURL((url) => !url.pathname.endsWith('/governance'));
    await context.close();
  });

  test('an operation id sent again for another question is refused with 409', async () => {
    const lead = await new Client(server.url).signIn('lead@demo.example');
    await lead.get(`${fresh}/domains/skills`);
    const send = (questionId: string) =>
      lead.request(`${fresh}/answers`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
          Origin: server.url,
        },
        body: new URLSearchParams({
          questionId,
          operation: 'one-operation-id',
          csrf: lead.csrf,
          [`${questionId}::revision`]: '0',
          [`${questionId}::answer`]: '1',
        }),
      });
    expect((await send('skills.needs-analysis')).status).toBe(200);
    const reused = await send('skills.staff-programme');
    expect(reused.status).toBe(409);
    await expect(reused.json()).resolves.toEqual({
      status: 'invalid',
      error: 'answer.operationReused',
    });
    expect(stored(fresh, 'skills.staff-programme')).toBeUndefined();
  });
});

describe('without JavaScript', () => {
  test('saving the page leaves carried-over answers to review, but for the one confirmed', async () => {
    const context = await newContext(browser, { baseURL: server.url, javaScriptEnabled: false });
    const page = await signInPage(context, 'lead@demo.example');
    await page.goto(`${carried}/domains/strategy`);
    const before = ['strategy.plan', 'strategy.alignment'].map((id) => stored(carried, id));
    expect(before.map((a) => a?.needs_review)).toEqual([1, 1]);
    await question(page, 'strategy.plan').getByLabel('This answer is still right').check();
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page
      .getByText(/answers? saved|saved/i)
      .first()
      .waitFor();
    expect(stored(carried, 'strategy.plan')).toMatchObject({ needs_review: 0 });
    expect(stored(carried, 'strategy.alignment')).toMatchObject({ needs_review: 1 });
    await context.close();
  });

  test('a comment without an answer comes back with its message, not lost', async () => {
    const context = await newContext(browser, { baseURL: server.url, javaScriptEnabled: false });
    const page = await signInPage(context, 'lead@demo.example');
    await page.goto(`${fresh}/domains/records`);
    const policy = question(page, 'records.policy');
    await policy.getByText('Comment and evidence').click();
    await policy.getByLabel('Comment', { exact: true }).fill('The archivist keeps the schedule');
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.locator('[id="q-records.policy"] .field-error').waitFor();
    await expect(
      question(page, 'records.policy').locator('.field-error').innerText(),
    ).resolves.toMatch(/choose an answer first/);
    await expect(
      question(page, 'records.policy').getByLabel('Comment', { exact: true }).inputValue(),
    ).resolves.toBe('The archivist keeps the schedule');
    expect(stored(fresh, 'records.policy')).toBeUndefined();
    await context.close();
  });
});
