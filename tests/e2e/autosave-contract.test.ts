import Database from 'better-sqlite3';
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { autosaveHttpStatus, autosaveReply } from '~/domain/autosave-contract';
import { hydrated, launchBrowser, newContext, signInPage } from '../support/browser';
import { demoIds } from '../support/demo-ids';
import { Client } from '../support/http';

/*
 * The autosave contract (app/domain/autosave-contract.ts) against the built server: every kind
 * of reply the answering route sends parses with it and comes with the status it names, and the
 * page's script takes a reply outside it for no answer at all. A draft of its own cycle keeps
 * these saves away from the other tests' assessments.
 */
const CYCLE = 2036;

let browser: Browser;
let base = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const { valdoria } = demoIds();
  const lead = await new Client().signIn('lead@demo.example');
  const list = await lead.get(`/o/${valdoria}/assessments`);
  const versionId = /name="versionId"[^>]*>\s*<option value="(\d+)"/.exec(list.html)?.[1];
  const started = await lead.post(`/o/${valdoria}/assessments`, {
    versionId: versionId ?? '',
    cycle: String(CYCLE),
  });
  if (started.status !== 303) throw new Error(`start failed: ${started.status}`);
  base = (started.location ?? '').split('?')[0] ?? '';
});

afterAll(async () => {
  await browser.close();
});

describe('every reply of the route parses with the contract', () => {
  test('saved, duplicate, unchanged, conflict and each kind of invalid', async () => {
    const lead = await new Client().signIn('lead@demo.example');
    await lead.get(`${base}/domains/strategy`);
    const send = async (questionId: string, operation: string, fields: Record<string, string>) => {
      const response = await lead.post(`${base}/answers`, {
        questionId,
        operation,
        [`${questionId}::revision`]: '0',
        ...fields,
      });
      const parsed = autosaveReply.safeParse(JSON.parse(response.html));
      if (!parsed.success)
        throw new Error(`${response.status} ${response.html} is outside the contract`);
      expect(response.status).toBe(autosaveHttpStatus(parsed.data));
      return { status: response.status, reply: parsed.data };
    };
    const plan = { 'strategy.plan::answer': '2' };

    // The first answer to the question: revision 1.
    const saved = await send('strategy.plan', 'contract-plan-1', plan);
    expect(saved).toMatchObject({ status: 200, reply: { status: 'saved', revision: 1 } });
    // A new operation with the answer as stored, on revision 1: nothing to write.
    expect(
      await send('strategy.plan', 'contract-plan-2', { ...plan, 'strategy.plan::revision': '1' }),
    ).toEqual({ status: 200, reply: { status: 'unchanged', revision: 1 } });
    // Another answer on revision 1: revision 2.
    expect(
      await send('strategy.plan', 'contract-plan-3', {
        'strategy.plan::answer': '3',
        'strategy.plan::revision': '1',
      }),
    ).toMatchObject({ status: 200, reply: { status: 'saved', revision: 2 } });
    // The first operation again, as a retry sends it: counted once, at the revision it made.
    expect(await send('strategy.plan', 'contract-plan-1', plan)).toEqual({
      status: 200,
      reply: { status: 'duplicate', revision: 1 },
    });
    // Another answer on revision 0, which is stale since the first save.
    expect(
      await send('strategy.plan', 'contract-plan-4', { 'strategy.plan::answer': '4' }),
    ).toMatchObject({
      status: 409,
      reply: {
        status: 'conflict',
        current: { state: 'answered', value: '3', revision: 2, updatedByName: 'Lena Lead' },
      },
    });

    const invalid: [string, string, Record<string, string>, string, number][] = [
      ['strategy.nothing', 'contract-unknown-1', {}, 'answer.unknownQuestion', 400],
      [
        'strategy.alignment',
        'short',
        { 'strategy.alignment::answer': '1' },
        'answer.badOperation',
        400,
      ],
      [
        'strategy.alignment',
        'contract-alignment-1',
        { 'strategy.alignment::comment': 'To discuss' },
        'answer.chooseFirst',
        400,
      ],
      [
        'strategy.alignment',
        'contract-alignment-2',
        { 'strategy.alignment::answer': '9' },
        'answer.notAnOption',
        400,
      ],
      [
        'service.resolution-rate',
        'contract-rate-1',
        { 'service.resolution-rate::number': '150' },
        'answer.numberOutOfRange',
        400,
      ],
      // The first save's operation id, sent for another question.
      [
        'strategy.alignment',
        'contract-plan-1',
        { 'strategy.alignment::answer': '1' },
        'answer.operationReused',
        409,
      ],
    ];
    for (const [questionId, operation, fields, error, status] of invalid) {
      expect(await send(questionId, operation, fields), error).toEqual({
        status,
        reply: { status: 'invalid', error },
      });
    }
  });
});

describe("the page's script", () => {
  test('takes a reply outside the contract for no answer: "Saving…" holds, and the same operation is sent again', async () => {
    const context = await newContext(browser);
    const page = await signInPage(context, 'lead@demo.example');
    await page.goto(`${base}/domains/governance`);
    await hydrated(page);
    const operations: string[] = [];
    const held: Route[] = [];
    await page.route(
      (url) => url.pathname === `${base}/answers`,
      async (route) => {
        operations.push(
          new URLSearchParams(route.request().postData() ?? '').get('operation') ?? '',
        );
        // The first reply says "saved" but carries neither revision nor time: not the contract's.
        if (operations.length === 1)
          await route.fulfill({ status: 200, json: { status: 'saved' } });
        else held.push(route);
      },
    );
    const charter = page.locator('#q-governance\\.charter');
    const status = charter.locator('.question__status');
    await charter.locator('input[type=radio]').first().check();

    await expect.poll(() => held.length).toBe(1);
    expect(operations[1]).toBe(operations[0]);
    await expect.poll(() => status.textContent()).toBe('Saving…');
    expect(await status.locator('.saved').count()).toBe(0);

    await held[0]?.continue();
    await status.locator('.saved').waitFor();
    expect(operations).toHaveLength(2);
    const db = new Database(inject('databaseFile'), { readonly: true, fileMustExist: true });
    try {
      const rows = db
        .prepare('SELECT question_id AS questionId FROM answer_history WHERE operation_id = ?')
        .all(operations[0]);
      expect(rows).toEqual([{ questionId: 'governance.charter' }]);
    } finally {
      db.close();
    }
    await context.close();
  });
});
