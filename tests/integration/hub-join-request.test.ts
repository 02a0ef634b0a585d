import { beforeAll, describe, expect, test } from 'vitest';
import { pendingRequests } from '~/models/hub.server';
import { askToJoinHub } from '~/services/hub-join-request.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';

/* A parliament, member of one hub, asks to join hubs; each step follows the ones before it. */

let parliament: number;
let lead: number;
const hubs = { member: 0, other: 0 };

beforeAll(() => {
  parliament = makeOrganisation();
  lead = makeUser({ role: 'lead', organisationId: parliament }).id;
  hubs.member = makeHub([parliament]);
  hubs.other = makeHub();
});

describe('asking to join a hub', () => {
  test.each([
    { step: 'a hub that does not exist', hub: 'none', status: 'unknown-hub' },
    { step: 'a hub it is a member of', hub: 'member', status: 'already-member' },
    { step: 'another hub', hub: 'other', status: 'created' },
    {
      step: 'the same hub again, while the first request waits',
      hub: 'other',
      status: 'already-pending',
    },
  ] as const)('$step: $status', ({ hub, status }) => {
    const hubId = hub === 'none' ? 999_999 : hubs[hub];
    expect(
      askToJoinHub({ organisationId: parliament, requestedBy: lead, hubId, message: 'Hello' }),
    ).toEqual({ status });
  });

  test("the hub's coordinators find one request, with who asked and the message", () => {
    expect(
      pendingRequests(hubs.other).map((r) => [
        r.organisationId,
        r.requestedByName,
        r.message,
        r.status,
      ]),
    ).toEqual([[parliament, 'Test Person', 'Hello', 'pending']]);
    expect(pendingRequests(hubs.member)).toEqual([]);
  });
});
