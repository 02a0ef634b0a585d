import type { PasswordProblem } from '~/domain/password-policy';
import { hashPassword, passwordProblems, verifyPassword } from '~/lib/passwords.server';
import { audit } from '~/models/audit.server';
import { getUser, setPassword } from '~/models/user.server';

export type ChangePasswordOutcome =
  | { status: 'wrong-password' }
  /** The new password breaks a rule that needs the server (see passwordProblems). */
  | { status: 'weak'; problems: PasswordProblem[] }
  | { status: 'changed' };

/**
 * A signed-in person changes their password, giving the current one. Every other session of the
 * account ends; `keepSession`, the one they are using, stays.
 */
export async function changePassword(input: {
  userId: number;
  keepSession: string;
  current: string;
  password: string;
  address: string;
}): Promise<ChangePasswordOutcome> {
  const user = getUser(input.userId);
  const valid = await verifyPassword(user?.passwordHash, input.current);
  if (!user || !valid) return { status: 'wrong-password' };
  const problems = passwordProblems(input.password, { email: user.email, name: user.name });
  if (problems.length > 0) return { status: 'weak', problems };
  setPassword(user.id, await hashPassword(input.password), { keepSession: input.keepSession });
  audit({ action: 'password.changed', actorId: user.id, address: input.address });
  return { status: 'changed' };
}
