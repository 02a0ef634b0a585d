import { describe, expect, test } from 'vitest';
import { can, type Actor, type Permission } from '~/domain/policy';

const OWN = 1;
const SAME_HUB = 2;
const OTHER_HUB_ORG = 3;
const HUB = 10;
const OTHER_HUB = 20;

const actor = (overrides: Partial<Actor>): Actor => ({
  userId: 7,
  isAdmin: false,
  memberships: [],
  coordinatedHubs: [],
  ...overrides,
});
const people = {
  admin: actor({ isAdmin: true }),
  coordinator: actor({ coordinatedHubs: [HUB] }),
  lead: actor({ memberships: [{ organisationId: OWN, role: 'lead' }] }),
  contributor: actor({ memberships: [{ organisationId: OWN, role: 'contributor' }] }),
  viewer: actor({ memberships: [{ organisationId: OWN, role: 'viewer' }] }),
  learner: actor({}),
};
const org = (organisationId: number, extra: object = {}) => ({
  organisationId,
  hubIds: organisationId === OTHER_HUB_ORG ? [OTHER_HUB] : [HUB],
  ...extra,
});

type Who = keyof typeof people;
const table: [Permission, object | undefined, Who[]][] = [
  ['platform:administer', undefined, ['admin']],
  ['organisation:view', org(OWN), ['admin', 'coordinator', 'lead', 'contributor', 'viewer']],
  ['organisation:view', org(OTHER_HUB_ORG), ['admin']],
  ['organisation:manage-team', org(OWN), ['admin', 'lead']],
  ['organisation:manage-team', org(SAME_HUB), ['admin']],
  ['assessment:manage', org(OWN), ['lead']],
  ['assessment:answer', org(OWN, { assignees: [] }), ['lead']],
  ['assessment:answer', org(OWN, { assignees: [7] }), ['lead', 'contributor']],
  ['assessment:answer', org(OWN, { assignees: [7], submitted: true }), []],
  ['assessment:view', org(OWN, { submitted: false }), ['admin', 'lead', 'contributor', 'viewer']],
  [
    'assessment:view',
    org(OWN, { submitted: true }),
    ['admin', 'coordinator', 'lead', 'contributor', 'viewer'],
  ],
  ['assessment:view', org(OTHER_HUB_ORG, { submitted: true }), ['admin']],
  ['assessment:reopen', org(OWN, { submitted: true }), ['admin', 'coordinator']],
  ['assessment:reopen', org(OWN, { submitted: false }), []],
  ['results:view', org(OWN), ['admin', 'coordinator', 'lead', 'contributor', 'viewer']],
  ['results:view', org(SAME_HUB), ['admin', 'coordinator']],
  ['results:manage-visibility', org(OWN), ['lead']],
  ['hub:view', { hubId: HUB }, ['admin', 'coordinator']],
  ['hub:view', { hubId: OTHER_HUB }, ['admin']],
  ['hub:manage', { hubId: HUB }, ['admin', 'coordinator']],
];

describe('the policy', () => {
  test.each(table)('%s on %j: allowed for %j only', (permission, target, allowed) => {
    const granted = (Object.keys(people) as Who[]).filter((who) =>
      can(people[who], permission, target as Parameters<typeof can>[2]),
    );
    expect(granted).toEqual(allowed);
  });

  test('an organisation permission without a target is refused', () => {
    expect(can(people.admin, 'organisation:view')).toBe(false);
  });
});
