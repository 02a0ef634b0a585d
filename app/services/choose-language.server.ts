import type { Language } from '~/lib/i18n';
import { setLocale } from '~/models/user.server';

/** A signed-in person's choice of language, kept with the account so that every device has it. */
export function saveLanguage(input: { userId: number; language: Language }): void {
  setLocale(input.userId, input.language);
}
