import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hash, verify } from '@node-rs/argon2';
import { checkPassword, type PasswordProblem } from '~/domain/password-policy';

/**
 * argon2id with the library's defaults (19 MiB memory, 2 passes, 1 lane: the OWASP baseline).
 * The algorithm and its parameters are stored in each hash, so they can be raised later.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (unknown account, invitation not yet
 * accepted) it checks against a throw-away hash anyway, so the answer takes as long either way.
 */
export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hash('not a real password: it only spends the same time');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  if (!common) {
    const lines = readFileSync(resolve('app/lib/common-passwords.txt'), 'utf8').split('\n');
    common = new Set(lines.filter((line) => line && !line.startsWith('#')));
  }
  return common;
}

export function passwordProblems(
  password: string,
  person: { email?: string; name?: string },
): PasswordProblem[] {
  return checkPassword(password, { ...person, common: commonPasswords() });
}
