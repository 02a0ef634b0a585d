import { getFixedT } from '~/lib/i18n.server';
import { sendMail } from '~/lib/mail.server';
import type { Role } from '~/domain/policy';
import { audit } from './audit.server';
import { getCohort } from './cohort.server';
import { organisationName } from './organisation.server';
import { consumeToken, issueToken, TOKEN_LIFETIME } from './token.server';
import {
  assignCoordinator,
  createUser,
  findUserByEmail,
  getUser,
  grantRole,
  roleOf,
  setAdmin,
  setName,
  setPassword,
} from './user.server';

export type Grant =
  | { kind: 'organisation'; organisationId: number; role: Role }
  | { kind: 'cohort'; cohortId: number }
  | { kind: 'admin' };

export interface InvitationInput {
  inviterId: number;
  inviterName: string;
  email: string;
  name: string;
  grant: Grant;
  origin: string;
  language: string;
  address?: string;
}

function placeName(grant: Grant): string {
  if (grant.kind === 'organisation') return organisationName(grant.organisationId) ?? '';
  if (grant.kind === 'cohort') return getCohort(grant.cohortId)?.name ?? '';
  return '';
}

function applyGrant(userId: number, grant: Grant, actorId: number, address?: string) {
  if (grant.kind === 'organisation') {
    const before = roleOf(userId, grant.organisationId);
    grantRole(userId, grant.organisationId, grant.role);
    audit({
      action: before ? 'role.changed' : 'role.granted',
      actorId,
      targetType: 'user',
      targetId: userId,
      organisationId: grant.organisationId,
      address,
      detail: { role: grant.role, ...(before ? { from: before } : {}) },
    });
  } else if (grant.kind === 'cohort') {
    assignCoordinator(userId, grant.cohortId);
    audit({
      action: 'coordinator.assigned',
      actorId,
      targetType: 'user',
      targetId: userId,
      address,
      detail: { cohortId: grant.cohortId },
    });
  } else {
    setAdmin(userId, true);
    audit({ action: 'admin.granted', actorId, targetType: 'user', targetId: userId, address });
  }
}

/**
 * Gives a person a role and tells them by e-mail. A new address gets an account waiting for a
 * password and a one-time invitation link; someone who already signs in is simply told.
 */
export async function invite(
  input: InvitationInput,
): Promise<{ userId: number; created: boolean }> {
  const existing = findUserByEmail(input.email);
  const userId = existing?.id ?? createUser({ email: input.email, name: input.name });
  applyGrant(userId, input.grant, input.inviterId, input.address);
  const user = getUser(userId);
  if (!user) throw new Error('The invited account vanished');
  const t = await getFixedT(user.locale ?? input.language, 'mail');
  const place = placeName(input.grant);
  const role =
    input.grant.kind === 'organisation'
      ? t(`roles.${input.grant.role}`)
      : input.grant.kind === 'cohort'
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
        link: `${input.origin}/login`,
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
        link: `${input.origin}/invitations/${token}`,
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
  return { userId, created: !existing };
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
