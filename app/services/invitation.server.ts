import { getFixedT } from '~/lib/i18n.server';
import { publicLink } from '~/lib/http.server';
import { sendMail } from './mail.server';
import type { Role } from '~/domain/policy';
import { audit } from '~/models/audit.server';
import { getHub } from '~/models/hub.server';
import { organisationName } from '~/models/organisation.server';
import { inTransaction } from '~/models/transaction.server';
import { consumeToken, issueToken, TOKEN_LIFETIME } from '~/models/token.server';
import {
  createUser,
  findUserByEmail,
  getUser,
  setAdmin,
  setName,
  setPassword,
} from '~/models/user.server';
import { assignCoordinator, grantRole, roleOf } from '~/models/role.server';

export type Grant =
  | { kind: 'organisation'; organisationId: number; role: Role }
  | { kind: 'hub'; hubId: number }
  | { kind: 'admin' };

export interface InvitationInput {
  inviterId: number;
  inviterName: string;
  email: string;
  name: string;
  grant: Grant;
  language: string;
  address?: string;
}

function placeName(grant: Grant): string {
  if (grant.kind === 'organisation') return organisationName(grant.organisationId) ?? '';
  if (grant.kind === 'hub') return getHub(grant.hubId)?.name ?? '';
  return '';
}

/** Writes the grant and its audit entry; false (nothing written) when its target is unknown. */
function applyGrant(userId: number, grant: Grant, actorId: number, address?: string): boolean {
  if (grant.kind === 'organisation') {
    const before = roleOf(userId, grant.organisationId);
    if (!grantRole(userId, grant.organisationId, grant.role)) return false;
    audit({
      action: before ? 'role.changed' : 'role.granted',
      actorId,
      targetType: 'user',
      targetId: userId,
      organisationId: grant.organisationId,
      address,
      detail: { role: grant.role, ...(before ? { from: before } : {}) },
    });
  } else if (grant.kind === 'hub') {
    if (!assignCoordinator(userId, grant.hubId)) return false;
    audit({
      action: 'coordinator.assigned',
      actorId,
      targetType: 'user',
      targetId: userId,
      address,
      detail: { hubId: grant.hubId },
    });
  } else {
    setAdmin(userId, true);
    audit({ action: 'admin.granted', actorId, targetType: 'user', targetId: userId, address });
  }
  return true;
}

class UnknownTarget extends Error {}

export type InvitationOutcome =
  | { status: 'sent'; userId: number; created: boolean }
  /** The parliament or hub of the grant does not exist: no account, no grant, no mail. */
  | { status: 'unknown-target' };

/**
 * Gives a person a role and tells them by e-mail. A new address gets an account waiting for a
 * password and a one-time invitation link; someone who already signs in is simply told.
 */
export async function invite(input: InvitationInput): Promise<InvitationOutcome> {
  const existing = findUserByEmail(input.email);
  let userId: number;
  try {
    // The new account and its grant are written together, or not at all.
    userId = inTransaction(() => {
      const id = existing?.id ?? createUser({ email: input.email, name: input.name });
      if (!applyGrant(id, input.grant, input.inviterId, input.address)) throw new UnknownTarget();
      return id;
    });
  } catch (error) {
    if (error instanceof UnknownTarget) return { status: 'unknown-target' };
    throw error;
  }
  const user = getUser(userId);
  if (!user) throw new Error('The invited account vanished');
  const t = await getFixedT(user.locale ?? input.language, 'mail');
  const place = placeName(input.grant);
  const role =
    input.grant.kind === 'organisation'
      ? t(`roles.${input.grant.role}`)
      : input.grant.kind === 'hub'
        ? t('roles.coordinator')
        : t('roles.admin');
  if (user.passwordHash) {
    await sendMail({
      to: user.email,
      subject: t('added.subject', { place: place || t('roles.platform') }),
      body: t('added.body', {
        name: user.name,
        inviter: input.inviterName,
        role,
        place: place || t('roles.platform'),
        link: publicLink('/login'),
      }),
    });
  } else {
    const token = issueToken(userId, 'invitation', input.inviterId);
    await sendMail({
      to: user.email,
      subject: t('invitation.subject', { place: place || t('roles.platform') }),
      body: t('invitation.body', {
        name: user.name,
        inviter: input.inviterName,
        role,
        place: place || t('roles.platform'),
        link: publicLink(`/invitations/${token}`),
        days: TOKEN_LIFETIME.invitation / 86_400_000,
      }),
    });
  }
  audit({
    action: 'invitation.sent',
    actorId: input.inviterId,
    targetType: 'user',
    targetId: userId,
    address: input.address,
    detail: { email: user.email, kind: input.grant.kind },
  });
  return { status: 'sent', userId, created: !existing };
}

/** Accepts an invitation: the person names themselves and chooses a password, once. */
export function acceptInvitation(
  token: string,
  input: { name: string; passwordHash: string; address?: string },
): number | undefined {
  const used = consumeToken(token, 'invitation');
  if (!used) return undefined;
  setName(used.userId, input.name);
  setPassword(used.userId, input.passwordHash);
  audit({ action: 'invitation.accepted', actorId: used.userId, address: input.address });
  return used.userId;
}
