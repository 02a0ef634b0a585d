import { beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '~/domain/policy';
import { listAudit } from '~/models/audit.server';
import { roleOf } from '~/models/role.server';
import { changeTeamRole, type TeamChange } from '~/services/team-roles.server';
import { makeOrganisation, makeUser } from '../support/factories';

/*
 * A parliament's team: one lead respondent (Lena), a contributor (Carl), a viewer (Vera), and
 * Olga, lead respondent of another parliament. Each step below starts from the team the steps
 * before it left; a parliament always keeps at least one lead respondent.
 */

let parliament: number;
let other: number;
const people: Record<'lena' | 'carl' | 'vera' | 'olga' | 'nobody', number> = {
  lena: 0,
  carl: 0,
  vera: 0,
  olga: 0,
  nobody: 999_999,
};

beforeAll(() => {
  parliament = makeOrganisation();
  other = makeOrganisation();
  people.lena = makeUser({ role: 'lead', organisationId: parliament }).id;
  people.carl = makeUser({ role: 'contributor', organisationId: parliament }).id;
  people.vera = makeUser({ role: 'viewer', organisationId: parliament }).id;
  people.olga = makeUser({ role: 'lead', organisationId: other }).id;
});

const change = (person: keyof typeof people, what: TeamChange) =>
  changeTeamRole({
    organisationId: parliament,
    actorId: people.lena,
    userId: people[person],
    change: what,
    address: '192.0.2.1',
  });

const roles = () =>
  Object.fromEntries(
    (['lena', 'carl', 'vera'] as const).map((p) => [p, roleOf(people[p], parliament) ?? null]),
  );

describe('changing roles and removing people', () => {
  test.each<{
    step: string;
    person: keyof typeof people;
    what: TeamChange;
    outcome: string;
    after: Record<string, Role | null>;
  }>([
    {
      step: 'Carl becomes a viewer',
      person: 'carl',
      what: { intent: 'change-role', role: 'viewer' },
      outcome: 'changed',
      after: { lena: 'lead', carl: 'viewer', vera: 'viewer' },
    },
    {
      step: 'the only lead respondent cannot become a contributor',
      person: 'lena',
      what: { intent: 'change-role', role: 'contributor' },
      outcome: 'last-lead',
      after: { lena: 'lead', carl: 'viewer', vera: 'viewer' },
    },
    {
      step: 'nor be removed',
      person: 'lena',
      what: { intent: 'remove' },
      outcome: 'last-lead',
      after: { lena: 'lead', carl: 'viewer', vera: 'viewer' },
    },
    {
      step: 'but may stay lead respondent',
      person: 'lena',
      what: { intent: 'change-role', role: 'lead' },
      outcome: 'changed',
      after: { lena: 'lead', carl: 'viewer', vera: 'viewer' },
    },
    {
      step: 'a change of role must name one',
      person: 'carl',
      what: { intent: 'change-role' },
      outcome: 'no-role',
      after: { lena: 'lead', carl: 'viewer', vera: 'viewer' },
    },
    {
      step: 'someone of another parliament is not on this team',
      person: 'olga',
      what: { intent: 'remove' },
      outcome: 'not-member',
      after: { lena: 'lead', carl: 'viewer', vera: 'viewer' },
    },
    {
      step: 'nor is an unknown person',
      person: 'nobody',
      what: { intent: 'change-role', role: 'viewer' },
      outcome: 'not-member',
      after: { lena: 'lead', carl: 'viewer', vera: 'viewer' },
    },
    {
      step: 'Vera becomes lead respondent',
      person: 'vera',
      what: { intent: 'change-role', role: 'lead' },
      outcome: 'changed',
      after: { lena: 'lead', carl: 'viewer', vera: 'lead' },
    },
    {
      step: 'with two lead respondents, Lena may leave',
      person: 'lena',
      what: { intent: 'remove' },
      outcome: 'removed',
      after: { lena: null, carl: 'viewer', vera: 'lead' },
    },
  ])('$step: $outcome', ({ person, what, outcome, after }) => {
    expect(change(person, what)).toEqual({ status: outcome });
    expect(roles()).toEqual(after);
  });

  test('each change is in the audit log, with the roles before and after; refusals are not', () => {
    const entries = listAudit({ limit: 10 })
      .filter((e) => e.organisationId === parliament)
      .map((e) => [e.action, Number(e.targetId), e.detail, e.address]);
    // Newest first: Lena removed, Vera made lead, Lena kept as lead, Carl made viewer.
    expect(entries).toEqual([
      ['role.revoked', people.lena, { role: 'lead' }, '192.0.2.1'],
      ['role.changed', people.vera, { from: 'viewer', role: 'lead' }, '192.0.2.1'],
      ['role.changed', people.lena, { from: 'lead', role: 'lead' }, '192.0.2.1'],
      ['role.changed', people.carl, { from: 'contributor', role: 'viewer' }, '192.0.2.1'],
    ]);
    expect(roleOf(people.olga, other)).toBe('lead');
  });
});
