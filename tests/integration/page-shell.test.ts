import { describe, expect, test } from 'vitest';
import { pageShell } from '~/services/page-shell.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';
import { grantRole } from '~/models/role.server';

describe('what the page shell shows about the person', () => {
  test('a visitor who is not signed in: nothing', () => {
    expect(pageShell({ person: null })).toBeNull();
  });

  test('parliaments by name with the role in each, hubs by name, and the admin flag', () => {
    const zeta = makeOrganisation({ name: 'Zeta Assembly' });
    const alpha = makeOrganisation({ name: 'Alpha Parliament' });
    const hub = makeHub([zeta]);
    const person = makeUser({ role: 'contributor', organisationId: zeta, coordinates: hub });
    grantRole(person.id, alpha, 'lead');
    const shell = pageShell({
      person: { name: 'Test Person', email: person.email, isAdmin: false, actor: person.actor() },
    });
    expect(shell).toEqual({
      name: 'Test Person',
      email: person.email,
      isAdmin: false,
      // Alpha before Zeta, whatever the order the roles were given in.
      organisations: [
        { id: alpha, name: 'Alpha Parliament', role: 'lead' },
        { id: zeta, name: 'Zeta Assembly', role: 'contributor' },
      ],
      hubs: [{ id: hub, name: expect.stringMatching(/^Hub /) }],
    });
  });

  test('an administrator who is nowhere a member: empty lists', () => {
    const admin = makeUser({ isAdmin: true });
    const shell = pageShell({
      person: { name: 'Admin', email: admin.email, isAdmin: true, actor: admin.actor() },
    });
    expect(shell).toEqual({
      name: 'Admin',
      email: admin.email,
      isAdmin: true,
      organisations: [],
      hubs: [],
    });
  });
});
