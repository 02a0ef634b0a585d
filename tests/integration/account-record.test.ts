import { describe, expect, test } from 'vitest';
import { listAudit } from '~/models/audit.server';
import { roleOf } from '~/models/role.server';
import { getUser, setDisabled } from '~/models/user.server';
import {
  accountRecord,
  changeAccount,
  type AccountChange,
  type AccountChangeOutcome,
} from '~/services/account-record.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';

const change = (userId: number, adminId: number, what: AccountChange) =>
  changeAccount({ userId, adminId, change: what, address: '192.0.2.8' });

/** What was logged about the account since `after` (an audit id), oldest first. */
const logged = (userId: number, after: number) =>
  listAudit({ limit: 1000 })
    .filter((e) => e.id > after && e.targetType === 'user' && e.targetId === String(userId))
    .reverse()
    .map((e) => [e.action, e.detail]);
const lastId = () => listAudit({ limit: 1 })[0]?.id ?? 0;

describe('an account as an administrator edits it', () => {
  test('with its roles and hubs, whether it is their own, and what may be granted', () => {
    const admin = makeUser({ isAdmin: true });
    const organisation = makeOrganisation({ name: 'Granted Parliament' });
    const person = makeUser({ role: 'viewer', organisationId: organisation });
    const record = accountRecord({ userId: person.id, adminId: admin.id });
    expect(record?.user.roles).toEqual([
      { organisationId: organisation, organisationName: 'Granted Parliament', role: 'viewer' },
    ]);
    expect(record?.isSelf).toBe(false);
    expect(record?.organisations).toContainEqual({ id: organisation, name: 'Granted Parliament' });
    expect(accountRecord({ userId: admin.id, adminId: admin.id })?.isSelf).toBe(true);
    expect(accountRecord({ userId: 999_999, adminId: admin.id })).toBeUndefined();
  });
});

describe('changing an account', () => {
  test("the parliament's last lead respondent can be neither demoted nor removed", () => {
    const admin = makeUser({ isAdmin: true });
    const organisation = makeOrganisation();
    const lead = makeUser({ role: 'lead', organisationId: organisation });
    const since = lastId();
    expect(
      change(lead.id, admin.id, {
        intent: 'grant-role',
        organisationId: organisation,
        role: 'viewer',
      }),
    ).toEqual({ status: 'last-lead' });
    expect(
      change(lead.id, admin.id, { intent: 'revoke-role', organisationId: organisation }),
    ).toEqual({ status: 'last-lead' });
    expect(roleOf(lead.id, organisation)).toBe('lead');
    expect(logged(lead.id, since)).toEqual([]);
    // With a second lead, the first may go.
    makeUser({ role: 'lead', organisationId: organisation });
    expect(
      change(lead.id, admin.id, { intent: 'revoke-role', organisationId: organisation }),
    ).toEqual({ status: 'saved' });
  });

  test('a role granted, changed and revoked, each logged once', () => {
    const admin = makeUser({ isAdmin: true });
    const person = makeUser();
    const organisation = makeOrganisation();
    // Another lead stays: revoking this person's lead role leaves the parliament one.
    makeUser({ role: 'lead', organisationId: organisation });
    const since = lastId();
    const steps: [AccountChange, AccountChangeOutcome, string | undefined][] = [
      [
        { intent: 'grant-role', organisationId: organisation, role: 'viewer' },
        { status: 'saved' },
        'viewer',
      ],
      [
        { intent: 'grant-role', organisationId: organisation, role: 'lead' },
        { status: 'saved' },
        'lead',
      ],
      [{ intent: 'revoke-role', organisationId: organisation }, { status: 'saved' }, undefined],
      // Revoking again changes nothing and logs nothing.
      [{ intent: 'revoke-role', organisationId: organisation }, { status: 'saved' }, undefined],
      [
        { intent: 'grant-role', organisationId: 999_999, role: 'lead' },
        { status: 'unknown-organisation' },
        undefined,
      ],
    ];
    for (const [what, outcome, role] of steps) {
      expect(change(person.id, admin.id, what)).toEqual(outcome);
      expect(roleOf(person.id, organisation)).toBe(role);
    }
    expect(logged(person.id, since)).toEqual([
      ['role.granted', { role: 'viewer' }],
      ['role.changed', { role: 'lead', from: 'viewer' }],
      ['role.revoked', {}],
    ]);
  });

  test('a hub assigned and removed; an unknown hub changes nothing', () => {
    const admin = makeUser({ isAdmin: true });
    const person = makeUser();
    const hub = makeHub();
    const since = lastId();
    expect(change(person.id, admin.id, { intent: 'add-hub', hubId: hub })).toEqual({
      status: 'saved',
    });
    expect(person.actor().coordinatedHubs).toEqual([hub]);
    expect(change(person.id, admin.id, { intent: 'add-hub', hubId: 999_999 })).toEqual({
      status: 'unknown-hub',
    });
    expect(change(person.id, admin.id, { intent: 'remove-hub', hubId: hub })).toEqual({
      status: 'saved',
    });
    expect(person.actor().coordinatedHubs).toEqual([]);
    expect(logged(person.id, since)).toEqual([
      ['coordinator.assigned', { hubId: hub }],
      ['coordinator.removed', { hubId: hub }],
    ]);
  });

  type Right = 'make-admin' | 'revoke-admin' | 'disable' | 'enable';
  test.each<[string, Right, boolean, AccountChangeOutcome, string | null]>([
    ['makes someone an administrator', 'make-admin', false, { status: 'saved' }, 'admin.granted'],
    ['takes the right away', 'revoke-admin', false, { status: 'saved' }, 'admin.revoked'],
    ['disables an account', 'disable', false, { status: 'saved' }, 'account.disabled'],
    ['enables a disabled account', 'enable', false, { status: 'saved' }, 'account.enabled'],
    // An administrator cannot lock themselves out.
    ['may not take their own right away', 'revoke-admin', true, { status: 'not-self' }, null],
    ['may not disable themselves', 'disable', true, { status: 'not-self' }, null],
  ])('an administrator %s', (_, intent, self, outcome, action) => {
    const admin = makeUser({ isAdmin: true });
    const person = self ? admin : makeUser({ isAdmin: intent === 'revoke-admin' });
    if (intent === 'enable') setDisabled(person.id, true);
    const since = lastId();
    expect(change(person.id, admin.id, { intent })).toEqual(outcome);
    expect(logged(person.id, since).map(([a]) => a)).toEqual(action ? [action] : []);
    const stored = getUser(person.id);
    const expected = {
      'make-admin': { isAdmin: true, disabled: false },
      // Refused for themselves: they stay an administrator.
      'revoke-admin': { isAdmin: self, disabled: false },
      disable: { isAdmin: self, disabled: !self },
      enable: { isAdmin: false, disabled: false },
    }[intent];
    expect({ isAdmin: stored?.isAdmin, disabled: stored?.disabledAt !== null }).toEqual(expected);
  });

  test('an account that does not exist', () => {
    const admin = makeUser({ isAdmin: true });
    expect(change(999_999, admin.id, { intent: 'enable' })).toEqual({ status: 'not-found' });
  });
});
