import { describe, expect, test } from 'vitest';
import { listAudit } from '~/models/audit.server';
import { hubCoordinators, hubMemberList, getHub, type Hub } from '~/models/hub.server';
import { listMessages } from '~/models/outbox.server';
import { findUserByEmail } from '~/models/user.server';
import { changeHub, hubRecord, type HubChange } from '~/services/hub-record.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';

function newHub(members: number[] = []): Hub {
  const found = getHub(makeHub(members));
  if (!found) throw new Error('no hub');
  return found;
}

const change = (hub: Hub, what: HubChange) =>
  changeHub({
    hub,
    change: what,
    admin: { id: makeUser({ isAdmin: true }).id, name: 'Ada Admin' },
    language: 'en',
    address: '192.0.2.5',
  });

const lastEntry = () => listAudit({ limit: 1 })[0];

describe('a hub as an administrator edits it', () => {
  test('its members and coordinators, and the parliaments that could still join', () => {
    const inside = makeOrganisation({ name: 'Inside Parliament', country: 'Inland' });
    const outside = makeOrganisation({ name: 'Outside Parliament', country: 'Outland' });
    const hub = newHub([inside]);
    const coordinator = makeUser({ coordinates: hub.id });
    const record = hubRecord({ hub });
    expect(record.hub).toEqual(hub);
    expect(record.members).toEqual([{ id: inside, name: 'Inside Parliament', country: 'Inland' }]);
    expect(record.coordinators.map((c) => c.id)).toEqual([coordinator.id]);
    // Candidates are named with their country; a member is not one.
    expect(record.candidates).toContainEqual({ id: outside, name: 'Outside Parliament (Outland)' });
    expect(record.candidates.some((c) => c.id === inside)).toBe(false);
  });
});

describe('changing a hub', () => {
  test('renaming it', async () => {
    const hub = newHub();
    const outcome = await change(hub, {
      intent: 'edit',
      name: 'Renamed Hub',
      description: 'New',
    });
    expect(outcome).toEqual({ status: 'saved' });
    expect([getHub(hub.id)?.name, getHub(hub.id)?.description]).toEqual(['Renamed Hub', 'New']);
    expect([lastEntry()?.action, lastEntry()?.targetId]).toEqual(['hub.updated', String(hub.id)]);
  });

  test.each([
    ['an existing parliament joins', () => makeOrganisation(), 'member-added', 1],
    // Nothing is written, nothing is logged.
    ['a parliament that does not exist', () => 999_999, 'unknown-organisation', 0],
  ])('adding a member: %s', async (_, organisation, status, members) => {
    const hub = newHub();
    const organisationId = organisation();
    const before = lastEntry()?.id;
    expect(await change(hub, { intent: 'add-member', organisationId })).toEqual({ status });
    expect(hubMemberList(hub.id)).toHaveLength(members);
    if (members)
      expect([lastEntry()?.action, lastEntry()?.organisationId]).toEqual([
        'hub.member-added',
        organisationId,
      ]);
    else expect(lastEntry()?.id).toBe(before);
  });

  test('removing a member, and a coordinator', async () => {
    const [stays, leaves] = [makeOrganisation(), makeOrganisation()];
    const hub = newHub([stays, leaves]);
    const coordinator = makeUser({ coordinates: hub.id });
    expect(await change(hub, { intent: 'remove-member', organisationId: leaves })).toEqual({
      status: 'member-removed',
    });
    expect(hubMemberList(hub.id).map((m) => m.id)).toEqual([stays]);
    expect([lastEntry()?.action, lastEntry()?.organisationId]).toEqual([
      'hub.member-removed',
      leaves,
    ]);
    expect(await change(hub, { intent: 'remove-coordinator', userId: coordinator.id })).toEqual({
      status: 'coordinator-removed',
    });
    expect(hubCoordinators(hub.id)).toEqual([]);
    expect([lastEntry()?.action, lastEntry()?.targetId, lastEntry()?.detail]).toEqual([
      'coordinator.removed',
      String(coordinator.id),
      { hubId: hub.id },
    ]);
  });

  test('inviting a coordinator: a new account, the assignment, and an invitation by e-mail', async () => {
    const hub = newHub();
    const email = 'new.coordinator@hub-record.example';
    const outcome = await change(hub, { intent: 'add-coordinator', email, name: 'Nia New' });
    expect(outcome).toEqual({ status: 'coordinator-invited' });
    const invited = findUserByEmail(email);
    expect(hubCoordinators(hub.id).map((c) => c.id)).toEqual([invited?.id]);
    expect(listMessages({ limit: 1 })[0]?.to).toBe(email);
  });

  test('inviting a coordinator to a hub removed meanwhile: nobody is created', async () => {
    const removed = { ...newHub(), id: 999_999 };
    const email = 'orphan.coordinator@hub-record.example';
    const outcome = await change(removed, { intent: 'add-coordinator', email, name: 'Olu Orphan' });
    expect(outcome).toEqual({ status: 'hub-gone' });
    expect(findUserByEmail(email)).toBeUndefined();
  });
});
