import type { Submission } from '@conform-to/react';
import { passwordProblems } from './passwords.server';

/**
 * The password rules that need the server (the common-password list, the person's own name and
 * address), as field errors on a Conform submission; undefined when the password is fine.
 */
export function passwordRuleErrors(
  submission: Submission<{ password: string }>,
  password: string,
  person: { email?: string; name?: string },
) {
  const problems = passwordProblems(password, person);
  if (problems.length === 0) return undefined;
  return submission.reply({
    fieldErrors: { password: problems.map((p) => `validation.password.${p}`) },
    hideFields: ['password', 'confirm'],
  });
}
