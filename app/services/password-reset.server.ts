import type { PasswordProblem } from '~/domain/password-policy';
import { getFixedT } from '~/lib/i18n.server';
import { publicLink } from '~/lib/http.server';
import { hashPassword, passwordProblems } from '~/lib/passwords.server';
import { sendMail } from './mail.server';
import { audit } from '~/models/audit.server';
import {
  consumeToken,
  issueToken,
  lastResetRequest,
  peekToken,
  TOKEN_LIFETIME,
} from '~/models/token.server';
import { findUserByEmail, getUser, setPassword } from '~/models/user.server';

const MIN_INTERVAL_MS = 2 * 60 * 1000;

/**
 * Sends a reset link if the address belongs to an active account. Callers answer the same way
 * whatever happens here (and run it after answering), so nobody learns which addresses exist.
 */
export async function requestPasswordReset(input: {
  email: string;
  language: string;
  address?: string;
  now?: Date;
}) {
  const now = input.now ?? new Date();
  const user = findUserByEmail(input.email);
  if (!user || user.disabledAt) return;
  // One link every two minutes at most: the form cannot be used to flood someone's mailbox.
  if (lastResetRequest(user.id, new Date(now.getTime() - MIN_INTERVAL_MS))) return;
  const token = issueToken(user.id, 'password-reset', null, now);
  const t = await getFixedT(user.locale ?? input.language, 'mail');
  await sendMail({
    to: user.email,
    subject: t('reset.subject'),
    body: t('reset.body', {
      name: user.name,
      link: publicLink(`/reset-password/${token}`),
      minutes: TOKEN_LIFETIME['password-reset'] / 60_000,
    }),
  });
  audit({ action: 'password.reset-requested', actorId: user.id, address: input.address });
}

/** The account a live reset link belongs to (the link is not used up). */
function holderOf(token: string) {
  const holder = peekToken(token, 'password-reset');
  return holder ? getUser(holder.userId) : undefined;
}

/** The page a reset link opens: whether the link still works. */
export function resetPasswordPage({ token }: { token: string }): { valid: boolean } {
  return { valid: peekToken(token, 'password-reset') !== undefined };
}

export type ResetPasswordOutcome =
  /** The link is unknown, used or expired. */
  | { status: 'expired' }
  /** The new password breaks a rule that needs the server; the link stays usable. */
  | { status: 'weak'; problems: PasswordProblem[] }
  | { status: 'reset'; userId: number };

/** Sets a new password from a reset link, once; every session of the account ends. */
export async function resetPassword(input: {
  token: string;
  password: string;
  address?: string;
}): Promise<ResetPasswordOutcome> {
  const user = holderOf(input.token);
  if (!user) return { status: 'expired' };
  const problems = passwordProblems(input.password, { email: user.email, name: user.name });
  if (problems.length > 0) return { status: 'weak', problems };
  const passwordHash = await hashPassword(input.password);
  // Used up only now: two tabs may have sent the form, only one of them sets the password.
  const used = consumeToken(input.token, 'password-reset');
  if (!used) return { status: 'expired' };
  setPassword(used.userId, passwordHash);
  audit({ action: 'password.reset', actorId: used.userId, address: input.address });
  return { status: 'reset', userId: used.userId };
}
