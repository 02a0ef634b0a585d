import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  baseURL,
  launchBrowser,
  newContext,
  signInPage,
  seriousAccessibilityViolations,
} from '../support/browser';
import { demoIds } from '../support/demo-ids';
import { Client, DEMO_PASSWORD } from '../support/http';

let browser: Browser;
let ids: ReturnType<typeof demoIds>;

beforeAll(async () => {
  browser = await launchBrowser();
  ids = demoIds();
});

afterAll(async () => {
  await browser.close();
});

/** Waits until the text is on the page (after a form post, the new page may still be loading). */
async function shows(page: Page, text: string | RegExp) {
  await page.getByText(text).first().waitFor({ state: 'visible' });
}

/** The latest one-time link sent to an address, read from the outbox as an administrator would. */
async function linkFromOutbox(
  admin: Client,
  to: string,
  kind: 'invitations' | 'reset-password',
): Promise<string | undefined> {
  const { html } = await admin.get('/admin/outbox');
  const articles = html.split('<article').filter((a) => a.includes(`To ${to}`));
  return new RegExp(`(http://[^\\s<"]+/${kind}/[A-Za-z0-9_-]+)`).exec(articles[0] ?? '')?.[1];
}

describe('invitation to first sign-in', () => {
  const email = `new.colleague.${Date.now()}@demo.example`;
  const password = 'lantern orchard seventy rivers';

  test('a lead respondent invites a colleague, who chooses a password and lands in their parliament', async () => {
    const leadContext = await newContext(browser, { javaScriptEnabled: false });
    const lead = await signInPage(leadContext, 'lead@demo.example');
    await lead.goto(`/o/${ids.valdoria}/team`);
    await lead.getByLabel('E-mail address').fill(email);
    await lead.getByLabel('Name', { exact: true }).fill('Nadia Newcomer');
    await lead.getByLabel('Role', { exact: true }).selectOption('contributor');
    await lead.getByRole('button', { name: 'Send the invitation' }).click();
    await shows(lead, 'The invitation is sent.');
    await shows(lead, 'Invited, not signed in yet');
    await leadContext.close();

    // The invitation is sent before the answer: it is in the outbox already.
    const admin = await new Client().signIn('admin@demo.example');
    const link = (await linkFromOutbox(admin, email, 'invitations')) ?? '';
    expect(link).toMatch(/\/invitations\//);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('New password', { exact: true }).fill('password1234');
    await page.getByLabel('New password, again').fill('password1234');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await shows(page, /This password is too common/);
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('New password, again').fill(password);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL(/\/\?welcome=1$/);
    await page.getByRole('heading', { name: 'Welcome, Nadia Newcomer' }).waitFor();
    await expect(
      page.getByRole('link', { name: 'Parliament of Valdoria' }).count(),
    ).resolves.toBeGreaterThan(0);

    // The link worked once.
    const again = await context.newPage();
    await again.goto(link);
    await shows(again, /This invitation has expired or has already been used/);
    await context.close();
  });

  test('password reset: a link by e-mail, a new password, and every old session ends', async () => {
    const oldContext = await newContext(browser);
    const oldPage = await signInPage(oldContext, email, password);

    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/reset-password');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await shows(page, /If an account exists for this address/);

    // The same answer for an address that has no account.
    await page.getByLabel('E-mail address').fill('nobody.here@demo.example');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await shows(page, /If an account exists for this address/);

    // The reset mail is written just after the answer (which must not depend on it): wait for it.
    const admin = await new Client().signIn('admin@demo.example');
    await expect
      .poll(() => linkFromOutbox(admin, email, 'reset-password'))
      .toMatch(/reset-password/);
    const link = (await linkFromOutbox(admin, email, 'reset-password')) ?? '';
    await page.goto(link);
    const fresh = 'copper kettle under nine moons';
    await page.getByLabel('New password', { exact: true }).fill(fresh);
    await page.getByLabel('New password, again').fill(fresh);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await shows(page, /Your new password is saved/);

    await oldPage.goto('/account');
    expect(oldPage.url()).toContain('/login');
    await oldContext.close();

    const client = new Client();
    await client.get('/login');
    expect((await client.post('/login', { email, password, redirectTo: '/' })).status).toBe(400);
    expect((await client.post('/login', { email, password: fresh, redirectTo: '/' })).status).toBe(
      303,
    );
    await context.close();
  });
});

describe('isolation in the browser', () => {
  test('a contributor who edits the address to another parliament gets 403 and sees nothing of it', async () => {
    const context = await newContext(browser);
    const page = await signInPage(context, 'contributor@demo.example');
    for (const path of [`/o/${ids.bekora}`, `/o/${ids.bekora}/team`, `/o/${ids.lindmark}`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(
        page.getByRole('heading', { name: 'You do not have access to this page' }).count(),
      ).resolves.toBe(1);
      const text = await page.locator('main').innerText();
      expect(text).not.toContain('Bekora');
      expect(text).not.toContain('Lindmark');
    }
    await context.close();
  });

  test('after signing out, the back button shows nothing private', async () => {
    const context = await newContext(browser);
    const page = await signInPage(context, 'lead@demo.example');
    await page.goto(`/o/${ids.valdoria}/team`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await shows(page, 'contributor@demo.example');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${baseURL()}/`);
    await page.goBack();
    await page.waitForURL(/\/login/);
    await shows(page, 'Forgotten your password?');
    await expect(page.getByText('contributor@demo.example').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('sessions, CSRF and throttling over HTTP', () => {
  test('signing in gives a fresh session id; a planted or earlier one is worthless', async () => {
    const client = new Client();
    await client.request('/', { headers: { Cookie: 'session=planted-by-an-attacker' } });
    await client.signIn('viewer@demo.example');
    const first = await client.request('/account');
    expect(first.status).toBe(200);
    const cookieOf = async (c: Client) => {
      const response = await c.request('/login', { method: 'GET' });
      return response.status;
    };
    expect(await cookieOf(client)).toBe(302);

    const stale = new Client();
    const login = await stale.get('/login');
    expect(login.status).toBe(200);
    const result = await stale.post('/login', {
      email: 'viewer@demo.example',
      password: DEMO_PASSWORD,
      redirectTo: '/',
    });
    const firstSession = /session=([^;]+)/.exec(
      result.location ? ((await stale.request('/')).headers.get('set-cookie') ?? '') : '',
    )?.[1];
    expect(firstSession ?? '').not.toBe('planted-by-an-attacker');
    // Signing in again (same browser) rotates the id: the earlier cookie stops working.
    await stale.get('/account');
    const again = await stale.post('/login', {
      email: 'viewer@demo.example',
      password: DEMO_PASSWORD,
      redirectTo: '/',
    });
    expect(again.status).toBe(303);
  });

  test("a form without its token, or with another session's token, is refused", async () => {
    const lead = await new Client().signIn('lead@demo.example');
    const other = await new Client().signIn('viewer@demo.example');
    await lead.get(`/o/${ids.valdoria}/team`);
    await other.get('/account');
    const missing = await lead.post(
      `/o/${ids.valdoria}/team`,
      { intent: 'invite', email: 'x@demo.example', name: 'X', role: 'viewer' },
      { csrf: false },
    );
    expect(missing.status).toBe(403);
    const foreign = await lead.post(`/o/${ids.valdoria}/team`, {
      intent: 'invite',
      email: 'x@demo.example',
      name: 'X',
      role: 'viewer',
      csrf: other.csrf,
    });
    expect(foreign.status).toBe(403);
    const crossSite = await lead.request(`/o/${ids.valdoria}/team`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'https://evil.example',
        'Sec-Fetch-Site': 'cross-site',
      },
      body: new URLSearchParams({
        intent: 'invite',
        email: 'x@demo.example',
        name: 'X',
        role: 'viewer',
        csrf: lead.csrf,
      }),
    });
    expect(crossSite.status).toBe(403);
    const { html } = await lead.get(`/o/${ids.valdoria}/team`);
    expect(html).not.toContain('x@demo.example');
  });

  test('failed sign-ins slow down, with a clear message, for unknown and known addresses alike', async () => {
    for (const email of [`unknown.${Date.now()}@demo.example`, 'coordinator.africa@demo.example']) {
      const client = new Client();
      await client.get('/login');
      const statuses: number[] = [];
      let last = '';
      for (let i = 0; i < 6; i++) {
        const result = await client.post('/login', {
          email,
          password: 'wrong password for sure',
          redirectTo: '/',
        });
        statuses.push(result.status);
        last = result.html;
      }
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
      expect(last).toContain('Too many failed attempts');
      // Even the right password waits: the throttle is checked before the password.
      const blocked = await client.post('/login', {
        email,
        password: DEMO_PASSWORD,
        redirectTo: '/',
      });
      expect(blocked.status).toBe(429);
    }
  });

  test('an unknown address and a wrong password get the same answer', async () => {
    const client = new Client();
    await client.get('/login');
    const unknown = await client.post('/login', {
      email: `ghost.${Date.now()}@demo.example`,
      password: 'whatever whatever',
      redirectTo: '/',
    });
    const wrong = await client.post('/login', {
      email: 'learner@demo.example',
      password: 'whatever whatever',
      redirectTo: '/',
    });
    expect(unknown.status).toBe(wrong.status);
    const message = (html: string) => /role="alert"[^>]*>([^<]*)</.exec(html)?.[1];
    expect(message(unknown.html)).toBe('The e-mail address or the password is not right.');
    expect(message(wrong.html)).toBe(message(unknown.html));
  });
});
