import { describe, expect, test } from 'vitest';
import { accountList } from '~/services/accounts.server';
import { createUser } from '~/models/user.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';
import { grantRole, assignCoordinator } from '~/models/role.server';

describe('the users page', () => {
  test('accounts with their roles and hubs, narrowed by a search, and what an invitation may name', () => {
    const organisation = makeOrganisation({ name: 'Listed Parliament' });
    const hub = makeHub();
    const busy = createUser({
      email: 'busy.person@list.example',
      name: 'Busy Person',
      passwordHash: 'x',
    });
    grantRole(busy, organisation, 'contributor');
    assignCoordinator(busy, hub);
    // Invited, no password yet.
    createUser({ email: 'waiting.person@list.example', name: 'Waiting Person' });
    makeUser();

    const found = accountList({ search: 'list.example' });
    expect(
      found.users.map((u) => [
        u.email,
        u.pending,
        u.roles.map((r) => `${r.role} ${r.organisationName}`),
        u.hubs.map((c) => c.hubId),
      ]),
    ).toEqual([
      ['busy.person@list.example', false, ['contributor Listed Parliament'], [hub]],
      ['waiting.person@list.example', true, [], []],
    ]);
    // A search matches names too, whatever their case.
    expect(accountList({ search: 'WAITING' }).users.map((u) => u.name)).toEqual(['Waiting Person']);
    expect(found.organisations).toContainEqual({ id: organisation, name: 'Listed Parliament' });
    expect(found.hubs.map((c) => c.id)).toContain(hub);
  });
});
