import { keepsALead } from './team-roles.server';
import type { Role } from '~/domain/policy';
import { audit } from '~/models/audit.server';
import { listHubs } from '~/models/hub.server';
import { listOrganisationsForAdmin } from '~/models/organisation.server';
import {
  assignCoordinator,
  grantRole,
  removeCoordinator,
  revokeRole,
  roleOf,
} from '~/models/role.server';
import { setAdmin, setDisabled } from '~/models/user.server';
import { accountWithRoles, type UserSummary } from './accounts.server';

export interface AccountRecord {
  user: UserSummary;
  /** The administrator is looking at their own account (they cannot lock themselves out). */
  isSelf: boolean;
  organisations: { id: number; name: string }[];
  hubs: { id: number; name: string }[];
}

/** An account as an administrator edits it; undefined when there is no such account. */
export function accountRecord({
  userId,
  adminId,
}: {
  userId: number;
  adminId: number;
}): AccountRecord | undefined {
  const user = accountWithRoles(userId);
  if (!user) return undefined;
  return {
    user,
    isSelf: adminId === user.id,
    organisations: listOrganisationsForAdmin().map((o) => ({ id: o.id, name: o.name })),
    hubs: listHubs().map((c) => ({ id: c.id, name: c.name })),
  };
}

export type AccountChange =
  | { intent: 'grant-role'; organisationId: number; role: Role }
  | { intent: 'revoke-role'; organisationId: number }
  | { intent: 'add-hub' | 'remove-hub'; hubId: number }
  | { intent: 'make-admin' | 'revoke-admin' | 'disable' | 'enable' };

export type AccountChangeOutcome =
  | { status: 'saved' }
  | { status: 'not-found' }
  /** The parliament or hub named does not exist: nothing was changed. */
  | { status: 'unknown-organisation' | 'unknown-hub' }
  /** An administrator may not take their own rights away nor disable themselves. */
  | { status: 'not-self' }
  /** The change would leave the parliament without a lead respondent. */
  | { status: 'last-lead' };

/** An administrator changes an account's roles, hubs, rights or state; each change is logged. */
export function changeAccount(input: {
  userId: number;
  adminId: number;
  change: AccountChange;
  address: string;
}): AccountChangeOutcome {
  const { change } = input;
  const user = accountWithRoles(input.userId);
  if (!user) return { status: 'not-found' };
  const base = {
    actorId: input.adminId,
    targetType: 'user',
    targetId: user.id,
    address: input.address,
  };
  switch (change.intent) {
    case 'grant-role': {
      if (!keepsALead(change.organisationId, user.id, change.role)) return { status: 'last-lead' };
      const before = roleOf(user.id, change.organisationId);
      if (!grantRole(user.id, change.organisationId, change.role))
        return { status: 'unknown-organisation' };
      audit({
        ...base,
        action: before ? 'role.changed' : 'role.granted',
        organisationId: change.organisationId,
        detail: { role: change.role, ...(before ? { from: before } : {}) },
      });
      break;
    }
    case 'revoke-role':
      if (!keepsALead(change.organisationId, user.id, undefined)) return { status: 'last-lead' };
      if (revokeRole(user.id, change.organisationId))
        audit({ ...base, action: 'role.revoked', organisationId: change.organisationId });
      break;
    case 'add-hub':
      if (!assignCoordinator(user.id, change.hubId)) return { status: 'unknown-hub' };
      audit({ ...base, action: 'coordinator.assigned', detail: { hubId: change.hubId } });
      break;
    case 'remove-hub':
      if (removeCoordinator(user.id, change.hubId))
        audit({ ...base, action: 'coordinator.removed', detail: { hubId: change.hubId } });
      break;
    case 'make-admin':
      setAdmin(user.id, true);
      audit({ ...base, action: 'admin.granted' });
      break;
    case 'revoke-admin':
    case 'disable':
      if (input.adminId === user.id) return { status: 'not-self' };
      if (change.intent === 'revoke-admin') {
        setAdmin(user.id, false);
        audit({ ...base, action: 'admin.revoked' });
      } else {
        setDisabled(user.id, true);
        audit({ ...base, action: 'account.disabled' });
      }
      break;
    case 'enable':
      setDisabled(user.id, false);
      audit({ ...base, action: 'account.enabled' });
      break;
  }
  return { status: 'saved' };
}
