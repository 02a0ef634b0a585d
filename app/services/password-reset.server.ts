import { getFixedT } from '~/lib/i18n.server';
import { publicLink } from '~/lib/http.server';
import { sendMail } from './mail.server';
import { audit } from '~/models/audit.server';
import { consumeToken, issueToken, TOKEN_LIFETIME } from '~/models/token.server';
import { findUserByEmail, setPassword } from '~/models/user.server';
import { lastResetRequest } from '~/models/token.server';

const MIN_INTERVAL_MS = 2 * 60 * 1000;

/**
 * Sends a reset link if the address belongs to an active account. Callers answer the same way
 * whatever happens here (and run it after answering), so nobody learns which addresses exist.
 */
export async function requestPasswordReset(input: {
  email: string;
  language: string;
  address?: string;
}) {
  const user = findUserByEmail(input.email);
  if (!user || user.disabledAt) return;
  // One link every two minutes at most: the form cannot be used to flood someone's mailbox.
  if (lastResetRequest(user.id, new Date(Date.now() - MIN_INTERVAL_MS))) return;
  const token = issueToken(user.id, 'password-reset', null);
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

/** Sets a new password from a reset link; every session of the account ends. */
export function resetPassword(
  token: string,
  passwordHash: string,
  address?: string,
): number | undefined {
  const used = consumeToken(token, 'password-reset');
  if (!used) return undefined;
  setPassword(used.userId, passwordHash);
  audit({ action: 'password.reset', actorId: used.userId, address });
  return used.userId;
}
