import { verifyPassword } from '~/lib/passwords.server';
import { audit } from '~/models/audit.server';
import { reserveSignInAttempt, settleSignIn } from '~/models/throttle.server';
import { findUserByEmail, normaliseEmail } from '~/models/user.server';

export type SignInOutcome =
  /** Too many recent failures: try again in `waitMinutes` (rounded up, at least 1). */
  | { status: 'throttled'; waitMinutes: number }
  /** One answer for an unknown address, a wrong password and a disabled account. */
  | { status: 'failed' }
  | { status: 'signed-in'; userId: number };

/**
 * Checks an e-mail address and password. The attempt is counted before the password is
 * verified (see reserveSignInAttempt), and given back when it succeeds; every outcome is in the
 * audit log. Starting the session is the caller's part.
 */
export async function signIn(input: {
  email: string;
  password: string;
  address: string;
  /** The clock the throttle reads (milliseconds). */
  now?: number;
}): Promise<SignInOutcome> {
  const email = normaliseEmail(input.email);
  const reservation = reserveSignInAttempt(email, input.address, input.now);
  if (!reservation.allowed) {
    audit({ action: 'sign-in.throttled', address: input.address, detail: { email } });
    return { status: 'throttled', waitMinutes: Math.ceil(reservation.wait / 60_000) };
  }
  const user = findUserByEmail(email);
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid || user.disabledAt) {
    // Already counted by the reservation.
    audit({
      action: 'sign-in.failed',
      actorId: user?.id ?? null,
      address: input.address,
      detail: { email },
    });
    return { status: 'failed' };
  }
  settleSignIn(email, input.address);
  audit({ action: 'sign-in', actorId: user.id, address: input.address });
  return { status: 'signed-in', userId: user.id };
}
