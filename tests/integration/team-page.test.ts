import { beforeAll, describe, expect, test } from 'vitest';
import { createUser, setDisabled } from '~/models/user.server';
import { grantRole } from '~/models/role.server';
import { teamPage } from '~/services/team-page.server';
import { makeOrganisation } from '../support/factories';

/*
 * The team page of a parliament with three people (by name: Ada, Bram, Chen) and someone of
 * another parliament, who is not listed.
 */

let parliament: number;

beforeAll(() => {
  parliament = makeOrganisation();
  const person = (name: string, passwordHash: string | null) =>
    createUser({ email: `${name.toLowerCase()}@team.example`, name, passwordHash });
  // Created out of alphabetical order: the page lists people by name.
  const chen = person('Chen', 'a-hash');
  const ada = person('Ada', 'a-hash');
  const bram = person('Bram', null);
  grantRole(chen, parliament, 'viewer');
  grantRole(ada, parliament, 'lead');
  grantRole(bram, parliament, 'contributor');
  setDisabled(chen, true);
  grantRole(person('Dora', 'a-hash'), makeOrganisation(), 'lead');
});

describe('the team page', () => {
  test('lists the people of the parliament by name, with their role and state', () => {
    expect(
      teamPage({ organisationId: parliament }).team.map((m) => ({
        name: m.name,
        email: m.email,
        role: m.role,
        pending: m.pending,
        disabled: m.disabled,
      })),
    ).toEqual([
      { name: 'Ada', email: 'ada@team.example', role: 'lead', pending: false, disabled: false },
      // Invited: no password chosen yet.
      {
        name: 'Bram',
        email: 'bram@team.example',
        role: 'contributor',
        pending: true,
        disabled: false,
      },
      { name: 'Chen', email: 'chen@team.example', role: 'viewer', pending: false, disabled: true },
    ]);
  });
});
