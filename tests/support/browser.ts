import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs } from './chromium';

export function baseURL(): string {
  return inject('baseURL');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: chromiumArgs,
  });
}

export function newContext(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; locale?: string; baseURL?: string } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: options.baseURL ?? baseURL(),
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: options.locale ?? 'en-GB',
  });
}

/** Violations axe rates serious or critical, as "rule: target" lines, for a readable failure. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`));
}

/**
 * axe for a page shown with JavaScript disabled. axe runs as a script, which such a page cannot
 * run, so the page as it stands (its HTML, without our scripts) is served again at the same
 * address to a context with scripts on, styles and all, and checked there.
 */
export async function seriousViolationsWithoutJavaScript(
  browser: Browser,
  page: Page,
): Promise<string[]> {
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const url = page.url();
  const context = await newContext(browser);
  try {
    const copy = await context.newPage();
    await copy.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await copy.goto(url);
    return await seriousAccessibilityViolations(copy);
  } finally {
    await context.close();
  }
}

/** Opens a page in the context and signs in through the real form. */
export async function signInPage(
  context: BrowserContext,
  email: string,
  password = 'demo-Assembly-2026',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The home page of whichever server the context talks to.
  await page.waitForURL(new URL('/', page.url()).href);
  return page;
}

/** Waits for React to take over the server-rendered page. */
export async function hydrated(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** A table's body as text cells: row header first, then the data cells. */
export function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page
    .locator(`${selector} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
}
