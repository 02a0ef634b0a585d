import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '~/db/client.server';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import { generateAnswers, profileFor } from '~/domain/demo-answers';
import { listHubs } from '~/models/hub.server';
import { getDefinition, listVersions } from '~/models/questionnaire.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';
import { reopenAssessment } from '~/services/reopen-assessment.server';
import { insertAssessment } from '~/services/bulk-assessments.server';
import { memberStatuses } from '~/services/hub-members.server';

/*
 * What the hub pages read per member: each assessment's own answer count, last activity and
 * submission date, never another assessment's; and per hub, its own members. Both once came from
 * correlated subqueries whose outer column SQLite bound to the inner table.
 */

const CYCLE = 2032;
let questionnaireId: string;
let versionId: number;
let definition: Questionnaire;

const day = (month: number, date: number) => new Date(Date.UTC(CYCLE, month - 1, date, 9));

/** An assessment of the cycle with the first `count` answers of a generated set, all written `at`. */
function assessment(
  organisationId: number,
  count: number,
  at: Date,
  options: { submit?: boolean; cycle?: number } = {},
): number {
  const all = generateAnswers(
    definition,
    profileFor(
      `member ${organisationId}`,
      2.5,
      definition.domains.map((d) => d.id),
    ),
    0,
    `${organisationId}`,
  );
  return insertAssessment({
    organisationId,
    questionnaireId,
    versionId,
    definition,
    cycle: options.cycle ?? CYCLE,
    answers: new Map([...all].slice(0, count)),
    userId: null,
    at,
    submit: options.submit ?? false,
  });
}

beforeAll(() => {
  const version = listVersions()
    .filter((v) => v.questionnaireId === 'parliamentary-ict-governance' && v.status === 'published')
    .at(-1);
  const found = version && getDefinition(version.id);
  if (!version || !found) throw new Error('the flagship questionnaire is not registered');
  questionnaireId = version.questionnaireId;
  versionId = version.id;
  definition = found;
});

describe('member statuses of a hub', () => {
  test("each member's answers, last activity and submission date are its own", () => {
    const drafting = makeOrganisation({ name: 'A drafting parliament' });
    const submitted = makeOrganisation({ name: 'B submitted parliament' });
    const empty = makeOrganisation({ name: 'C empty draft' });
    const absent = makeOrganisation({ name: 'D not started' });
    const hub = makeHub([drafting, submitted, empty, absent]);
    const coordinator = makeUser({ coordinates: hub });
    getDb().transaction(() => {
      assessment(drafting, 3, day(3, 1));
      assessment(submitted, 7, day(4, 10), { submit: true });
      assessment(empty, 0, day(2, 1));
      // Another cycle of the same parliament, busier and later, counts for nothing here.
      assessment(drafting, 10, day(6, 1), { cycle: CYCLE + 1 });
      // Nor does a parliament outside the hub.
      assessment(makeOrganisation(), 12, day(5, 5));
    });

    const rows = memberStatuses(hub, questionnaireId, CYCLE).map((m) => ({
      name: m.name,
      status: m.status,
      answered: m.answered,
      lastActivity: m.lastActivity?.toISOString() ?? null,
      submittedAt: m.submittedAt?.toISOString() ?? null,
    }));
    expect(rows).toEqual([
      // 3 answers, each written on 1 March with its history row and the 'started' event.
      {
        name: 'A drafting parliament',
        status: 'draft',
        answered: 3,
        lastActivity: '2032-03-01T09:00:00.000Z',
        submittedAt: null,
      },
      // 7 answers, started and submitted on 10 April.
      {
        name: 'B submitted parliament',
        status: 'submitted',
        answered: 7,
        lastActivity: '2032-04-10T09:00:00.000Z',
        submittedAt: '2032-04-10T09:00:00.000Z',
      },
      // Started on 1 February, nothing answered: its last activity is the 'started' event.
      {
        name: 'C empty draft',
        status: 'draft',
        answered: 0,
        lastActivity: '2032-02-01T09:00:00.000Z',
        submittedAt: null,
      },
      {
        name: 'D not started',
        status: 'not-started',
        answered: 0,
        lastActivity: null,
        submittedAt: null,
      },
    ]);

    // Reopening is activity too: the 'reopened' event is later than every answer.
    const submittedId = memberStatuses(hub, questionnaireId, CYCLE)[1]?.assessmentId ?? 0;
    const before = Date.now();
    expect(reopenAssessment(submittedId, coordinator.id, 'A figure was wrong')).toBe(true);
    const after = memberStatuses(hub, questionnaireId, CYCLE)[1];
    expect(after).toMatchObject({ status: 'reopened', answered: 7 });
    expect(after?.lastActivity?.getTime()).toBeGreaterThanOrEqual(before);
  });
});

describe('the list of hubs', () => {
  test('counts each hub its own members', () => {
    const small = makeHub([makeOrganisation()]);
    const large = makeHub([makeOrganisation(), makeOrganisation(), makeOrganisation()]);
    const none = makeHub();
    const counts = new Map(listHubs().map((c) => [c.id, c.members]));
    expect([counts.get(small), counts.get(large), counts.get(none)]).toEqual([1, 3, 0]);
  });
});
