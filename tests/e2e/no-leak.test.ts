import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { parseCsv } from '../support/csv';
import { Client } from '../support/http';
import { demoIds } from '../support/demo-ids';
import { fillPath, pagePaths } from '../support/routes';

/*
 * A parliament's answers are its own. The lead respondent of Azanu writes a distinctive comment
 * into Azanu's assessment in progress; then every signed-in role of the demo (other than Azanu's
 * own people and the administrators who run the platform) requests every page, export and
 * endpoint, for every parliament and hub they could name, and none may contain it. Benchmark
 * figures are checked against the disclosure threshold wherever they are published.
 */
const CANARY = `canary-${Date.now().toString(36)}-azanu-only`;
const MINIMUM = 5;
const principals = {
  anonymous: null,
  learner: 'learner@demo.example',
  viewer: 'viewer@demo.example',
  contributor: 'contributor@demo.example',
  lead: 'lead@demo.example',
  coordinator: 'coordinator@demo.example',
  'coordinator of another hub': 'coordinator.africa@demo.example',
} as const;

let ids: ReturnType<typeof demoIds>;
let draftId = 0;

function query<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(inject('databaseFile'), { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

/** Bodies as text; workbooks unpacked to their cell values, so that nothing hides in the zip. */
async function readable(response: Response): Promise<string> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('spreadsheetml')) return response.text();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))));
  return cells.join('\n');
}

beforeAll(async () => {
  ids = demoIds();
  const azanuLead = await new Client().signIn('lead.azanu@demo.example');
  const draft = query<{ id: number } | undefined>(
    "SELECT id FROM assessments WHERE organisation_id = ? AND status IN ('draft', 'reopened') ORDER BY id DESC LIMIT 1",
    ids.azanu,
  );
  if (draft) draftId = draft.id;
  else {
    const version = query<{ id: number }>(
      "SELECT id FROM questionnaire_versions WHERE questionnaire_id = 'parliamentary-ict-governance' AND status = 'published' ORDER BY id DESC LIMIT 1",
    );
    await azanuLead.get(`/o/${ids.azanu}/assessments`);
    const started = await azanuLead.post(`/o/${ids.azanu}/assessments`, {
      versionId: String(version.id),
      cycle: '2027',
    });
    draftId = Number(/assessments\/(\d+)/.exec(started.location ?? '')?.[1]);
  }
  expect(draftId).toBeGreaterThan(0);
  const question = ids.firstQuestion;
  const revision =
    query<{ revision: number } | undefined>(
      'SELECT revision FROM answers WHERE assessment_id = ? AND question_id = ?',
      draftId,
      question,
    )?.revision ?? 0;
  await azanuLead.get(`/o/${ids.azanu}/assessments/${draftId}/domains/${ids.firstDomain}`);
  const saved = await azanuLead.post(`/o/${ids.azanu}/assessments/${draftId}/answers`, {
    questionId: question,
    operation: `no-leak-${Date.now()}`,
    [`${question}::answer`]: '2',
    [`${question}::comment`]: `Our plan is kept in a drawer (${CANARY}).`,
    [`${question}::revision`]: String(revision),
  });
  expect(saved.status).toBe(200);
  // The canary really is in the database, so that its absence below means something.
  expect(
    query<{ n: number }>('SELECT count(*) AS n FROM answers WHERE comment LIKE ?', `%${CANARY}%`).n,
  ).toBe(1);
});

function urls(): string[] {
  const organisations = [ids.valdoria, ids.lindmark, ids.bekora, ids.azanu];
  const assessments = [ids.valdoriaSubmitted, ids.lindmarkSubmitted, ids.bekoraSubmitted, draftId];
  const hubs = [ids.hubGovernance, ids.hubAfrica];
  const list = new Set<string>();
  for (const { path } of pagePaths()) {
    if (path.startsWith('/admin') || path === '/logout' || path === '/language') continue;
    organisations.forEach((orgId, i) => {
      for (const hubId of hubs) {
        list.add(
          fillPath(path, {
            orgId,
            assessmentId: assessments[i] ?? 0,
            hubId,
            domainId: ids.firstDomain,
            moduleId: ids.firstModule,
            userId: ids.leadAzanu,
            token: 'not-a-real-token',
            lng: 'en',
          }),
        );
      }
    });
  }
  for (const hubId of hubs) {
    for (const format of ['csv', 'xlsx', 'json']) {
      list.add(`/hubs/${hubId}/export.${format}?kind=answers`);
      list.add(`/hubs/${hubId}/export.${format}?kind=answers&cycle=2026`);
    }
    list.add(`/o/${ids.valdoria}/dashboard?hub=${hubId}`);
  }
  return [...list];
}

describe('nothing of another parliament leaks', () => {
  test.each(Object.entries(principals))(
    '%s sees no other parliament’s answers anywhere',
    async (_, email) => {
      const client = email ? await new Client().signIn(email) : new Client();
      const leaks: string[] = [];
      let pagesRead = 0;
      for (const url of urls()) {
        const response = await client.request(url);
        const body = await readable(response);
        if (response.status === 200) pagesRead++;
        if (body.includes(CANARY)) leaks.push(`${url} (${response.status})`);
      }
      expect(leaks).toEqual([]);
      expect(pagesRead).toBeGreaterThan(email ? 10 : 5);
    },
    180_000,
  );

  test("Azanu's own lead does see the comment (the canary is findable)", async () => {
    const client = await new Client().signIn('lead.azanu@demo.example');
    const { html } = await client.get(
      `/o/${ids.azanu}/assessments/${draftId}/domains/${ids.firstDomain}`,
    );
    expect(html).toContain(CANARY);
  });

  test('open benchmark figures: no group below the threshold shows a figure, and no figure stands on fewer peers', async () => {
    const response = await fetch(`${new Client().base}/open-data/benchmarks.json`);
    expect(response.status).toBe(200);
    const data = (await response.json()) as {
      minimumPeers: number;
      groups: {
        key: string;
        parliaments: number;
        nodes: { figures: { count: number } | null; suppressed: string | null }[];
      }[];
    };
    expect(data.minimumPeers).toBe(MINIMUM);
    const shownGroups = data.groups.filter((g) => g.nodes.some((n) => n.figures));
    const hiddenGroups = data.groups.filter((g) => g.parliaments === 0);
    expect(shownGroups.length).toBeGreaterThan(0);
    expect(hiddenGroups.length).toBeGreaterThan(0);
    for (const group of data.groups) {
      for (const node of group.nodes) {
        if (node.figures) expect(node.figures.count, group.key).toBeGreaterThanOrEqual(MINIMUM);
        else expect(node.suppressed, group.key).toBeTruthy();
      }
      if (group.parliaments === 0) expect(group.nodes.every((n) => n.figures === null)).toBe(true);
    }
    // The CSV is the same table: no row shows a count below the threshold either.
    const csv = await (await fetch(`${new Client().base}/open-data/benchmarks.csv`)).text();
    const [header = [], ...rows] = parseCsv(csv);
    const countColumn = header.indexOf('count');
    expect(countColumn).toBeGreaterThanOrEqual(0);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const count = row[countColumn];
      if (count) expect(Number(count)).toBeGreaterThanOrEqual(MINIMUM);
    }
  });
});
