import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  hydrated,
  launchBrowser,
  newContext,
  seriousAccessibilityViolations,
  signInPage,
} from '../support/browser';
import { demoIds } from '../support/demo-ids';
import { Client } from '../support/http';

/*
 * A coordinator may reopen a submitted assessment but not read it once reopened: after the
 * reopening they land on a hub page they may see, told what happened; an administrator stays on
 * the assessment. Each test reopens a 2024 assessment that no other test reads (see demo-ids.ts).
 */

const NOTICE = 'The 2024 assessment is reopened';

let browser: Browser;
let ids: ReturnType<typeof demoIds>;

beforeAll(async () => {
  browser = await launchBrowser();
  ids = demoIds();
});

afterAll(async () => {
  await browser.close();
});

/** Posts the page's reopen form where the form itself posts, as a browser without JavaScript does. */
async function reopenWithoutJavaScript(client: Client, path: string) {
  const form = await client.get(path);
  expect(form.status).toBe(200);
  const action = /<form[^>]*action="([^"]+)"[^>]*>(?:(?!<\/form>)[\s\S])*value="reopen"/.exec(
    form.html,
  )?.[1];
  expect(action).toBeDefined();
  const posted = await client.post(action ?? '', {
    intent: 'reopen',
    reason: 'A figure was wrong',
  });
  expect(posted.status).toBe(303);
  const landing = posted.location ?? '';
  return { path: landing, ...(await client.get(landing)) };
}

describe('reopening a submitted assessment', () => {
  test('a coordinator without JavaScript: the form post leads to a page that answers 200 and says so', async () => {
    const client = await new Client().signIn('coordinator@demo.example');
    const path = `/o/${ids.montevel}/assessments/${ids.montevel2024}`;
    const landing = await reopenWithoutJavaScript(client, path);
    expect(landing.status, landing.path).toBe(200);
    expect(landing.html).toContain(NOTICE);
    // The reopened assessment stays out of the coordinator's reach, as drafts do.
    expect((await client.get(path)).status).toBe(403);
  });

  test('an administrator, who may read it reopened, stays on the assessment', async () => {
    const client = await new Client().signIn('admin@demo.example');
    const path = `/o/${ids.karatov}/assessments/${ids.karatov2024}`;
    const landing = await reopenWithoutJavaScript(client, path);
    expect(landing.path).toBe(`${path}?reopened=1`);
    expect(landing.status).toBe(200);
    expect(landing.html).toContain('The assessment was reopened');
  });

  test('a coordinator with JavaScript: the same, in the browser', async () => {
    const context = await newContext(browser);
    const page = await signInPage(context, 'coordinator@demo.example');
    await page.goto(`/o/${ids.tauraki}/assessments/${ids.tauraki2024}`);
    await hydrated(page);
    await page.getByLabel('Reason for reopening').fill('A figure was wrong');
    await page.getByRole('button', { name: 'Reopen the assessment' }).click();
    await page.waitForURL((url) => url.searchParams.has('reopened'));
    // Whichever page it is, it has rendered one of the two: the notice or the refusal.
    const refusal = page.getByRole('heading', { name: 'You do not have access to this page' });
    const notice = page.getByText(NOTICE);
    await notice.or(refusal).first().waitFor();
    expect(await refusal.count()).toBe(0);
    expect(await notice.count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
