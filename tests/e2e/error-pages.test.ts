import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  baseURL,
  hydrated,
  launchBrowser,
  newContext,
  seriousAccessibilityViolations,
} from '../support/browser';
import { demoIds } from '../support/demo-ids';
import { DEMO_PASSWORD } from '../support/http';
import { startServer } from '../support/server';

/*
 * Error pages speak the person's language on the server and after the scripts take over: the
 * same <html lang>, heading and title, and no hydration error (React's #418, #423, #425) that
 * would re-render the page in another language.
 */

const speakers = [
  {
    locale: 'en-GB',
    lang: 'en',
    switcher: 'English',
    site: 'ICT Governance Maturity for Parliaments',
    notFound: 'Page not found',
    forbidden: 'You do not have access to this page',
    failed: 'Something went wrong',
  },
  {
    locale: 'fr-FR',
    lang: 'fr',
    switcher: 'Français',
    site: 'Maturité de la gouvernance des TIC pour les parlements',
    notFound: 'Page introuvable',
    forbidden: "Vous n'avez pas accès à cette page",
    failed: "Une erreur s'est produite",
  },
] as const;

type Speaker = (typeof speakers)[number];

let browser: Browser;
let ids: ReturnType<typeof demoIds>;

beforeAll(async () => {
  browser = await launchBrowser();
  ids = demoIds();
});

afterAll(async () => {
  await browser.close();
});

/**
 * Console errors and uncaught exceptions, collected from the page's first request on. Chromium
 * also reports an error page's own status as a resource that failed to load: that one is the
 * page under test, not a problem of it.
 */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const ownStatus =
      message.text().startsWith('Failed to load resource: the server responded with a status') &&
      message.location().url === page.url();
    if (!ownStatus) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** What a person and a screen reader get from the document. */
async function documentOf(page: Page) {
  const html = page.locator('html');
  return {
    lang: await html.getAttribute('lang'),
    dir: await html.getAttribute('dir'),
    headings: (await page.locator('main h1').allTextContents()).map((text) => text.trim()),
    title: await page.title(),
  };
}

function expected(speaker: Speaker, heading: string) {
  return {
    lang: speaker.lang,
    dir: 'ltr',
    headings: [heading],
    title: `${heading} · ${speaker.site}`,
  };
}

/** Signs in through the form whatever the page's language (the labels are translated). */
async function signIn(context: BrowserContext, email: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('/login');
  await page.locator('main input[name="email"]').fill(email);
  await page.locator('main input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL(`${baseURL()}/`);
  await page.close();
}

/** The page as a person sees it, with its status and any console problem. */
async function visit(
  speaker: Speaker,
  path: string,
  { email, javaScriptEnabled }: { email?: string; javaScriptEnabled: boolean },
) {
  const context = await newContext(browser, { locale: speaker.locale, javaScriptEnabled });
  try {
    if (email) await signIn(context, email);
    const page = await context.newPage();
    const problems = problemsOf(page);
    const response = await page.goto(path);
    if (javaScriptEnabled) await hydrated(page);
    return { status: response?.status(), ...(await documentOf(page)), problems };
  } finally {
    await context.close();
  }
}

/** The server's document as sent (no scripts), then the same after hydration. */
async function expectErrorPage(
  speaker: Speaker,
  path: string,
  { status, heading, email }: { status: number; heading: string; email?: string },
) {
  const page = { status, ...expected(speaker, heading), problems: [] };
  expect(await visit(speaker, path, { email, javaScriptEnabled: false })).toEqual(page);
  expect(await visit(speaker, path, { email, javaScriptEnabled: true })).toEqual(page);
}

describe.each(speakers)('error pages in a $locale browser', (speaker) => {
  test('an address that matches no page is a 404 in the browser’s language', async () => {
    await expectErrorPage(speaker, '/no-such-page', { status: 404, heading: speaker.notFound });
  });

  test('an unknown module id is a 404 in the browser’s language', async () => {
    await expectErrorPage(speaker, '/learn/modules/no-such-module', {
      status: 404,
      heading: speaker.notFound,
      email: 'contributor@demo.example',
    });
  });

  test('another parliament’s page is a 403 in the browser’s language', async () => {
    await expectErrorPage(speaker, `/o/${ids.bekora}`, {
      status: 403,
      heading: speaker.forbidden,
      email: 'contributor@demo.example',
    });
  });

  test('axe finds nothing serious or critical on the 404 and 403 pages', async () => {
    const context = await newContext(browser, { locale: speaker.locale });
    try {
      await signIn(context, 'contributor@demo.example');
      const page = await context.newPage();
      for (const path of ['/no-such-page', `/o/${ids.bekora}`]) {
        await page.goto(path);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});

describe('the language chosen with the switcher', () => {
  test.each([
    [speakers[1], speakers[0]],
    [speakers[0], speakers[1]],
  ])(
    'wins over a $locale browser’s, chosen on the 404 page itself',
    async (browserLanguage, chosen) => {
      const context = await newContext(browser, { locale: browserLanguage.locale });
      try {
        const page = await context.newPage();
        const problems = problemsOf(page);
        await page.goto('/no-such-page');
        expect(await documentOf(page)).toEqual(expected(browserLanguage, browserLanguage.notFound));
        await hydrated(page);
        const [answer] = await Promise.all([
          page.waitForResponse(`${baseURL()}/language`),
          page.getByRole('button', { name: chosen.switcher }).click(),
        ]);
        // The page's form carried a valid CSRF token: the choice is kept and the person sent back.
        expect(answer.status()).toBe(303);
        await page.waitForFunction(
          (lang) =>
            document.documentElement.lang === lang &&
            document.documentElement.dataset.hydrated === 'true',
          chosen.lang,
        );
        expect(page.url()).toBe(`${baseURL()}/no-such-page`);
        expect(await documentOf(page)).toEqual(expected(chosen, chosen.notFound));
        // And on the next error page too.
        await page.goto('/still-no-such-page');
        await hydrated(page);
        expect(await documentOf(page)).toEqual(expected(chosen, chosen.notFound));
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe('an unexpected failure', () => {
  const databaseFile = resolve('tests/.tmp', `error-pages-${Date.now()}.db`);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;

  beforeAll(async () => {
    server = await startServer({ databaseFile });
    // The sessions table disappears under the running server: every signed-in request fails.
    const sqlite = new Database(databaseFile);
    sqlite.exec('ALTER TABLE sessions RENAME TO sessions_gone');
    sqlite.close();
  });

  afterAll(async () => {
    await server?.stop();
    for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
  });

  test.each(speakers)('is a 500 in a $locale browser’s language', async (speaker) => {
    const url = server?.url ?? '';
    const context = await browser.newContext({ baseURL: url, locale: speaker.locale });
    try {
      await context.addCookies([{ name: 'session', value: 'some-session', url }]);
      const page = await context.newPage();
      const problems = problemsOf(page);
      const response = await page.goto('/');
      expect(response?.status()).toBe(500);
      expect(await documentOf(page)).toEqual(expected(speaker, speaker.failed));
      await hydrated(page);
      expect(await documentOf(page)).toEqual(expected(speaker, speaker.failed));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
