import type { Role } from '~/domain/policy';
import { audit } from '~/models/audit.server';
import { grantRole, listTeam, revokeRole, roleOf } from '~/models/role.server';
import { inTransaction } from '~/models/transaction.server';

export type TeamChange = { intent: 'remove' } | { intent: 'change-role'; role?: Role };

export type TeamChangeOutcome =
  | { status: 'changed' }
  | { status: 'removed' }
  /** The person is not on this parliament's team. */
  | { status: 'not-member' }
  /** The change would leave the parliament without a lead respondent. */
  | { status: 'last-lead' }
  /** A change of role that names no role. */
  | { status: 'no-role' };

/**
 * Whether a parliament still has a lead respondent once this person's role becomes `next`
 * (undefined: they leave the team). The one place of the rule, for the team page and for
 * administrators alike.
 */
export function keepsALead(organisationId: number, userId: number, next: Role | undefined) {
  if (roleOf(userId, organisationId) !== 'lead' || next === 'lead') return true;
  return listTeam(organisationId).filter((m) => m.role === 'lead').length > 1;
}

/**
 * A lead respondent (or an administrator) changes a team member's role or removes them from
 * the team, with an audit entry; a parliament always keeps at least one lead respondent.
 */
export function changeTeamRole(input: {
  organisationId: number;
  actorId: number;
  userId: number;
  change: TeamChange;
  address?: string;
}): TeamChangeOutcome {
  const { organisationId, actorId, userId, change, address } = input;
  return inTransaction((): TeamChangeOutcome => {
    const current = roleOf(userId, organisationId);
    if (!current) return { status: 'not-member' };
    const role = change.intent === 'change-role' ? change.role : undefined;
    if (!keepsALead(organisationId, userId, role)) return { status: 'last-lead' };
    const entry = { actorId, targetType: 'user', targetId: userId, organisationId, address };
    if (change.intent === 'remove') {
      revokeRole(userId, organisationId);
      audit({ ...entry, action: 'role.revoked', detail: { role: current } });
      return { status: 'removed' };
    }
    if (!role) return { status: 'no-role' };
    grantRole(userId, organisationId, role);
    audit({ ...entry, action: 'role.changed', detail: { from: current, role } });
    return { status: 'changed' };
  });
}
