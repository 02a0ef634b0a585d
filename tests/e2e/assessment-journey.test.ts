import Database from 'better-sqlite3';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import {
  hydrated,
  launchBrowser,
  newContext,
  signInPage,
  seriousAccessibilityViolations,
  seriousViolationsWithoutJavaScript,
} from '../support/browser';
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

function readDb() {
  return new Database(inject('databaseFile'), { readonly: true });
}

async function startAssessment(page: Page, cycle: number, prefill = false): Promise<string> {
  await page.goto(`/o/${ids.valdoria}/assessments`);
  await page.getByLabel('Cycle (year)').fill(String(cycle));
  const box = page.getByLabel(/Pre-fill from the last submitted cycle/);
  if ((await box.count()) > 0 && (await box.isChecked()) !== prefill) await box.click();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessments\/\d+/);
  // The address changes before the new page is drawn: wait for the assessment's own heading.
  await page.getByRole('heading', { level: 2, name: `Assessment ${cycle}` }).waitFor();
  return new URL(page.url()).pathname.replace(/\/$/, '');
}

/** Answers one question block in the browser and waits for the server to confirm. */
async function answer(question: Locator, pick: number) {
  const radios = question.locator('input[type=radio]:not([value^="__"])');
  const boxes = question.locator('input[type=checkbox]');
  const number = question.locator('input[type=number]');
  const text = question.locator('textarea[name$="::text"]');
  if ((await radios.count()) > 0) {
    await radios.nth(pick % (await radios.count())).check();
  } else if ((await boxes.count()) > 0) {
    await boxes.first().check();
  } else if ((await number.count()) > 0) {
    await number.fill(String(10 + pick));
    await number.blur();
  } else if ((await text.count()) > 0) {
    await text.fill('Modernise the plenary system and train staff.');
    await text.blur();
  }
  await question.locator('.question__status .saved').waitFor();
}

async function answerDomain(page: Page, base: string, domainId: string, pick: number) {
  await page.goto(`${base}/domains/${domainId}`);
  await hydrated(page);
  const questions = page.locator('fieldset.question');
  const count = await questions.count();
  for (let i = 0; i < count; i++) await answer(questions.nth(i), pick + i);
  return count;
}

function domainIds(): string[] {
  const db = readDb();
  const row = db
    .prepare(
      "SELECT definition FROM questionnaire_versions WHERE questionnaire_id = 'parliamentary-ict-governance' AND status = 'published' ORDER BY id DESC LIMIT 1",
    )
    .get() as { definition: string };
  db.close();
  return (JSON.parse(row.definition) as { domains: { id: string }[] }).domains.map((d) => d.id);
}

describe('the assessment journey', () => {
  test('a lead starts, a contributor answers an assigned domain, the lead answers the rest, submits and reads the results', async () => {
    const leadContext = await newContext(browser);
    const lead = await signInPage(leadContext, 'lead@demo.example');
    const base = await startAssessment(lead, 2031);
    expect(await seriousAccessibilityViolations(lead)).toEqual([]);

    const domains = domainIds();
    const assigned = domains.at(-1) ?? '';
    await hydrated(lead);
    const row = lead.locator('tr').filter({ has: lead.locator(`a[href$="/domains/${assigned}"]`) });
    await row.getByLabel('Carlos Contributor').check();
    await row.getByRole('button', { name: /Save who answers/ }).click();
    await lead.getByText('The assignment is saved.').waitFor();

    const contributorContext = await newContext(browser);
    const contributor = await signInPage(contributorContext, 'contributor@demo.example');
    const answeredByContributor = await answerDomain(contributor, base, assigned, 2);
    expect(answeredByContributor).toBeGreaterThan(2);
    expect(await seriousAccessibilityViolations(contributor)).toEqual([]);
    await contributor.goto(base);
    await contributor.getByRole('button', { name: /ready for review/ }).click();
    await contributor.getByText('The domain is marked ready for review.').waitFor();
    // Another domain is not the contributor's to answer.
    await contributor.goto(`${base}/domains/${domains[0]}`);
    await contributor.getByText(/only the people it is assigned to/).waitFor();
    await contributorContext.close();

    for (const [index, domainId] of domains.entries()) {
      if (domainId !== assigned) await answerDomain(lead, base, domainId, index);
    }

    await lead.goto(`${base}/submit`);
    await lead.getByText('Every question is answered.').waitFor();
    expect(await seriousAccessibilityViolations(lead)).toEqual([]);
    await lead.getByRole('button', { name: 'Submit the assessment' }).click();
    await lead.waitForURL(/\/results\?submitted=1$/);
    await lead.getByText(/Submitted. These are your results/).waitFor();
    await lead.locator('canvas').first().waitFor();
    const rows = await lead.locator('table.results-table > tbody > tr').count();
    expect(rows).toBe(domains.length);
    expect(await seriousAccessibilityViolations(lead)).toEqual([]);

    const db = readDb();
    const assessmentId = Number(base.split('/').pop());
    const stored = db
      .prepare('SELECT status, answers_hash FROM assessments WHERE id = ?')
      .get(assessmentId) as { status: string; answers_hash: string };
    const answerRows = db
      .prepare('SELECT count(*) AS n FROM answers WHERE assessment_id = ?')
      .get(assessmentId) as { n: number };
    const byContributor = db
      .prepare(
        "SELECT count(*) AS n FROM answers a JOIN users u ON u.id = a.updated_by WHERE a.assessment_id = ? AND u.email = 'contributor@demo.example'",
      )
      .get(assessmentId) as { n: number };
    db.close();
    expect(stored.status).toBe('submitted');
    expect(stored.answers_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(byContributor.n).toBe(answeredByContributor);
    expect(answerRows.n).toBeGreaterThan(domains.length * 4);
    await leadContext.close();
  }, 300_000);

  test('without JavaScript, a domain is answered with the Save button', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await signInPage(context, 'lead@demo.example');
    const base = await startAssessment(page, 2032);
    const first = domainIds()[0] ?? '';
    await page.goto(`${base}/domains/${first}`);
    const questions = page.locator('fieldset.question');
    const count = await questions.count();
    for (let i = 0; i < count; i++) {
      const q = questions.nth(i);
      const radios = q.locator('input[type=radio]:not([value^="__"])');
      if ((await radios.count()) > 0)
        await radios.nth(Math.min(2, (await radios.count()) - 1)).check();
      else if ((await q.locator('input[type=checkbox]').count()) > 0)
        await q.locator('input[type=checkbox]').first().check();
      else if ((await q.locator('input[type=number]').count()) > 0)
        await q.locator('input[type=number]').fill('12');
      else if ((await q.locator('textarea[name$="::text"]').count()) > 0)
        await q.locator('textarea[name$="::text"]').fill('Our priorities');
    }
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByText(/Saved: \d+ answers? changed/).waitFor();
    expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
    await page.goto(base);
    await page.getByText(new RegExp(`${count} of \\d+ questions answered`)).waitFor();
    await context.close();
  }, 120_000);

  test('two people change the same answer: the later sees both, chooses, and nothing is lost', async () => {
    const leadContext = await newContext(browser);
    const lead = await signInPage(leadContext, 'lead@demo.example');
    const base = await startAssessment(lead, 2033);
    const domain = domainIds()[0] ?? '';
    await lead.goto(`${base}/domains/${domain}`);
    await hydrated(lead);

    const otherContext = await newContext(browser);
    const other = await signInPage(otherContext, 'lead@demo.example');
    await other.goto(`${base}/domains/${domain}`);
    await hydrated(other);

    const mine = lead.locator('fieldset.question').first();
    const theirs = other.locator('fieldset.question').first();
    await mine.locator('input[type=radio][value="1"]').check();
    await mine.locator('.question__status .saved').waitFor();
    await theirs.locator('input[type=radio][value="4"]').check();
    await theirs.getByText(/changed this answer while you were working on it/).waitFor();
    await theirs.getByText('Their answer:').waitFor();
    await theirs.getByRole('button', { name: 'Keep my answer' }).click();
    await theirs.locator('.question__status .saved').waitFor();

    const assessmentId = Number(base.split('/').pop());
    const db = readDb();
    const questionId = db
      .prepare('SELECT question_id FROM answer_history WHERE assessment_id = ? ORDER BY id LIMIT 1')
      .get(assessmentId) as { question_id: string };
    const history = db
      .prepare(
        "SELECT json_extract(after, '$.value') AS value, revision FROM answer_history WHERE assessment_id = ? AND question_id = ? ORDER BY revision",
      )
      .all(assessmentId, questionId.question_id) as { value: string; revision: number }[];
    const current = db
      .prepare('SELECT value, revision FROM answers WHERE assessment_id = ? AND question_id = ?')
      .get(assessmentId, questionId.question_id) as { value: string; revision: number };
    db.close();
    expect(history).toEqual([
      { value: '1', revision: 1 },
      { value: '4', revision: 2 },
    ]);
    expect(current).toEqual({ value: '"4"', revision: 2 });
    await leadContext.close();
    await otherContext.close();
  }, 120_000);

  test('axe finds nothing serious on the targets, history and overview pages', async () => {
    const context = await newContext(browser);
    const page = await signInPage(context, 'lead@demo.example');
    await page.goto(`/o/${ids.valdoria}/assessments`);
    const link = page.getByRole('link', { name: 'Cycle 2025' });
    await link.click();
    await page.waitForURL(/\/assessments\/\d+$/);
    const base = new URL(page.url()).pathname;
    for (const path of [base, `${base}/targets`, `${base}/history`, `${base}/results`]) {
      await page.goto(path);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    }
    await context.close();
  }, 120_000);
});
