import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRequest } from '~/models/hub.server';
import { hubOverview } from '~/services/hub-overview.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';
import {
  openParliamentAssessment,
  registerOpenParliament,
  type OpenParliament,
} from '../support/open-parliament';

let model: OpenParliament;
let hub: number;
let coordinator: ReturnType<typeof makeUser>;
let names: Record<'submitted' | 'drafting' | 'empty' | 'absent', number>;
let asking: number;

const at = (month: number, day: number) => new Date(Date.UTC(2031, month - 1, day, 9));

beforeAll(() => {
  model = registerOpenParliament();
  names = {
    submitted: makeOrganisation({ name: 'A submitted', country: 'Aland' }),
    drafting: makeOrganisation({ name: 'B drafting', country: 'Borland' }),
    empty: makeOrganisation({ name: 'C empty draft', country: 'Corland' }),
    absent: makeOrganisation({ name: 'D not started', country: 'Dorland' }),
  };
  hub = makeHub(Object.values(names));
  coordinator = makeUser({ coordinates: hub });
  const base = { agenda: null, votes: null, petitions: null, submit: false };
  // 2031: three answers and submitted on 10 April; two answers on 3 March; none, started 1 February.
  openParliamentAssessment(model, {
    ...base,
    organisationId: names.submitted,
    cycle: 2031,
    agenda: 2,
    votes: 1,
    petitions: 3,
    submit: true,
    at: at(4, 10),
  });
  openParliamentAssessment(model, {
    ...base,
    organisationId: names.drafting,
    cycle: 2031,
    agenda: 1,
    votes: 1,
    at: at(3, 3),
  });
  openParliamentAssessment(model, {
    ...base,
    organisationId: names.empty,
    cycle: 2031,
    at: at(2, 1),
  });
  // An earlier cycle, so that the hub has two.
  openParliamentAssessment(model, {
    ...base,
    organisationId: names.submitted,
    cycle: 2030,
    agenda: 0,
    votes: 0,
    petitions: 0,
    submit: true,
  });
  asking = makeOrganisation({ name: 'E asking to join' });
  const lead = makeUser({ role: 'lead', organisationId: asking });
  createRequest({ hubId: hub, organisationId: asking, requestedBy: lead.id, message: 'Please' });
});

afterAll(() => model.remove());

describe('the hub overview', () => {
  test("each member's progress in the newest cycle, out of the questionnaire's 3 questions", () => {
    const view = hubOverview({
      hubId: hub,
      actor: coordinator.actor(),
      requestedCycle: undefined,
    });
    expect([view.cycles, view.cycle, view.total]).toEqual([[2031, 2030], 2031, 3]);
    expect(
      view.members.map((m) => [
        m.name,
        m.country,
        m.status,
        m.answered,
        m.lastActivity,
        m.submittedAt,
      ]),
    ).toEqual([
      [
        'A submitted',
        'Aland',
        'submitted',
        3,
        '2031-04-10T09:00:00.000Z',
        '2031-04-10T09:00:00.000Z',
      ],
      ['B drafting', 'Borland', 'draft', 2, '2031-03-03T09:00:00.000Z', null],
      // Nothing answered: its last activity is the day it was started.
      ['C empty draft', 'Corland', 'draft', 0, '2031-02-01T09:00:00.000Z', null],
      ['D not started', 'Dorland', 'not-started', 0, null, null],
    ]);
  });

  test.each([
    ['none asked: the newest', undefined, 2031, ['submitted', 'draft', 'draft', 'not-started']],
    ['a cycle the hub has', 2030, 2030, ['submitted', 'not-started', 'not-started', 'not-started']],
    [
      'a cycle the hub does not have: the newest',
      2029,
      2031,
      ['submitted', 'draft', 'draft', 'not-started'],
    ],
  ])('the cycle shown, %s', (_, requestedCycle, cycle, statuses) => {
    const view = hubOverview({ hubId: hub, actor: coordinator.actor(), requestedCycle });
    expect(view.cycle).toBe(cycle);
    expect(view.members.map((m) => m.status)).toEqual(statuses);
  });

  test('a hub without assessments shows this year, on the flagship questionnaire', () => {
    const quiet = makeHub([makeOrganisation()]);
    const view = hubOverview({
      hubId: quiet,
      actor: makeUser({ coordinates: quiet }).actor(),
      requestedCycle: 2030,
    });
    // The flagship 1.1 has 68 choice, 6 yes-no, 4 checklist, 3 number and 1 text questions: 82.
    expect([view.cycles, view.cycle, view.total]).toEqual([[], new Date().getFullYear(), 82]);
    expect(view.members.map((m) => m.status)).toEqual(['not-started']);
  });

  test.each([
    ['its coordinator', () => coordinator.actor(), true],
    ['an administrator', () => makeUser({ isAdmin: true }).actor(), true],
    ["another hub's coordinator", () => makeUser({ coordinates: makeHub() }).actor(), false],
  ])('join requests, for %s', (_, actor, manages) => {
    const view = hubOverview({ hubId: hub, actor: actor(), requestedCycle: undefined });
    expect(view.canManage).toBe(manages);
    expect(
      view.requests.map((r) => [r.organisationId, r.organisation, r.message, r.status]),
    ).toEqual(manages ? [[asking, 'E asking to join', 'Please', 'pending']] : []);
    if (manages) expect(view.requests[0]?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
