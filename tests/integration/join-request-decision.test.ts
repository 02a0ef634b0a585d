import { beforeAll, describe, expect, test } from 'vitest';
import { listAudit } from '~/models/audit.server';
import { createRequest, isHubMember, pendingRequests } from '~/models/hub.server';
import { decideJoinRequest } from '~/services/join-request-decision.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';

let hub: number;
let other: number;
let coordinator: number;

beforeAll(() => {
  hub = makeHub();
  other = makeHub();
  coordinator = makeUser({ coordinates: hub }).id;
});

/** A parliament asking to join `hubId`, and the id of its pending request. */
function asking(hubId: number): { organisationId: number; requestId: number } {
  const organisationId = makeOrganisation();
  const lead = makeUser({ role: 'lead', organisationId });
  createRequest({ hubId, organisationId, requestedBy: lead.id, message: '' });
  const request = pendingRequests(hubId).find((r) => r.organisationId === organisationId);
  if (!request) throw new Error('no pending request');
  return { organisationId, requestId: request.id };
}

const decide = (hubId: number, requestId: number, accept: boolean) =>
  decideJoinRequest({ hubId, requestId, accept, userId: coordinator, address: '198.51.100.4' });

const logged = (organisationId: number) =>
  listAudit({ limit: 1000 })
    .filter((e) => e.organisationId === organisationId && e.action.startsWith('hub.request-'))
    .map((e) => [e.action, e.targetType, e.targetId, e.address]);

describe('deciding a join request', () => {
  test.each([
    ['accepted: the parliament joins the hub', true, 'accepted', true],
    ['declined: it stays out', false, 'declined', false],
  ])('%s', (_, accept, status, member) => {
    const { organisationId, requestId } = asking(hub);
    expect(decide(hub, requestId, accept)).toEqual({ status, organisationId });
    expect(isHubMember(hub, organisationId)).toBe(member);
    expect(pendingRequests(hub).some((r) => r.id === requestId)).toBe(false);
    expect(logged(organisationId)).toEqual([
      [`hub.request-${status}`, 'hub', String(hub), '198.51.100.4'],
    ]);
  });

  test.each([
    // Decided in another tab first.
    [
      'a request already decided',
      () => {
        const { requestId } = asking(hub);
        decide(hub, requestId, false);
        return { hubId: hub, requestId };
      },
    ],
    // Another hub's request, named from this hub's page.
    ["another hub's request", () => ({ hubId: hub, requestId: asking(other).requestId })],
    ['an id that names no request', () => ({ hubId: hub, requestId: 0 })],
  ])('%s is gone, and nothing changes', (_, given) => {
    const { hubId, requestId } = given();
    const before = listAudit({ limit: 1 })[0]?.id;
    expect(decide(hubId, requestId, true)).toEqual({ status: 'gone' });
    expect(listAudit({ limit: 1 })[0]?.id).toBe(before);
  });

  test("the other hub's request stays pending, and its parliament out of this hub", () => {
    const { organisationId, requestId } = asking(other);
    decide(hub, requestId, true);
    expect(pendingRequests(other).map((r) => r.id)).toContain(requestId);
    expect(isHubMember(hub, organisationId)).toBe(false);
  });
});
