import { describe, expect, test } from 'vitest';
import { checkPassword } from '~/domain/password-policy';
import { newPassword } from '~/lib/schemas';

const tooShort = 'validation.passwordTooShort';
const tooLong = 'validation.passwordTooLong';

describe('the new-password field and the password policy agree on the length', () => {
  test.each([
    // The policy asks for 12 to 256 characters.
    { length: 11, form: [tooShort], policy: ['too-short'] },
    { length: 12, form: [], policy: [] },
    { length: 256, form: [], policy: [] },
    { length: 257, form: [tooLong], policy: ['too-long'] },
  ])('$length characters', ({ length, form, policy }) => {
    // Letters that repeat no shorter pattern and are no word, so that only the length counts.
    const password = Array.from(
      { length },
      (_, i) => 'abcdefghijklmnopqrstuvwxyz'[(i * 7) % 26],
    ).join('');
    const parsed = newPassword.safeParse(password);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual(form);
    expect(checkPassword(password, { common: new Set() })).toEqual(policy);
  });
});
