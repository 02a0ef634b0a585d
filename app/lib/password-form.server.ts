import type { Submission } from '@conform-to/react';
import type { PasswordProblem } from '~/domain/password-policy';

/**
 * The password rules that need the server (the common-password list, the person's own name and
 * address), as field errors on a Conform submission.
 */
export function passwordRuleReply<Schema>(
  submission: Submission<Schema>,
  problems: readonly PasswordProblem[],
) {
  return submission.reply({
    fieldErrors: { password: problems.map((p) => `validation.password.${p}`) },
    hideFields: ['password', 'confirm'],
  });
}
