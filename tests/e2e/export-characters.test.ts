import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { parseCsv } from '../support/csv';
import { demoIds } from '../support/demo-ids';
import { Client } from '../support/http';
import { unzip } from '../support/zip';

/*
 * People type, paste and import anything into a comment. Characters that XML 1.0 forbids
 * (control characters other than tab, line feed and carriage return; U+FFFE and U+FFFF; lone
 * surrogates) must not reach a workbook, whose parts are XML: one such character in one answer
 * made Excel refuse a hub's whole export. Every export writes them as U+FFFD instead, and keeps
 * the rest of the text as typed.
 */
const CYCLE = 2035;
const TYPED = 'Plan\uFFFEkept\u0001in a drawer\uD800, line one\nline two, a\ttab, 🏛 and é';
// Each forbidden character becomes U+FFFD; the lone surrogate already becomes one on the way
// in (a form is sent as UTF-8), and that is what the database keeps.
const EXPORTED = 'Plan\uFFFDkept\uFFFDin a drawer\uFFFD, line one\nline two, a\ttab, 🏛 and é';

/** XML 1.0's Char production: the only characters a document may hold, anywhere. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

let browser: Browser;
let ids: ReturnType<typeof demoIds>;

beforeAll(async () => {
  browser = await launchBrowser();
  ids = demoIds();
});

afterAll(async () => {
  await browser.close();
});

async function submitWithComment(comment: string) {
  const lead = await new Client().signIn('lead@demo.example');
  const list = await lead.get(`/o/${ids.valdoria}/assessments`);
  const versionId = /name="versionId"[^>]*>\s*<option value="(\d+)"/.exec(list.html)?.[1];
  const started = await lead.post(`/o/${ids.valdoria}/assessments`, {
    versionId: versionId ?? '',
    cycle: String(CYCLE),
  });
  expect(started.status).toBe(303);
  const base = (started.location ?? '').split('?')[0] ?? '';
  const question = ids.firstQuestion;
  const saved = await lead.post(`${base}/answers`, {
    questionId: question,
    operation: `export-characters-${CYCLE}`,
    [`${question}::answer`]: '2',
    [`${question}::comment`]: comment,
    [`${question}::revision`]: '0',
  });
  expect(JSON.parse(saved.html)).toMatchObject({ status: 'saved' });
  expect((await lead.post(`${base}/submit`, {})).status).toBe(303);
}

describe('exports hold only characters that their formats allow', () => {
  test('an answer with U+FFFE, U+0001 and a lone surrogate: the workbook opens, and every format keeps the rest of the text', async () => {
    await submitWithComment(TYPED);
    const coordinator = await new Client().signIn('coordinator@demo.example');
    const path = (format: string) =>
      `/hubs/${ids.hubGovernance}/export.${format}?kind=answers&cycle=${CYCLE}`;

    const response = await coordinator.request(path('xlsx'));
    expect(response.status).toBe(200);
    const workbook = await response.arrayBuffer();
    const parts = [...unzip(Buffer.from(workbook))].filter(([name]) => /\.(xml|rels)$/.test(name));
    expect(parts.map(([name]) => name)).toContain('xl/worksheets/sheet1.xml');

    const page = await browser.newPage();
    try {
      for (const [name, bytes] of parts) {
        // Valid UTF-8, only XML characters, and well-formed for the browser's strict XML parser.
        const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        const forbidden = [...xml.matchAll(NOT_XML_CHAR)].map(
          (m) => `U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
        );
        expect(forbidden, name).toEqual([]);
        const parseError = await page.evaluate((source) => {
          const doc = new DOMParser().parseFromString(source, 'application/xml');
          return doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
        }, xml);
        expect(parseError, name).toBeNull();
      }
    } finally {
      await page.close();
    }

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook);
    const cells: unknown[] = [];
    book.worksheets[0]?.eachRow((row) => cells.push(...(row.values as unknown[])));
    expect(cells).toContain(EXPORTED);

    const csv = parseCsv(await (await coordinator.request(path('csv'))).text());
    expect(csv.flat()).toContain(EXPORTED);
    const json = (await (await coordinator.request(path('json'))).json()) as Record<
      string,
      unknown
    >[];
    expect(json.flatMap((row) => Object.values(row))).toContain(EXPORTED);
  });
});
