import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  baseURL,
  launchBrowser,
  newContext,
  seriousAccessibilityViolations,
} from '../support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('document titles', () => {
  test('a page that rendered has one title, its own', async () => {
    for (const path of ['/', '/login', '/reset-password']) {
      const html = await (await fetch(`${baseURL()}${path}`)).text();
      const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
      expect([path, titles.length]).toEqual([path, 1]);
      expect(titles[0]).not.toContain('Something went wrong');
    }
  });
});

describe('home page', () => {
  test('speaks English to an English browser, with lang and dir set', async () => {
    const context = await newContext(browser, { locale: 'en-GB' });
    const page = await context.newPage();
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('ltr');
    await expect(page.locator('h1').textContent()).resolves.toContain(
      "Know where your parliament's ICT governance stands",
    );
    await expect(page.title()).resolves.toContain('ICT Governance Maturity for Parliaments');
    await context.close();
  });

  test('speaks French to a French browser', async () => {
    const context = await newContext(browser, { locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.locator('h1').textContent()).resolves.toContain(
      'Sachez où en est la gouvernance des TIC',
    );
    await context.close();
  });

  test('the language switch works without JavaScript and is remembered', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Français' }).click();
    // The form posts and comes back to the same address: waiting for the address would return
    // at once, with the old page. Wait for the French page itself.
    await page.getByRole('link', { name: 'Aller au contenu principal' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(
      page.getByRole('link', { name: 'Aller au contenu principal' }).count(),
    ).resolves.toBe(1);
    // The choice outlives the browser's preference on the next visit.
    await page.goto('/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Sachez');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Skip to main content' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await context.close();
  });

  test('with JavaScript the page hydrates without errors under the CSP', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto('/');
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    expect(problems).toEqual([]);
    await context.close();
  });

  test.each(['en-GB', 'fr-FR'])('axe finds nothing serious or critical (%s)', async (locale) => {
    const context = await newContext(browser, { locale });
    const page = await context.newPage();
    await page.goto('/');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('HTTP basics', () => {
  test('/healthz answers 200 when the database is there', async () => {
    const response = await fetch(`${baseURL()}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: 'ok' });
  });

  test('documents carry a CSP whose nonce is on every script, and security headers', async () => {
    const response = await fetch(`${baseURL()}/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  test('each request gets a new nonce', async () => {
    const nonces = await Promise.all(
      [1, 2].map(async () => (await fetch(`${baseURL()}/`)).headers.get('content-security-policy')),
    );
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test('a cross-site POST is refused before it reaches the app', async () => {
    const response = await fetch(`${baseURL()}/language`, {
      method: 'POST',
      headers: {
        Origin: 'https://evil.example',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'lng=fr&redirectTo=/',
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  test('an unknown page is a 404 in the site layout', async () => {
    const response = await fetch(`${baseURL()}/no-such-page`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
});
