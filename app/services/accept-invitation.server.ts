import type { PasswordProblem } from '~/domain/password-policy';
import { hashPassword, passwordProblems } from '~/lib/passwords.server';
import { peekToken } from '~/models/token.server';
import { getUser } from '~/models/user.server';
import { acceptInvitation } from './invitation.server';

/** The account a live invitation link belongs to (the link is not used up). */
function inviteeOf(token: string) {
  const holder = peekToken(token, 'invitation');
  return holder ? getUser(holder.userId) : undefined;
}

/** The page an invitation link opens: who was invited, or null when the link no longer works. */
export function invitationPage({ token }: { token: string }): {
  invitee: { name: string; email: string } | null;
} {
  const user = inviteeOf(token);
  return { invitee: user ? { name: user.name, email: user.email } : null };
}

export type JoinOutcome =
  /** The link is unknown, used or expired. */
  | { status: 'expired' }
  /** The password breaks a rule that needs the server; the link stays usable. */
  | { status: 'weak'; problems: PasswordProblem[] }
  | { status: 'joined'; userId: number };

/** The invited person names themselves and chooses a password: the link is used up. */
export async function joinByInvitation(input: {
  token: string;
  name: string;
  password: string;
  address?: string;
}): Promise<JoinOutcome> {
  const user = inviteeOf(input.token);
  if (!user) return { status: 'expired' };
  const problems = passwordProblems(input.password, { email: user.email, name: input.name });
  if (problems.length > 0) return { status: 'weak', problems };
  const userId = acceptInvitation(input.token, {
    name: input.name,
    passwordHash: await hashPassword(input.password),
    address: input.address,
  });
  return userId ? { status: 'joined', userId } : { status: 'expired' };
}
