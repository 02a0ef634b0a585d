import { addHubMember, addHub } from '~/models/hub.server';
import { createOrganisation } from '~/models/organisation.server';
import { createUser } from '~/models/user.server';
import type { Actor, Role } from '~/domain/policy';
import { assignCoordinator, grantRole, loadActor } from '~/models/role.server';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export function makeOrganisation(
  overrides: Partial<Parameters<typeof createOrganisation>[0]> = {},
): number {
  return createOrganisation({
    name: `Parliament ${unique()}`,
    country: `Country ${unique()}`,
    ipuGroup: 'twelve-plus',
    chamberType: 'unicameral',
    members: 100,
    staff: 300,
    incomeGroup: 'high',
    isDemo: false,
    ...overrides,
  });
}

export function makeHub(organisationIds: number[] = []): number {
  const id = addHub({ slug: `hub-${unique()}`, name: `Hub ${unique()}`, description: '' });
  for (const organisationId of organisationIds) addHubMember(id, organisationId);
  return id;
}

export function makeUser(
  options: {
    role?: Role;
    organisationId?: number;
    coordinates?: number;
    isAdmin?: boolean;
    passwordHash?: string;
  } = {},
): { id: number; email: string; actor: () => Actor } {
  const email = `person-${unique()}@test.example`;
  const id = createUser({
    email,
    name: 'Test Person',
    passwordHash: options.passwordHash ?? 'not-a-hash',
    isAdmin: options.isAdmin,
  });
  if (options.role && options.organisationId) grantRole(id, options.organisationId, options.role);
  if (options.coordinates) assignCoordinator(id, options.coordinates);
  return {
    id,
    email,
    actor: () => {
      const actor = loadActor(id);
      if (!actor) throw new Error('no actor');
      return actor;
    },
  };
}
