import { beforeAll, describe, expect, test } from 'vitest';
import { autosaveReply } from '~/domain/autosave-contract';
import { demoIds } from '../support/demo-ids';
import { Client } from '../support/http';

/*
 * Who may change answers, over real HTTP: the domain page's form, the autosave and "ready for
 * review" ask the same question (requireAnswerAccess) of the assessment read once. Valdoria's
 * contributor is given Governance in a draft of its own cycle; Strategy stays the lead's.
 */
const CYCLE = 2038;

let base = '';

beforeAll(async () => {
  const { valdoria, contributor } = demoIds();
  const lead = await new Client().signIn('lead@demo.example');
  const list = await lead.get(`/o/${valdoria}/assessments`);
  const versionId = /name="versionId"[^>]*>\s*<option value="(\d+)"/.exec(list.html)?.[1];
  const started = await lead.post(`/o/${valdoria}/assessments`, {
    versionId: versionId ?? '',
    cycle: String(CYCLE),
  });
  if (started.status !== 303) throw new Error(`start failed: ${started.status}`);
  base = (started.location ?? '').split('?')[0] ?? '';
  await lead.get(base);
  const assigned = await lead.post(`${base}?index`, {
    intent: 'assign',
    domainId: 'governance',
    userId: String(contributor),
  });
  if (assigned.status !== 200) throw new Error(`assignment failed: ${assigned.status}`);
});

async function as(email: string) {
  const client = await new Client().signIn(email);
  await client.get(base);
  return client;
}

describe('who may change answers', () => {
  test('the autosave: a contributor in the domain given to them only; a viewer nowhere', async () => {
    const contributor = await as('contributor@demo.example');
    const viewer = await as('viewer@demo.example');
    const save = (client: Client, questionId: string, operation: string) =>
      client.post(`${base}/answers`, {
        questionId,
        operation,
        [`${questionId}::revision`]: '0',
        [`${questionId}::answer`]: '2',
      });
    const cases: [string, Client, string, number, unknown][] = [
      // who, question, HTTP status, the reply (none with a refusal)
      ['contributor', contributor, 'governance.steering-committee', 200, 'saved'],
      ['contributor', contributor, 'strategy.plan', 403, undefined],
      // A question the questionnaire does not have is named as such, before anyone's rights.
      ['contributor', contributor, 'strategy.nothing', 400, 'invalid'],
      ['viewer', viewer, 'governance.steering-committee', 403, undefined],
    ];
    for (const [index, [who, client, questionId, status, reply]] of cases.entries()) {
      const response = await save(client, questionId, `answer-access-${index}`);
      const parsed = autosaveReply.safeParse(
        response.status === 403 ? undefined : JSON.parse(response.html),
      );
      expect([response.status, parsed.data?.status], `${who} ${questionId}`).toEqual([
        status,
        reply,
      ]);
    }
  });

  test("the domain page's form, and marking a domain ready for review", async () => {
    const contributor = await as('contributor@demo.example');
    const cases: [string, Record<string, string>, number][] = [
      [`${base}/domains/governance`, {}, 200],
      [`${base}/domains/strategy`, {}, 403],
      [`${base}/domains/nowhere`, {}, 404],
      [`${base}?index`, { intent: 'ready', domainId: 'governance' }, 200],
      [`${base}?index`, { intent: 'ready', domainId: 'strategy' }, 403],
      [`${base}?index`, { intent: 'not-ready', domainId: 'governance' }, 200],
    ];
    for (const [path, fields, status] of cases) {
      const response = await contributor.post(path, fields);
      expect(response.status, `${path} ${fields.intent ?? ''} ${fields.domainId ?? ''}`).toBe(
        status,
      );
    }
  });
});
