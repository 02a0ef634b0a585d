import { audit } from '~/models/audit.server';
import { deleteUserSessions } from '~/models/session.server';

/**
 * Signs a person out: the sign-out is logged, and with `everywhere` every session of the account
 * ends (other browsers and devices too). Ending this browser's own session and clearing its
 * cookie is the caller's part.
 */
export function signOut(input: { userId: number; address: string; everywhere?: boolean }): void {
  if (input.everywhere) {
    deleteUserSessions(input.userId);
    audit({
      action: 'sign-out',
      actorId: input.userId,
      address: input.address,
      detail: { everywhere: true },
    });
    return;
  }
  audit({ action: 'sign-out', actorId: input.userId, address: input.address });
}
