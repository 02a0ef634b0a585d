import { beforeAll, describe, expect, test } from 'vitest';
import { decideRequest, getHub, pendingRequests } from '~/models/hub.server';
import { askToJoinHub } from '~/services/hub-join-request.server';
import { organisationOverview } from '~/services/organisation-overview.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';

/*
 * A parliament member of hubs North and South; hubs East and West exist too. It asked to join
 * both: East has not answered, West declined.
 */

let parliament: number;
const hub = (members: number[]) => {
  const id = makeHub(members);
  return { id, name: getHub(id)?.name ?? '' };
};
let north: { id: number; name: string };
let south: { id: number; name: string };
let east: { id: number; name: string };
let west: { id: number; name: string };

beforeAll(() => {
  parliament = makeOrganisation();
  const lead = makeUser({ role: 'lead', organisationId: parliament }).id;
  north = hub([parliament]);
  south = hub([parliament]);
  east = hub([]);
  west = hub([]);
  for (const { id } of [east, west])
    askToJoinHub({ organisationId: parliament, requestedBy: lead, hubId: id, message: '' });
  const request = pendingRequests(west.id)[0];
  if (!request) throw new Error('no request to West');
  decideRequest(west.id, request.id, false, makeUser().id);
});

const names = (list: { name: string }[]) => list.map((h) => h.name).sort();

describe("a parliament's overview", () => {
  test('for those who manage the team: its hubs, the others it may join, its requests', () => {
    const view = organisationOverview({ organisationId: parliament, withRequests: true });
    expect(names(view.hubs)).toEqual(names([north, south]));
    expect(names(view.otherHubs)).toEqual(names([east, west]));
    expect(view.requests.map((r) => [r.hubName, r.status]).sort()).toEqual(
      [
        [east.name, 'pending'],
        [west.name, 'declined'],
      ].sort(),
    );
  });

  test('for everyone else: its hubs only', () => {
    const view = organisationOverview({ organisationId: parliament, withRequests: false });
    expect(names(view.hubs)).toEqual(names([north, south]));
    expect(view.otherHubs).toEqual([]);
    expect(view.requests).toEqual([]);
  });
});
