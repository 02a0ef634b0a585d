import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { renderMarkdown } from '~/lib/markdown.server';
import {
  hydrated,
  launchBrowser,
  newContext,
  seriousAccessibilityViolations,
  signInPage,
  tableRows,
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

interface StoredModule {
  check?: { questions: { id: string; options: { id: string; correct?: boolean }[] }[] };
}

/** The right option of each self-check question, as the module's author declared them. */
function rightAnswers(moduleId: string): Map<string, string> {
  const db = new Database(inject('databaseFile'), { readonly: true });
  try {
    const row = db.prepare('SELECT definition FROM course_modules WHERE id = ?').get(moduleId) as {
      definition: string;
    };
    const module = JSON.parse(row.definition) as StoredModule;
    return new Map(
      (module.check?.questions ?? []).map((q) => [
        q.id,
        q.options.find((o) => o.correct)?.id ?? '',
      ]),
    );
  } finally {
    db.close();
  }
}

describe('learning from an assessment', () => {
  test('a colleague opens a recommended module from the results, passes its self-check, and the progress shows for them and their lead', async () => {
    const context = await newContext(browser);
    const page = await signInPage(context, 'viewer@demo.example');
    await page.goto(`/o/${ids.valdoria}/assessments/${ids.valdoriaSubmitted}/results`);
    const section = page.locator('section[aria-labelledby="learning-title"]');
    const link = section.locator('.learning-path a').first();
    const title = ((await link.textContent()) ?? '').trim();
    const href = (await link.getAttribute('href')) ?? '';
    const moduleId = href.split('/').pop() ?? '';
    expect(title).not.toBe('');
    await link.click();
    await page.waitForURL(`**${href}`);
    // The address changes before the new page is drawn: wait for the module's own heading.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await hydrated(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Every answer wrong first: not passed, and the module is not completed.
    const answers = rightAnswers(moduleId);
    expect(answers.size).toBeGreaterThanOrEqual(3);
    for (const [question, right] of answers) {
      await page
        .locator(`input[name="check::${question}"]:not([value="${right}"])`)
        .first()
        .check();
    }
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await page.getByText('0 %: not passed yet.', { exact: false }).waitFor();
    expect(await page.locator('.progress-box').textContent()).not.toContain('Completed');
    // Then every answer right: passed, and completed.
    for (const [question, right] of answers) {
      await page.locator(`input[name="check::${question}"][value="${right}"]`).check();
    }
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await page.getByText('Passed with 100 %: the module is completed.').waitFor();

    await page.goto('/learn/mine');
    const completed = page.locator('section[aria-labelledby="completed-title"]');
    await expect(completed.getByRole('link', { name: title }).count()).resolves.toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();

    // The lead respondent sees it on the team's view of the learning path.
    const lead = await newContext(browser);
    const leadPage = await signInPage(lead, 'lead@demo.example');
    await leadPage.goto(`/o/${ids.valdoria}/learning`);
    const header = await leadPage
      .locator('table.team-progress thead th')
      .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));
    const column = header.indexOf(title);
    expect(column).toBeGreaterThan(0);
    const vera = (await tableRows(leadPage, 'table.team-progress')).find(
      (r) => r[0] === 'Vera Viewer',
    );
    expect(vera?.[column]).toBe('Completed');
    expect(await seriousAccessibilityViolations(leadPage)).toEqual([]);
    await lead.close();
  });

  test('hostile module content, rendered as the app renders it, runs no script in a real browser', async () => {
    const html = renderMarkdown(readFileSync('tests/fixtures/modules/hostile.md', 'utf8'));
    const context = await newContext(browser);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setContent(`<!doctype html><main>${html}</main>`);
    // Click every link and the element that had an onclick, as a curious reader would.
    for (const link of await page.locator('a').all()) {
      await link.click({ modifiers: ['Control'], noWaitAfter: true }).catch(() => undefined);
    }
    await page.getByText('bold inside html').click();
    // setContent waited for the load event (an image's onerror would have run by then), a click
    // returns once its handlers ran and any dialog they opened was dismissed, and this turn of
    // the page's task queue lets whatever the clicks queued run too: a state, not a time.
    await page.evaluate(() => new Promise((done) => setTimeout(done)));
    expect(dialogs).toEqual([]);
    expect(await page.locator('script, iframe, svg, img, style').count()).toBe(0);
    await context.close();
  });
});
