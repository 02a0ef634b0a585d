import { beforeAll, describe, expect, test } from 'vitest';
import { listAudit } from '~/models/audit.server';
import { createRequest, isCohortMember, pendingRequests } from '~/models/cohort.server';
import { decideJoinRequest } from '~/services/join-request-decision.server';
import { makeCohort, makeOrganisation, makeUser } from '../support/factories';

let hub: number;
let other: number;
let coordinator: number;

beforeAll(() => {
  hub = makeCohort();
  other = makeCohort();
  coordinator = makeUser({ coordinates: hub }).id;
});

/** A parliament asking to join `cohortId`, and the id of its pending request. */
function asking(cohortId: number): { organisationId: number; requestId: number } {
  const organisationId = makeOrganisation();
  const lead = makeUser({ role: 'lead', organisationId });
  createRequest({ cohortId, organisationId, requestedBy: lead.id, message: '' });
  const request = pendingRequests(cohortId).find((r) => r.organisationId === organisationId);
  if (!request) throw new Error('no pending request');
  return { organisationId, requestId: request.id };
}

const decide = (cohortId: number, requestId: number, accept: boolean) =>
  decideJoinRequest({ cohortId, requestId, accept, userId: coordinator, address: '198.51.100.4' });

const logged = (organisationId: number) =>
  listAudit({ limit: 1000 })
    .filter((e) => e.organisationId === organisationId && e.action.startsWith('cohort.request-'))
    .map((e) => [e.action, e.targetType, e.targetId, e.address]);

describe('deciding a join request', () => {
  test.each([
    ['accepted: the parliament joins the hub', true, 'accepted', true],
    ['declined: it stays out', false, 'declined', false],
  ])('%s', (_, accept, status, member) => {
    const { organisationId, requestId } = asking(hub);
    expect(decide(hub, requestId, accept)).toEqual({ status, organisationId });
    expect(isCohortMember(hub, organisationId)).toBe(member);
    expect(pendingRequests(hub).some((r) => r.id === requestId)).toBe(false);
    expect(logged(organisationId)).toEqual([
      [`cohort.request-${status}`, 'cohort', String(hub), '198.51.100.4'],
    ]);
  });

  test.each([
    // Decided in another tab first.
    [
      'a request already decided',
      () => {
        const { requestId } = asking(hub);
        decide(hub, requestId, false);
        return { cohortId: hub, requestId };
      },
    ],
    // Another hub's request, named from this hub's page.
    ["another hub's request", () => ({ cohortId: hub, requestId: asking(other).requestId })],
    ['an id that names no request', () => ({ cohortId: hub, requestId: 0 })],
  ])('%s is gone, and nothing changes', (_, given) => {
    const { cohortId, requestId } = given();
    const before = listAudit({ limit: 1 })[0]?.id;
    expect(decide(cohortId, requestId, true)).toEqual({ status: 'gone' });
    expect(listAudit({ limit: 1 })[0]?.id).toBe(before);
  });

  test("the other hub's request stays pending, and its parliament out of this hub", () => {
    const { organisationId, requestId } = asking(other);
    decide(hub, requestId, true);
    expect(pendingRequests(other).map((r) => r.id)).toContain(requestId);
    expect(isCohortMember(hub, organisationId)).toBe(false);
  });
});
