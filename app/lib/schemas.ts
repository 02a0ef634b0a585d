import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '~/domain/password-policy';

/*
 * Form schemas shared by the browser (Conform) and the actions. Messages are i18n keys,
 * translated where they are shown.
 */

export const email = z
  .string({ error: 'validation.emailRequired' })
  .trim()
  .min(1, 'validation.emailRequired')
  .max(254, 'validation.emailInvalid')
  .pipe(z.email('validation.emailInvalid'));

export const newPassword = z
  .string({ error: 'validation.passwordRequired' })
  .min(MIN_PASSWORD_LENGTH, 'validation.passwordTooShort')
  .max(MAX_PASSWORD_LENGTH, 'validation.passwordTooLong');

export const personName = z
  .string({ error: 'validation.nameRequired' })
  .trim()
  .min(2, 'validation.nameRequired')
  .max(120, 'validation.nameTooLong');

/** A new password typed twice. */
export const passwordPair = z
  .object({ password: newPassword, confirm: z.string({ error: 'validation.confirmRequired' }) })
  .refine((v) => v.password === v.confirm, {
    path: ['confirm'],
    message: 'validation.passwordsDiffer',
  });

export const hubSchema = z.object({
  name: z
    .string({ error: 'validation.hub.name' })
    .trim()
    .min(2, 'validation.hub.name')
    .max(120, 'validation.hub.name'),
  description: z.string().trim().max(2000, 'validation.hub.description').default(''),
});
